package org.newslens.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newslens.model.ArticleSummary;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "list", description = "List the library's articles, newest first.")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    NewsLensCli parent;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = parent.library.open()) {
            List<ArticleSummary> all = new ArticleStore(db).listAll();
            if (json) {
                ArrayNode arr = Json.MAPPER.createArrayNode();
                all.forEach(a -> arr.add(Json.summary(a)));
                out.println(Json.write(arr));
            } else if (all.isEmpty()) {
                out.println("The library is empty. Import articles with: newslens import PATH...");
            } else {
                for (ArticleSummary a : all) {
                    out.printf("%5d  %-10s  %s%n", a.id(), a.published() == null ? "undated" : a.published(), a.title());
                }
            }
            out.flush();
            return 0;
        }
    }
}
