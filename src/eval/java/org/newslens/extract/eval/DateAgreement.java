package org.newslens.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.newslens.extract.Extraction;
import org.newslens.extract.ExtractionJson;
import org.newslens.extract.LayeredDates;
import org.newslens.extract.NlpExtractor;

/**
 * Dev tool for the date-base question (decision 8): for one hand-made set ({@code -Dnewslens.unseen=FOLDER}), prints one
 * JSON line per article with the gold dates, the engine's dates (SUTime + our layer) and HeidelTime + our layer's, so that
 * a script can classify every gold date as right / wrong / missing for each. Needs -Peval. Never run on held-out sets.
 */
public final class DateAgreement {
    public static void main(String[] args) throws Exception {
        String folder = System.getProperty("newslens.unseen");
        ObjectMapper om = new ObjectMapper();
        NlpExtractor engine = new NlpExtractor(UnseenSet.WRITTEN);
        HeidelTimeBaseline h = new HeidelTimeBaseline();
        for (GoldSet.Article a : UnseenSet.load(folder)) {
            if (a.dct() == null) continue;
            Extraction e = engine.extract(a.text(), LocalDate.parse(a.dct()));
            ObjectNode line = om.createObjectNode();
            line.put("id", a.id());
            line.set("gold", a.gold().get("dates"));
            line.set("ours", ExtractionJson.toJson(a.title(), e).path("dates"));
            line.set("ht", LayeredDates.layer(om, a.text(), LocalDate.parse(a.dct()), h.extract(om, a.text(), a.dct())).path("dates"));
            System.out.println("AGREE " + om.writeValueAsString(line));
        }
    }
}
