package org.newslens.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.newslens.model.ArticleFilter;
import org.newslens.model.TimelineEntry;
import org.newslens.model.TimelineSentence;
import org.newslens.store.ActorStore;
import org.newslens.store.FeedStore;
import org.newslens.store.ArticleSearch;
import org.newslens.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "timeline", description = "The dated sentences of the filtered articles, in calendar order.")
final class TimelineCommand extends LibraryCommand {
    @Mixin
    FilterOptions filter;

    @Option(names = "--involving", description = "Only sentences that name one of the --person actors.")
    boolean involving;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Override
    int run(Database db) {
        PrintWriter out = out();
        ArticleFilter f = filter.toFilter(new ActorStore(db), new FeedStore(db));
        List<TimelineEntry> entries = new ArticleSearch(db).timeline(f, involving, 10_000);
        if (json) {
            ArrayNode arr = Json.MAPPER.createArrayNode();
            for (TimelineEntry e : entries) {
                ObjectNode n = arr.addObject().put("day", e.day()).put("value", e.value()).put("text", e.text())
                        .put("article", e.articleId()).put("title", e.articleTitle()).put("start", e.start()).put("end", e.end())
                        .put("sentenceStart", e.sentenceStart()).put("sentence", e.sentence());
                e.actors().forEach(n.putArray("actors")::add);
            }
            out.println(Json.write(arr));
        } else if (entries.isEmpty()) {
            out.println("No dated sentence matches.");
        } else {
            // One line per sentence with every day it names (as the window's timeline), by its earliest day.
            for (TimelineSentence t : TimelineSentence.merge(entries)) {
                String days = String.join(" · ", t.days().stream().map(Object::toString).toList());
                out.printf("%s  #%d  %s%n            %s%n", days, t.articleId(),
                        t.actors().isEmpty() ? "" : String.join(", ", t.actors()), t.sentence().replaceAll("\\s+", " ").strip());
            }
        }
        return 0;
    }
}
