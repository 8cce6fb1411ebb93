package org.newslens.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON contract of an extraction (used by {@code newslens extract --json} and the evaluation). */
public final class ExtractionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExtractionJson() {}

    public static ObjectNode toJson(String title, Extraction e) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("title", title);
        if (e.published() == null) root.putNull("published"); else root.put("published", e.published().toString());
        ArrayNode actors = root.putArray("actors");
        for (ExtractedActor a : e.actors()) {
            ObjectNode n = actors.addObject();
            n.put("name", a.name());
            n.put("type", a.type().name());
            ArrayNode al = n.putArray("aliases");
            a.aliases().forEach(al::add);
            ArrayNode rl = n.putArray("roles");
            a.roles().forEach(rl::add);
            ArrayNode ml = n.putArray("mentions");
            for (Span s : a.mentions()) ml.addObject().put("start", s.start()).put("end", s.end()).put("text", s.text());
        }
        ArrayNode dates = root.putArray("dates");
        for (ExtractedDate d : e.dates()) {
            dates.addObject().put("text", d.text()).put("value", d.value()).put("type", d.type())
                    .put("start", d.start()).put("end", d.end()).put("sentence", d.sentence());
        }
        ArrayNode quotes = root.putArray("quotes");
        for (ExtractedQuote q : e.quotes()) {
            ObjectNode n = quotes.addObject();
            if (q.speaker() == null) n.putNull("speaker"); else n.put("speaker", q.speaker());
            n.put("text", q.text()).put("start", q.start()).put("end", q.end());
        }
        return root;
    }
}
