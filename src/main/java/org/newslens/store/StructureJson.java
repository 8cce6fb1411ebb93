package org.newslens.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.newslens.model.ArticleStructure;
import org.newslens.model.Block;

/**
 * An article's structure as stored in {@code article.structure}:
 * {@code {"v":1,"blocks":[{"kind","level","text","links":[{"start","end","href"}],"src"}]}}.
 * Reading is defensive: links are checked with {@link Block#safeHref} again, and a value that does
 * not parse, or whose plain text is not the stored body, reads as no structure (the reader then
 * falls back to the body's paragraphs, so offsets never point at the wrong text).
 */
public final class StructureJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int VERSION = 1;

    private StructureJson() {
    }

    public static String write(ArticleStructure s) {
        if (s == null) {
            return null;
        }
        ObjectNode root = MAPPER.createObjectNode().put("v", VERSION);
        ArrayNode blocks = root.putArray("blocks");
        for (Block b : s.blocks()) {
            ObjectNode o = blocks.addObject().put("kind", b.kind().name()).put("level", b.level()).put("text", b.text());
            if (!b.links().isEmpty()) {
                ArrayNode links = o.putArray("links");
                b.links().forEach(l -> links.addObject().put("start", l.start()).put("end", l.end()).put("href", l.href()));
            }
            if (b.src() != null) {
                o.put("src", b.src());
            }
        }
        return root.toString();
    }

    /** The structure stored as {@code json} for an article whose body is {@code body}; null if none or unusable. */
    public static ArticleStructure read(String json, String body) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || root.path("v").asInt() != VERSION || !root.path("blocks").isArray()) {
                return null;
            }
            List<Block> blocks = new ArrayList<>();
            for (JsonNode o : root.get("blocks")) {
                Block.Kind kind = Block.Kind.valueOf(o.path("kind").asText());
                String text = o.path("text").asText("");
                List<Block.Link> links = new ArrayList<>();
                for (JsonNode l : o.path("links")) {
                    String href = Block.safeHref(l.path("href").asText(null));
                    int start = l.path("start").asInt(-1);
                    int end = l.path("end").asInt(-1);
                    if (href != null && start >= 0 && end >= start && end <= text.length()) {
                        links.add(new Block.Link(start, end, href));
                    }
                }
                String src = o.hasNonNull("src") ? Block.safeHref(o.get("src").asText()) : null;
                blocks.add(new Block(kind, o.path("level").asInt(0), text, links, src));
            }
            ArticleStructure s = new ArticleStructure(blocks);
            return s.plainText().equals(body) ? s : null;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    static String writeAuthors(List<String> authors) {
        if (authors == null || authors.isEmpty()) {
            return null;
        }
        ArrayNode a = MAPPER.createArrayNode();
        authors.forEach(a::add);
        return a.toString();
    }

    static List<String> readAuthors(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            List<String> out = new ArrayList<>();
            for (JsonNode n : MAPPER.readTree(json)) {
                if (n.isTextual()) {
                    out.add(n.asText());
                }
            }
            return out;
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
