package org.newslens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.newslens.model.Article;
import org.newslens.model.ArticleExtraction;
import org.newslens.model.ArticleMeta;
import org.newslens.model.ArticleSummary;

/** JSON shapes of the command line's output. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    static ObjectNode summary(ArticleSummary a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", a.id());
        n.put("title", a.title());
        n.put("published", a.published() == null ? null : a.published().toString());
        n.put("source", a.source());
        n.put("imported_at", a.importedAt().toString());
        n.put("read", a.read());
        n.put("starred", a.starred());
        return n;
    }

    /**
     * The fields every article's JSON carries besides its extraction: {@code body} (the plain text as
     * stored; offsets index it), {@code authors}, {@code site} and {@code url} (empty or null when unknown).
     */
    static void putArticleFields(ObjectNode n, String body, ArticleMeta meta) {
        n.put("body", body);
        meta.authors().forEach(n.putArray("authors")::add);
        if (!n.has("authors")) {
            n.putArray("authors");
        }
        n.put("site", meta.site());
        n.put("url", meta.url());
    }

    static ObjectNode article(Article a, ArticleExtraction x) {
        ObjectNode n = summary(a.summary());
        // An Article carries no reading state (list --json has it).
        n.remove("read");
        n.remove("starred");
        n.put("published_inferred", a.publishedInferred());
        n.put("extractor_version", a.extractorVersion());
        putArticleFields(n, a.body(), a.meta());
        n.put("language", a.meta().language());
        ArrayNode actors = n.putArray("actors");
        for (ArticleExtraction.ArticleActor act : x.actors()) {
            ObjectNode o = actors.addObject().put("id", act.actorId()).put("name", act.name()).put("type", act.type())
                    .put("hidden", act.hidden()).put("mention_count", act.mentionCount());
            act.aliases().forEach(o.putArray("aliases")::add);
            act.roles().forEach(o.putArray("roles")::add);
            ArrayNode m = o.putArray("mentions");
            act.mentions().forEach(s -> m.addObject().put("start", s.start()).put("end", s.end()).put("text", s.text()));
        }
        ArrayNode dates = n.putArray("dates");
        for (ArticleExtraction.DateMention d : x.dates()) {
            ObjectNode o = dates.addObject().put("text", d.text()).put("value", d.value()).put("type", d.type())
                    .put("day", d.day()).put("start", d.start()).put("end", d.end())
                    .put("sentence", a.body().substring(d.sentenceStart(), d.sentenceEnd()));
            d.actors().forEach(o.putArray("actors")::add);
        }
        ArrayNode quotes = n.putArray("quotes");
        for (ArticleExtraction.QuoteMention q : x.quotes()) {
            quotes.addObject().put("speaker", q.speaker()).put("text", q.text()).put("start", q.start()).put("end", q.end());
        }
        return n;
    }

    static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
