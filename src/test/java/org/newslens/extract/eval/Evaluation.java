package org.newslens.extract.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import org.newslens.extract.Extraction;
import org.newslens.extract.ExtractionJson;
import org.newslens.extract.NlpExtractor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

/**
 * Scores our engine, raw CoreNLP (default pipeline: entity mentions as persons, SUTime
 * timexes as dates) and raw HeidelTime (dates only) on the gold set in one run, with the metrics of score.py. Dumps system JSON
 * to target/eval/{ours,raw}/ for cross-checking with {@code python3 score.py gold target/eval/ours}.
 * Run: {@code mvn -q -Peval test-compile exec:java -Dexec.mainClass=org.newslens.extract.eval.Evaluation
 * -Dexec.classpathScope=test} (add {@code -Dverbose} to list errors, {@code -Dnoraw} to skip the baseline).
 */
public final class Evaluation {
    public static void main(String[] args) throws Exception {
        Path dir = GoldSet.dir();
        List<GoldSet.Article> gold = GoldSet.load(dir);
        ObjectMapper om = new ObjectMapper();
        boolean verbose = System.getProperty("verbose") != null;
        Path outOurs = Path.of("target/eval/ours"), outRaw = Path.of("target/eval/raw");
        Files.createDirectories(outOurs);
        Files.createDirectories(outRaw);

        Scorer ours = new Scorer();
        java.util.Map<String, ObjectNode> oursJson = new java.util.HashMap<>();
        NlpExtractor engine = NlpExtractor.shared();
        for (GoldSet.Article a : gold) {
            Extraction e = engine.extract(a.text(), LocalDate.parse(a.dct()));
            ObjectNode json = ExtractionJson.toJson(a.title(), e);
            om.writerWithDefaultPrettyPrinter().writeValue(outOurs.resolve(a.id() + ".json").toFile(), json);
            ours.add(a.id(), a.gold(), json);
            oursJson.put(a.id(), json);
        }
        System.out.println("articles: " + gold.size() + " (" + dir.toAbsolutePath().normalize() + ")");
        System.out.println("ours (" + engine.version() + "):   " + ours.summary());
        if (verbose) ours.errors.forEach(l -> System.out.println("  " + l));
        if (System.getProperty("noraw") != null) return;

        Scorer raw = new Scorer();
        StanfordCoreNLP nlp = rawPipeline();
        for (GoldSet.Article a : gold) {
            ObjectNode json = rawExtract(nlp, om, a.text(), a.dct());
            om.writerWithDefaultPrettyPrinter().writeValue(outRaw.resolve(a.id() + ".json").toFile(), json);
            raw.add(a.id(), a.gold(), json);
        }
        System.out.println("raw CoreNLP:  " + raw.summary());

        Path outHt = Path.of("target/eval/heideltime");
        Files.createDirectories(outHt);
        Scorer ht = new Scorer();
        DateBaseline h;
        try {
            // Compiled only in the eval profile (src/eval/java).
            h = (DateBaseline) Class.forName("org.newslens.extract.eval.HeidelTimeBaseline").getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            System.out.println("raw HeidelTime: not on the class path (run with -Peval)");
            return;
        }
        for (GoldSet.Article a : gold) {
            ObjectNode json = h.extract(om, a.text(), a.dct());
            om.writerWithDefaultPrettyPrinter().writeValue(outHt.resolve(a.id() + ".json").toFile(), json);
            ht.add(a.id(), a.gold(), json);
        }
        double[] d = ht.dates();
        System.out.printf(java.util.Locale.ROOT, "raw HeidelTime 2.2.1 (NEWS, no POS): date P/R/F1 %.3f/%.3f/%.3f%n", d[0], d[1], d[2]);

        // The same correction layer over HeidelTime's expressions instead of SUTime's.
        Scorer layered = new Scorer();
        java.lang.reflect.Method layer = Class.forName("org.newslens.extract.LayeredDates")
                .getMethod("layer", ObjectMapper.class, String.class, LocalDate.class, com.fasterxml.jackson.databind.JsonNode.class);
        for (GoldSet.Article a : gold) {
            ObjectNode tagged = h.extract(om, a.text(), a.dct());
            layered.add(a.id(), a.gold(), (ObjectNode) layer.invoke(null, om, a.text(), LocalDate.parse(a.dct()), tagged));
        }
        d = layered.dates();
        System.out.printf(java.util.Locale.ROOT, "HeidelTime + our date layer:          date P/R/F1 %.3f/%.3f/%.3f%n", d[0], d[1], d[2]);

        // An experiment for the date base (decision 8): our dates, plus HeidelTime + layer's where ours has none overlapping.
        Scorer union = new Scorer();
        for (GoldSet.Article a : gold) {
            ObjectNode mine = oursJson.get(a.id()).deepCopy();
            ObjectNode theirs = (ObjectNode) layer.invoke(null, om, a.text(), LocalDate.parse(a.dct()), h.extract(om, a.text(), a.dct()));
            com.fasterxml.jackson.databind.node.ArrayNode dates = (com.fasterxml.jackson.databind.node.ArrayNode) mine.get("dates");
            List<com.fasterxml.jackson.databind.JsonNode> have = new java.util.ArrayList<>();
            dates.forEach(have::add);
            for (com.fasterxml.jackson.databind.JsonNode t : theirs.get("dates")) {
                if (!t.has("start") || !t.has("end")) continue;
                int ts = t.get("start").asInt(), te = t.get("end").asInt();
                boolean overlaps = have.stream().anyMatch(o -> o.has("start") && o.get("start").asInt() < te && ts < o.get("end").asInt());
                if (!overlaps) dates.add(t);
            }
            union.add(a.id(), a.gold(), mine);
        }
        d = union.dates();
        System.out.printf(java.util.Locale.ROOT, "ours + HeidelTime's where ours has none: date P/R/F1 %.3f/%.3f/%.3f%n", d[0], d[1], d[2]);
        if (verbose) layered.errors.stream().filter(l -> l.contains("date")).forEach(l -> System.out.println("  " + l));
    }

    /** CoreNLP's default English pipeline (three CRF models, fine-grained NER, SUTime). */
    static StanfordCoreNLP rawPipeline() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        return new StanfordCoreNLP(p);
    }

    /** Raw CoreNLP output in the extract contract: every PERSON mention an actor, every timex a date. */
    static ObjectNode rawExtract(StanfordCoreNLP nlp, ObjectMapper om, String text, String dct) {
        Annotation doc = new Annotation(text);
        if (dct != null) doc.set(CoreAnnotations.DocDateAnnotation.class, dct);
        nlp.annotate(doc);
        ObjectNode root = om.createObjectNode();
        ArrayNode actors = root.putArray("actors"), dates = root.putArray("dates");
        root.putArray("quotes");
        for (CoreMap m : doc.get(CoreAnnotations.MentionsAnnotation.class)) {
            String ner = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            int b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class), e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if ("PERSON".equals(ner)) {
                actors.addObject().put("name", m.get(CoreAnnotations.TextAnnotation.class)).put("type", "PERSON").putArray("aliases");
            } else if (m.get(TimeAnnotations.TimexAnnotation.class) != null) {
                Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
                dates.addObject().put("text", text.substring(b, e)).put("value", t.value()).put("type", t.timexType())
                        .put("start", b).put("end", e);
            }
        }
        return root;
    }
}
