package org.newslens.extract;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compact NER model ({@link CompactCrfModel}, written by the build) loads, through CoreNLP's own
 * {@code CRFClassifier.getClassifier}, into the same classifier as CoreNLP's model file: every object
 * {@code loadClassifier} reads is compared (label and class indices, the 346,710 features in index
 * order, flags, the feature factory with its distsim lexicon, window size, every weight bit for bit,
 * the known lower-case words). {@code PipelineLoadTest} checks the annotations. Costs two model loads.
 */
class CompactCrfModelTest {

    @Test
    void theCompactModelLoadsIntoTheSameClassifier() throws Exception {
        Properties props = new Properties();
        CRFClassifier<CoreLabel> original = CRFClassifier.getClassifier(CompactCrfModel.ORIGINAL, props);
        CRFClassifier<CoreLabel> compact = CRFClassifier.getClassifier(CompactCrfModel.COMPACT, props);

        Object labels = field(original, "labelIndices"), compactLabels = field(compact, "labelIndices");
        assertEquals(labels.toString(), compactLabels.toString());
        assertIndexEquals(original.classIndex, compact.classIndex);
        Index<String> features = field(original, "featureIndex");
        assertTrue(features.size() > 100_000, "features: " + features.size());
        Index<String> compactFeatures = field(compact, "featureIndex");
        assertIndexEquals(features, compactFeatures);
        assertEquals(features.getClass(), compactFeatures.getClass());
        for (int i = 0; i < compactFeatures.size(); i++) assertEquals(i, compactFeatures.indexOf(compactFeatures.get(i)));

        assertArrayEquals(serialized(original.flags), serialized(compact.flags), "flags");
        assertEquals(original.featureFactories.size(), compact.featureFactories.size());
        for (int k = 0; k < original.featureFactories.size(); k++) {
            Object a = original.featureFactories.get(k), b = compact.featureFactories.get(k);
            assertEquals(a.getClass(), b.getClass());
            for (Class<?> c = a.getClass(); c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) continue;
                    f.setAccessible(true);
                    assertSameValue(f.get(a), f.get(b), c.getSimpleName() + "." + f.getName());
                }
            }
        }
        Map<?, ?> lexicon = (Map<?, ?>) CompactCrfModel.lexiconOf(compact.featureFactories.get(0));
        assertTrue(lexicon.size() > 100_000, "lexicon: " + lexicon.size());

        assertEquals((int) field(original, "windowSize"), (int) field(compact, "windowSize"));
        float[][] w = field(original, "weights"), cw = field(compact, "weights");
        assertEquals(w.length, cw.length);
        for (int i = 0; i < w.length; i++) assertArrayEquals(w[i], cw[i], "weights of feature " + i); // bit for bit
        Set<?> lc = field(original, "knownLCWords");
        assertEquals(lc, field(compact, "knownLCWords"));
        assertTrue(lc.size() > 1000, "known lower-case words: " + lc.size());
    }

    @Test
    void thePipelineLoadsTheCompactModelWhichTheBuildWrote() {
        assertEquals(CompactCrfModel.COMPACT, Pipeline.properties().getProperty("ner.model"));
    }

    @Test
    void notAModelIsRefusedWithAClearError() {
        byte[] notAModel = "not a serialised classifier".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> CompactCrfModel.write(new ByteArrayInputStream(notAModel), new ByteArrayOutputStream()));
    }

    @Test
    void weightsAreCastAsCoreNlpCastsThem() {
        double[][] d = {{0.1, -1e-40, 3.4e39, Math.PI}, {}};
        float[][] f = CompactCrfModel.toFloat(d);
        assertEquals(0, f[1].length);
        for (int j = 0; j < d[0].length; j++) assertEquals(Float.floatToIntBits((float) d[0][j]), Float.floatToIntBits(f[0][j]));
        assertNotEquals(0.1, f[0][0]); // a float, not the double
    }

    private static void assertIndexEquals(Index<String> a, Index<String> b) {
        assertNotNull(b);
        assertEquals(a.objectsList(), b.objectsList());
        assertEquals(a.isLocked(), b.isLocked());
    }

    /** Equal maps and collections, arrays, patterns by their text; anything else by its serialised bytes or equals. */
    private static void assertSameValue(Object a, Object b, String what) throws IOException {
        if (a == null || b == null) { assertEquals(a, b, what); return; }
        assertEquals(a.getClass(), b.getClass(), what);
        if (a instanceof Map<?, ?> || a instanceof java.util.Collection<?>) assertEquals(a, b, what);
        else if (a instanceof java.util.regex.Pattern p) assertEquals(p.pattern() + "/" + p.flags(), ((java.util.regex.Pattern) b).pattern() + "/" + ((java.util.regex.Pattern) b).flags(), what);
        else if (a.getClass().isArray()) assertTrue(Objects.deepEquals(a, b), what);
        else if (a instanceof java.io.Serializable) assertArrayEquals(serialized(a), serialized(b), what);
        else assertEquals(a, b, what);
    }

    private static byte[] serialized(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) { out.writeObject(o); }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(Object o, String name) throws ReflectiveOperationException {
        for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return (T) f.get(o);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }
}
