package org.newslens.notes.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newslens.notes.AnnotatedArticle;
import org.newslens.notes.AnnotatedArticle.AnnotatedHighlight;
import org.newslens.notes.AnnotatedArticle.DateRef;
import org.newslens.model.Highlight;
import org.newslens.model.Note;

/**
 * JSON with everything: articles (id, content hash, metadata, actors), notes, and highlights with their
 * full anchors, so that {@link #read} gives back the same records and {@code NotesRestore} can put them
 * into another library.
 */
public final class JsonExport {
    public static final String FORMAT = "newslens-notes";
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonExport() {
    }

    public static String write(List<AnnotatedArticle> articles, String scope) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("scope", scope);
        ArrayNode arr = root.putArray("articles");
        for (AnnotatedArticle a : articles) {
            ObjectNode o = arr.addObject();
            o.put("id", a.id());
            o.put("content_hash", a.contentHash());
            o.put("title", a.title());
            o.put("source", a.source());
            o.put("published", a.published() == null ? null : a.published().toString());
            a.actors().forEach(o.putArray("actors")::add);
            if (a.note() == null) {
                o.putNull("note");
            } else {
                o.putObject("note").put("body", a.note().body()).put("updated_at", a.note().updatedAt().toString());
            }
            ArrayNode hs = o.putArray("highlights");
            for (AnnotatedHighlight ah : a.highlights()) {
                Highlight h = ah.highlight();
                ObjectNode ho = hs.addObject().put("id", h.id()).put("start", h.start()).put("end", h.end()).put("quote", h.quote())
                        .put("prefix", h.prefix()).put("suffix", h.suffix()).put("comment", h.comment());
                h.tags().forEach(ho.putArray("tags")::add);
                ho.put("created_at", h.createdAt().toString()).put("updated_at", h.updatedAt().toString()).put("orphaned", h.orphaned());
                ah.actors().forEach(ho.putArray("actors")::add);
                ArrayNode ds = ho.putArray("dates");
                ah.dates().forEach(d -> ds.addObject().put("text", d.text()).put("value", d.value()).put("day", d.day()));
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses an export written by {@link #write}; IllegalArgumentException with a clear message otherwise. */
    public static List<AnnotatedArticle> read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON file: " + e.getOriginalMessage());
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("not a NewsLens notes export (no \"format\": \"" + FORMAT + "\")");
        }
        if (root.path("version").asInt() > VERSION) {
            throw new IllegalArgumentException("this notes export is version " + root.path("version").asInt()
                    + "; this NewsLens reads up to version " + VERSION);
        }
        List<AnnotatedArticle> out = new ArrayList<>();
        for (JsonNode o : root.path("articles")) {
            long id = o.path("id").asLong();
            JsonNode n = o.path("note");
            Note note = n.isObject() ? new Note(id, n.path("body").asText(), Instant.parse(n.path("updated_at").asText())) : null;
            List<AnnotatedHighlight> hs = new ArrayList<>();
            for (JsonNode h : o.path("highlights")) {
                Highlight hl = new Highlight(h.path("id").asLong(), id, h.path("start").asInt(), h.path("end").asInt(),
                        h.path("quote").asText(), h.path("prefix").asText(), h.path("suffix").asText(), h.path("comment").asText(),
                        strings(h.path("tags")), Instant.parse(h.path("created_at").asText()),
                        Instant.parse(h.path("updated_at").asText()), h.path("orphaned").asBoolean());
                List<DateRef> dates = new ArrayList<>();
                for (JsonNode d : h.path("dates")) {
                    dates.add(new DateRef(text(d, "text"), text(d, "value"), text(d, "day")));
                }
                hs.add(new AnnotatedHighlight(hl, strings(h.path("actors")), dates));
            }
            String published = text(o, "published");
            out.add(new AnnotatedArticle(id, text(o, "content_hash"), o.path("title").asText(), o.path("source").asText(),
                    published == null ? null : LocalDate.parse(published), strings(o.path("actors")), note, hs));
        }
        return List.copyOf(out);
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(v -> out.add(v.asText()));
        return out;
    }
}
