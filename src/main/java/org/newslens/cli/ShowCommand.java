package org.newslens.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newslens.model.Article;
import org.newslens.model.ArticleExtraction;
import org.newslens.store.ExtractionStore;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", description = "Show one article.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    NewsLensCli parent;

    @Parameters(index = "0", paramLabel = "ID", description = "The article's id (see list).")
    long id;

    @Option(names = "--json", description = "Print a JSON object.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = parent.library.open()) {
            Article a = new ArticleStore(db).find(id).orElse(null);
            if (a == null) {
                spec.commandLine().getErr().println("newslens: no article with id " + id + " in " + db.file().getParent());
                spec.commandLine().getErr().flush();
                return 1;
            }
            ArticleExtraction x = new ExtractionStore(db).load(a.id());
            if (json) {
                out.println(Json.write(Json.article(a, x)));
            } else {
                out.println(a.title());
                out.println((a.published() == null ? "undated" : a.published().toString()) + " · " + a.source());
                out.println();
                out.println(a.body());
                if (!x.actors().isEmpty()) {
                    out.println();
                    x.actors().stream().filter(act -> !act.hidden()).forEach(act -> out.println(act.type() + "  " + act.name()
                            + (act.roles().isEmpty() ? "" : " — " + String.join("; ", act.roles()))));
                }
            }
            out.flush();
            return 0;
        }
    }
}
