package org.newslens.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.TypesafeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our parallel construction of the CoreNLP pipeline ({@link Pipeline#load}), with the NER model in its
 * compact form ({@link CompactCrfModel}), annotates exactly as CoreNLP's own sequential one with
 * CoreNLP's own model file, {@code new StanfordCoreNLP(referenceProperties())}: every key and
 * value CoreNLP sets on the document, its sentences and its tokens (words, offsets, part of speech,
 * lemma, NER tag, normalised value, the SUTime Timex) is compared as text. The paragraphs are made
 * up to reach each part that loads something: hyphenated names (NER's own tokenization), holidays
 * (JollyDay), time zones, ranges, decades, durations, money, relative and reported dates; plus
 * the sample seed article. Costs one extra pipeline load (a few seconds).
 */
class PipelineLoadTest {
    private static final List<String> PARAGRAPHS = List.of(
            "Dana Whitfield-Okoro, the chief executive of Harlan-Brooks Holdings PLC, said on Tuesday that the "
                    + "merger would close by the second half of next year, two years later than planned.",
            "The vote on March 14 was delayed until Christmas Eve; the hearing is now set for 6 p.m. GMT Sunday, "
                    + "and a second one for Easter Monday or Thanksgiving.",
            "Sales rose 4.5% to $3.2 billion in 2011-2012, the best since the 1990s, and shares gained 12 cents "
                    + "in the past several weeks, just over three weeks ago.",
            "\"We will not wait another decade,\" Mayor Luis Ortega told reporters in Lisbon, adding that the "
                    + "19th century bridge would reopen in the fall of 2027, every other Friday at noon.",
            "A month or so ago the U.S. Federal Reserve and the European Central Bank met in Frankfurt; the "
                    + "day before, the Bank of Japan had cut rates for the third time this year.",
            "THURSDAY, Jan. 5 (Reuters) - Tesco-owned stores in Manchester will stay open 24 hours a day until "
                    + "mid-February, a spokeswoman said, from 9:30 a.m. to 11 p.m. EST on weekends.");

    private static StanfordCoreNLP reference;

    @AfterAll
    static void freeTheReference() {
        reference = null;
        StanfordCoreNLP.clearAnnotatorPool(); // the sequential construction caches its annotators JVM-wide
    }

    @Test
    void parallelLoadAnnotatesExactlyAsCoreNlpsOwnConstruction() throws IOException {
        Pipeline ours = Pipeline.get();
        reference = new StanfordCoreNLP(referenceProperties());
        List<String> texts = new ArrayList<>(PARAGRAPHS);
        Path seed = Path.of("seeds", "000_d4bee8b1a617d919.txt");
        if (Files.isRegularFile(seed)) texts.addAll(List.of(Files.readString(seed).split("\n")));
        int tokens = 0, timexes = 0, entities = 0;
        for (LocalDate ref : new LocalDate[]{LocalDate.of(2012, 6, 20), null}) {
            for (String text : texts) {
                if (text.isBlank()) continue;
                Annotation a = ours.annotatePiece(text, ref);
                Annotation b = new Annotation(text);
                if (ref != null) b.set(CoreAnnotations.DocDateAnnotation.class, ref.toString());
                reference.annotate(b);
                assertSame(dump(b), dump(a), text + " (reference date " + ref + ")");
                for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
                    tokens++;
                    if (t.get(TimeAnnotations.TimexAnnotation.class) != null) timexes++;
                    if (!"O".equals(t.ner())) entities++;
                }
            }
        }
        // The comparison covered what it is meant to: tokens, dates and entities were found.
        assertTrue(tokens > 300, "tokens: " + tokens);
        assertTrue(timexes > 30, "tokens in a SUTime expression: " + timexes);
        assertTrue(entities > 60, "tokens with an NER tag: " + entities);
    }

    @Test
    void theDumpSeesEveryAnnotatedField() {
        Annotation a = Pipeline.get().annotatePiece("Ana Lopez visited Paris on Christmas Day.", LocalDate.of(2020, 1, 1));
        String dump = String.join("\n", dump(a));
        for (String key : List.of("TokenBeginAnnotation=", "CharacterOffsetBeginAnnotation=", "PartOfSpeechAnnotation=",
                "LemmaAnnotation=", "NamedEntityTagAnnotation=", "NormalizedNamedEntityTagAnnotation=", "TimexAnnotation=<TIMEX3"))
            assertTrue(dump.contains(key), key + " missing from\n" + dump);
        // No value prints as an object identity, which would differ between two equal annotations.
        assertFalse(IDENTITY.matcher(dump).find(), dump);
    }

    /** Our properties with CoreNLP's own NER model file instead of its compact form ({@link CompactCrfModel}). */
    static Properties referenceProperties() {
        Properties p = Pipeline.properties();
        p.setProperty("ner.model", CompactCrfModel.ORIGINAL);
        return p;
    }

    /** Equal dumps, else a failure naming the first line that differs (a whole dump is unreadable). */
    private static void assertSame(List<String> expected, List<String> actual, String what) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++)
            assertEquals(expected.get(i), actual.get(i), "first difference in: " + what);
        assertEquals(expected.size(), actual.size(), "annotation lines in: " + what);
    }

    private static final Pattern IDENTITY = Pattern.compile("[A-Za-z]@[0-9a-f]{4,}\\b");

    /** Every annotation on the document, its sentences and tokens, one line per key, as text. */
    private static List<String> dump(Annotation a) {
        List<String> out = new ArrayList<>();
        out.addAll(fields("doc", a));
        int s = 0;
        for (CoreMap sentence : a.get(CoreAnnotations.SentencesAnnotation.class)) {
            out.addAll(fields("sentence " + s, sentence));
            int i = 0;
            for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) out.addAll(fields("token " + s + "." + i++, t));
            s++;
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> fields(String where, CoreMap m) {
        List<String> out = new ArrayList<>();
        List<Class<?>> keys = new ArrayList<>((java.util.Set) m.keySet());
        keys.sort(Comparator.comparing(Class::getName));
        for (Class<?> k : keys) {
            if (k == CoreAnnotations.SentencesAnnotation.class || k == CoreAnnotations.TokensAnnotation.class) continue;
            Object v = m.get((Class<? extends TypesafeMap.Key<Object>>) k);
            out.add(where + " " + k.getSimpleName() + "=" + v);
        }
        return out;
    }
}
