package org.newslens.cli;

import java.io.PrintWriter;
import java.util.List;
import org.newslens.notes.AnnotatedArticle;
import org.newslens.notes.AnnotationQuery;
import org.newslens.model.Highlight;
import org.newslens.notes.NoteFilter;
import org.newslens.notes.export.JsonExport;
import org.newslens.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newslens notes [--person NAME] [--article ID] [--query|--text WORDS] [--from DATE] [--to DATE] [--json]}. */
@Command(name = "notes", description = "List notes and highlights, newest article first.")
final class NotesCommand extends LibraryCommand {
    @Mixin
    NoteScopeOptions scope;

    @Option(names = "--json", description = "Print everything as JSON (the export format).")
    boolean json;

    @Override
    int run(Database db) {
        NoteFilter filter = scope.filter();
        PrintWriter out = out();
        List<AnnotatedArticle> list = new AnnotationQuery(db).list(filter);
        if (json) {
            out.print(JsonExport.write(list, filter.describe()));
        } else if (list.isEmpty()) {
            out.println("No notes or highlights (" + filter.describe() + "). Add one with: newslens note add ID --text TEXT");
        } else {
            list.forEach(a -> print(out, a));
        }
        return 0;
    }

    private static void print(PrintWriter out, AnnotatedArticle a) {
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

    private static String oneLine(String s) {
        String l = s.strip().replaceAll("\\s*\\R\\s*", " ");
        return l.length() <= 100 ? l : l.substring(0, 97) + "...";
    }
}
