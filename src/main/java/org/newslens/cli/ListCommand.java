package org.newslens.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.newslens.model.SearchPage;
import org.newslens.store.ActorStore;
import org.newslens.store.FeedStore;
import org.newslens.store.ArticleSearch;
import org.newslens.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", description = "List the library's articles, newest first, optionally filtered.")
final class ListCommand extends LibraryCommand {
    @Mixin
    FilterOptions filter;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", description = "At most N articles (default: all).")
    int limit = Integer.MAX_VALUE;

    @Override
    int run(Database db) {
        PrintWriter out = out();
        SearchPage page = new ArticleSearch(db).search(filter.toFilter(new ActorStore(db), new FeedStore(db)), Math.max(1, limit), 0);
        if (json) {
            ArrayNode arr = Json.MAPPER.createArrayNode();
            for (SearchPage.Hit h : page.hits()) {
                ObjectNode n = Json.summary(h.article());
                if (!h.snippet().isEmpty()) {
                    n.put("snippet", plain(h.snippet()));
                }
                arr.add(n);
            }
            out.println(Json.write(arr));
        } else if (page.hits().isEmpty()) {
            out.println(filter.isSet() ? "No article matches." : "The library is empty. Import articles with: newslens import PATH...");
        } else {
            for (SearchPage.Hit h : page.hits()) {
                var a = h.article();
                out.printf("%5d %s %-10s  %s%n", a.id(), a.starred() ? "*" : a.read() ? " " : "•",
                        a.published() == null ? "undated" : a.published(), a.title());
                if (!h.snippet().isEmpty()) {
                    out.println("                   " + plain(h.snippet()).replaceAll("\\s+", " "));
                }
            }
            if (filter.isSet()) {
                out.println(page.total() + (page.total() == 1 ? " article" : " articles"));
            }
        }
        return 0;
    }

    /** Snippet markers as **bold**, Markdown-style. */
    static String plain(String snippet) {
        return snippet.replace(String.valueOf(SearchPage.MARK_START), "**").replace(String.valueOf(SearchPage.MARK_END), "**");
    }
}
