package org.newslens.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.newslens.notes.AnnotatedArticle;
import org.newslens.notes.AnnotationQuery;
import org.newslens.notes.NoteFilter;
import org.newslens.notes.OrphanedNotes;
import org.newslens.notes.export.JsonExport;
import org.newslens.store.Database;
import org.newslens.store.OrphanNotes;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The listing, shared by {@code notes} and {@code notes list}. */
abstract class NotesListing extends LibraryCommand {
    @Mixin
    NoteScopeOptions scope;

    @Option(names = "--json", description = "Print everything as JSON (the export format; with --orphaned, one object per removed article).")
    boolean json;

    @Option(names = "--orphaned", description = "The notes and highlights kept when their articles were removed.")
    boolean orphaned;

    @Override
    void check() {
        super.check();
        if (orphaned) {
            scope.refuseScopeWith("--orphaned", "lists");
        }
    }

    @Override
    int run(Database db) {
        PrintWriter out = out();
        if (orphaned) {
            listOrphaned(out, new OrphanedNotes(db).list());
            return 0;
        }
        NoteFilter filter = scope.filter();
        List<AnnotatedArticle> list = new AnnotationQuery(db).list(filter);
        if (json) {
            out.print(JsonExport.write(list, filter.describe()));
        } else if (list.isEmpty()) {
            out.println("No notes or highlights (" + filter.describe() + "). Add one with: newslens note add ID --text TEXT");
        } else {
            list.forEach(a -> NotesCommand.print(out, a));
        }
        return 0;
    }

    private void listOrphaned(PrintWriter out, List<OrphanNotes.Kept> kept) {
        if (json) {
            ArrayNode arr = Json.MAPPER.createArrayNode();
            for (OrphanNotes.Kept k : kept) {
                ObjectNode o = arr.addObject().put("content_hash", k.hash()).put("title", k.title()).put("source", k.source())
                        .put("published", k.published() == null ? null : k.published().toString())
                        .put("removed_at", k.removedAt().toString())
                        .put("note", k.note() == null ? null : k.note().body());
                ArrayNode hs = o.putArray("highlights");
                for (OrphanNotes.KeptHighlight h : k.highlights()) {
                    ObjectNode ho = hs.addObject().put("quote", h.quote()).put("comment", h.comment());
                    h.tags().forEach(ho.putArray("tags")::add);
                }
            }
            out.println(Json.write(arr));
        } else if (kept.isEmpty()) {
            out.println("No orphaned notes: the notes of removed articles are kept here when you remove an article keeping its notes.");
        } else {
            for (OrphanNotes.Kept k : kept) {
                out.printf("removed %s  %-10s  %s%n", k.removedAt().toString().substring(0, 10),
                        k.published() == null ? "undated" : k.published(), k.title());
                for (OrphanNotes.KeptHighlight h : k.highlights()) {
                    out.println("       highlight: \"" + NotesCommand.oneLine(h.quote()) + "\"");
                    if (!h.comment().isBlank()) {
                        out.println("         " + NotesCommand.oneLine(h.comment()));
                    }
                    if (!h.tags().isEmpty()) {
                        out.println("         tags: " + String.join(", ", h.tags()));
                    }
                }
                if (k.note() != null) {
                    out.println("       note: " + NotesCommand.oneLine(k.note().body()));
                }
            }
            out.println(kept.size() + (kept.size() == 1 ? " removed article" : " removed articles")
                    + " with kept notes; they come back if the same text is imported again.");
        }
    }
}
