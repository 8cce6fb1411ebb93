package org.newslens.cli;

import java.io.PrintWriter;
import org.newslens.model.Article;
import org.newslens.model.ArticleExtraction;
import org.newslens.store.ExtractionStore;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show one article.")
final class ShowCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The article's id (see list).")
    long id;

    @Option(names = "--json", description = "Print a JSON object.")
    boolean json;

    @Override
    int run(Database db) {
        PrintWriter out = out();
        Article a = new ArticleStore(db).find(id).orElse(null);
        if (a == null) {
            err().println("newslens: no article with id " + id + " in " + db.file().getParent());
            return 1;
        }
        ArticleExtraction x = new ExtractionStore(db).load(a.id());
        if (json) {
            out.println(Json.write(Json.article(a, x)));
        } else {
            out.println(a.title());
            out.println((a.published() == null ? "undated" : a.published().toString()) + " · " + a.source());
            if (!a.meta().authors().isEmpty() || a.meta().site() != null) {
                String by = a.meta().authors().isEmpty() ? "" : "By " + String.join(", ", a.meta().authors());
                out.println(by + (a.meta().site() == null ? "" : (by.isEmpty() ? "" : " · ") + a.meta().site()));
            }
            out.println();
            out.println(a.body());
            if (!x.actors().isEmpty()) {
                out.println();
                x.actors().stream().filter(act -> !act.hidden()).forEach(act -> out.println(act.type() + "  " + act.name()
                        + (act.roles().isEmpty() ? "" : " — " + String.join("; ", act.roles()))));
            }
        }
        return 0;
    }
}
