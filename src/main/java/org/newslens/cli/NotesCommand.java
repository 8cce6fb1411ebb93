package org.newslens.cli;

import java.io.PrintWriter;
import org.newslens.model.Highlight;
import org.newslens.notes.AnnotatedArticle;
import picocli.CommandLine.Command;

/**
 * {@code newslens notes [list] [--person NAME] [--article ID] [--query|--text WORDS] [--from DATE] [--to DATE] [--json]},
 * {@code notes [list] --orphaned}: the notes kept when their articles were removed; {@code notes export}: as {@code export}.
 */
@Command(name = "notes", description = "List notes and highlights, newest article first (--orphaned: those of removed articles).",
        subcommands = {NotesCommand.ListNotes.class, NotesCommand.ExportNotes.class})
final class NotesCommand extends NotesListing {
    @Command(name = "list", description = "The same as notes: list notes and highlights (--orphaned: those of removed articles).")
    static final class ListNotes extends NotesListing {
    }

    @Command(name = "export", description = {"The same as export: export notes and highlights (--orphaned: those of removed articles)."})
    static final class ExportNotes extends ExportCommand {
    }

    static void print(PrintWriter out, AnnotatedArticle a) {
        out.printf("%5d  %-10s  %s%n", a.id(), a.published() == null ? "undated" : a.published(), a.title());
        for (var ah : a.highlights()) {
            Highlight h = ah.highlight();
            out.println("       highlight " + h.id() + (h.orphaned() ? " (orphaned)" : "") + ": \"" + oneLine(h.quote()) + "\"");
            if (!h.comment().isBlank()) {
                out.println("         " + oneLine(h.comment()));
            }
            if (!h.tags().isEmpty()) {
                out.println("         tags: " + String.join(", ", h.tags()));
            }
        }
        if (a.note() != null) {
            out.println("       note: " + oneLine(a.note().body()));
        }
    }

    static String oneLine(String s) {
        String l = s.strip().replaceAll("\\s*\\R\\s*", " ");
        return l.length() <= 100 ? l : l.substring(0, 97) + "...";
    }
}
