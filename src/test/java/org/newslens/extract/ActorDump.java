package org.newslens.extract;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Path;
import java.time.LocalDate;

/** Developer tool: prints the persons (name, aliases) and the quotes with their speakers of gold articles. {@code ActorDump GOLD.json...} */
public final class ActorDump {
    public static void main(String[] a) throws Exception {
        NlpExtractor engine = new NlpExtractor(java.time.Clock.systemUTC());
        for (String f : a) {
            var g = new ObjectMapper().readTree(Path.of(f).toFile());
            Extraction e = engine.extract(g.get("text").asText(), LocalDate.parse(g.get("dct").asText()));
            System.out.println("== " + f);
            for (ExtractedActor x : e.actors()) if (x.type() == ActorType.PERSON) System.out.println("  " + x.name() + " " + x.aliases());
            for (ExtractedQuote q : e.quotes()) System.out.println("  \"" + q.text().substring(0, Math.min(30, q.text().length())) + "\" -> " + q.speaker());
        }
    }
}
