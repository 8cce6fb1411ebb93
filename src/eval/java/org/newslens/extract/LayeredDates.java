package org.newslens.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluation only: our date engine ({@link DateResolver} and the mechanisms it runs) over another tagger's
 * expressions (HeidelTime's), to compare the bases with the same correction layer.
 */
public final class LayeredDates {
    private LayeredDates() {}

    /** {@code tagged}: the other tagger's output in the extract contract (dates with text/value/type/start/end). */
    public static ObjectNode layer(ObjectMapper om, String text, LocalDate dct, JsonNode tagged) {
        Doc doc = Pipeline.get().annotate(text, dct);
        List<Pipeline.RawTimex> raw = new ArrayList<>();
        for (JsonNode d : tagged.path("dates")) {
            int b = d.path("start").asInt(-1), e = d.path("end").asInt(-1);
            if (b < 0 || e > text.length() || b >= e) continue;
            raw.add(new Pipeline.RawTimex(b, e, text.substring(b, e), d.path("value").asText(null), null, d.path("type").asText("DATE")));
        }
        ObjectNode root = om.createObjectNode();
        root.putArray("actors");
        root.putArray("quotes");
        ArrayNode dates = root.putArray("dates");
        for (DateResolver.Resolved r : DateResolver.resolve(doc, raw, dct)) {
            dates.addObject().put("text", r.text()).put("value", r.value()).put("type", r.type()).put("start", r.start()).put("end", r.end());
        }
        return root;
    }
}
