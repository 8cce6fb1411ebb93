package org.newslens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newslens.model.Article;
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
        return n;
    }

    static ObjectNode article(Article a) {
        ObjectNode n = summary(a.summary());
        n.put("published_inferred", a.publishedInferred());
        n.put("extractor_version", a.extractorVersion());
        n.put("body", a.body());
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
