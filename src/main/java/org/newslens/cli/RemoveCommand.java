package org.newslens.cli;

import java.io.PrintWriter;
import java.util.List;
import org.newslens.store.ArticleRemoval;
import org.newslens.store.Database;
import org.newslens.store.UnknownArticleException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "remove", description = {"Remove articles from the library, with their actors' mentions, dates and quotes.",
        "Their notes and highlights are kept as orphaned notes (they come back if the same text is",
        "imported again) unless --delete-notes is given. All or nothing: an unknown id removes none."})
final class RemoveCommand extends LibraryCommand {
    @Parameters(arity = "1..*", paramLabel = "ID", description = "Ids of the articles to remove (see `list`).")
    List<Long> ids;

    @Option(names = "--delete-notes", description = "Delete the articles' notes and highlights too.")
    boolean deleteNotes;

    @Override
    int run(Database db) {
        PrintWriter out = out();
        List<ArticleRemoval.Removed> removed;
        try {
            removed = new ArticleRemoval(db).remove(ids, !deleteNotes);
        } catch (UnknownArticleException e) {
            throw new IllegalArgumentException(Outcomes.notRemoved(e), e);
        }
        for (ArticleRemoval.Removed r : removed) {
            out.println("removed    #" + r.id() + "  " + r.title() + (r.notesKept() ? "  (notes kept as orphaned notes)" : ""));
        }
        out.println(removed.size() + (removed.size() == 1 ? " article removed" : " articles removed"));
        return 0;
    }
}
