package org.newslens.extract;

import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Externalizable;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInput;
import java.io.ObjectInputStream;
import java.io.ObjectOutput;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamException;
import java.io.OutputStream;
import java.io.Serial;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The NER model in a form that deserialises faster, made at build time (Maven's process-classes phase
 * runs {@link #main}) from CoreNLP's {@code english.all.3class.distsim.crf.ser.gz}. The file is still
 * the Java serialization stream {@code CRFClassifier.loadClassifier} reads, object by object in the
 * same order, so CoreNLP loads it unchanged, from the same {@code ner.model} property; only the three
 * big objects are written differently, each as a small {@link Externalizable} form whose
 * {@code readResolve} hands CoreNLP the very type it expects, with the same content:
 * <ul>
 * <li>the feature index (346,710 strings: a {@code HashIndex} whose default form also stores its
 * {@code HashMap<String, Integer>}, one {@code Integer} object per feature) as one string of all the
 * features and their lengths, the index rebuilt by adding them in order;</li>
 * <li>the distributional-similarity lexicon inside the feature factory (533,629 word-to-cluster
 * entries of a {@code HashMap}) as one string of the words and a table of the distinct clusters;</li>
 * <li>the weights as {@code float[][]} (stored as {@code double[][]}, which the loader casts to float
 * one by one: the same cast is made here, once) in one flat array and the row lengths.</li>
 * </ul>
 * Everything else (label indices, flags, the feature factory's other fields, the known lower-case
 * words) is written back as it was read. {@code CompactCrfModelTest} checks the loaded classifier
 * equals the original field by field, {@code PipelineLoadTest} that annotations are identical.
 */
public final class CompactCrfModel {
    private CompactCrfModel() {}

    /** The original model on the class path (CoreNLP's models jar, trimmed by the build). */
    static final String ORIGINAL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    /** The compact model on the class path, beside the original (no .gz suffix: CoreNLP reads it without gunzip; outside this package, whose files {@link ExtractorVersion} hashes). */
    static final String COMPACT = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.compact.ser";

    /** {@link #COMPACT}, or {@link #ORIGINAL} where the build has not written it (a class path not made by Maven). */
    static String onClassPath() {
        return CompactCrfModel.class.getClassLoader().getResource(COMPACT) != null ? COMPACT : ORIGINAL;
    }

    /** {@code CompactCrfModel OUTPUT_DIR}: writes {@link #COMPACT} under OUTPUT_DIR from {@link #ORIGINAL}; skips if up to date. */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) throw new IllegalArgumentException("usage: CompactCrfModel OUTPUT_DIR");
        Path root = Path.of(args[0]);
        Path out = root.resolve(COMPACT);
        Path original = root.resolve(ORIGINAL);
        Path self = root.resolve(CompactCrfModel.class.getName().replace('.', '/') + ".class");
        if (Files.isRegularFile(out) && Files.isRegularFile(original) && Files.isRegularFile(self)
                && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(original)) > 0
                && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(self)) > 0) return;
        Files.createDirectories(out.getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (InputStream in = original(); OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            write(in, os);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static InputStream original() throws IOException {
        InputStream raw = CompactCrfModel.class.getClassLoader().getResourceAsStream(ORIGINAL);
        if (raw == null) throw new IOException("not on the class path: " + ORIGINAL);
        return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
    }

    /**
     * Reads the original stream in CoreNLP 4.5.10's {@code CRFClassifier.loadClassifier} order and
     * writes it again, the feature index, lexicon and weights in their compact forms.
     */
    static void write(InputStream original, OutputStream os) throws IOException, ClassNotFoundException, ReflectiveOperationException {
        ObjectInputStream in = new ObjectInputStream(original);
        Object labelIndices = in.readObject();
        Object classIndex = in.readObject();
        Object featureIndex = in.readObject();
        if (featureIndex.getClass() != HashIndex.class) throw new IOException("feature index is a " + featureIndex.getClass());
        Object flags = in.readObject();
        if (((edu.stanford.nlp.sequences.SeqClassifierFlags) flags).useEmbedding) throw new IOException("models with embeddings are not handled");
        Object factoryCount = in.readObject();
        if (!(factoryCount instanceof Integer n) || n != 1) throw new IOException("expected one feature factory, got " + factoryCount);
        Object factory = in.readObject();
        Map<?, ?> lexicon = lexiconOf(factory);
        int windowSize = in.readInt();
        Object weights = in.readObject();
        if (!(weights instanceof double[][] w)) throw new IOException("weights are a " + weights.getClass());
        Object lcWords = in.readObject();
        if (((edu.stanford.nlp.sequences.SeqClassifierFlags) flags).labelDictionaryCutoff > 0) throw new IOException("models with a label dictionary are not handled");
        if (in.read() >= 0) throw new IOException("unexpected data after the known lower-case words");

        ObjectOutputStream out = new ObjectOutputStream(os) {
            { enableReplaceObject(true); }
            @Override protected Object replaceObject(Object obj) {
                return obj == lexicon && obj != null ? new LexiconForm(castMap(lexicon)) : obj;
            }
        };
        out.writeObject(labelIndices);
        out.writeObject(classIndex);
        out.writeObject(new IndexForm(castIndex(featureIndex)));
        out.writeObject(flags);
        out.writeObject(factoryCount);
        out.writeObject(factory);
        out.writeInt(windowSize);
        out.writeObject(new WeightsForm(toFloat(w)));
        out.writeObject(lcWords);
        out.flush();
    }

    /** The same cast, element by element, that {@code CRFClassifier.loadClassifier} makes of double weights. */
    static float[][] toFloat(double[][] d) {
        float[][] f = new float[d.length][];
        for (int i = 0; i < d.length; i++) {
            f[i] = new float[d[i].length];
            for (int j = 0; j < d[i].length; j++) f[i][j] = (float) d[i][j];
        }
        return f;
    }

    /** The feature factory's distsim lexicon (a private field of CoreNLP's {@code NERFeatureFactory}); null if it has none. */
    static Map<?, ?> lexiconOf(Object factory) throws ReflectiveOperationException {
        Field f = factory.getClass().getDeclaredField("lexicon");
        f.setAccessible(true);
        Object v = f.get(factory);
        if (v != null && v.getClass() != HashMap.class) throw new IllegalStateException("lexicon is a " + v.getClass());
        return (Map<?, ?>) v;
    }

    @SuppressWarnings("unchecked")
    private static Index<String> castIndex(Object o) { return (Index<String>) o; }

    @SuppressWarnings("unchecked")
    private static Map<String, String> castMap(Object o) { return (Map<String, String>) o; }

    /** A list of strings as one string and their lengths. */
    private static void writeStrings(ObjectOutput out, List<String> strings) throws IOException {
        int[] lengths = new int[strings.size()];
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = strings.get(i).length();
            all.append(strings.get(i));
        }
        out.writeObject(lengths);
        out.writeObject(all.toString());
    }

    private static String[] readStrings(ObjectInput in) throws IOException, ClassNotFoundException {
        int[] lengths = (int[]) in.readObject();
        String all = (String) in.readObject();
        String[] out = new String[lengths.length];
        int at = 0;
        for (int i = 0; i < lengths.length; i++) out[i] = all.substring(at, at += lengths[i]);
        if (at != all.length()) throw new IOException("string lengths do not add up");
        return out;
    }

    /** A {@code HashIndex<String>}: its strings in index order and whether it is locked. */
    public static final class IndexForm implements Externalizable {
        @Serial private static final long serialVersionUID = 1L;
        private transient HashIndex<String> index;

        public IndexForm() {}

        IndexForm(Index<String> index) {
            HashIndex<String> copy = new HashIndex<>(index.size());
            copy.addAll(index.objectsList());
            if (index.isLocked()) copy.lock();
            this.index = copy;
        }

        @Override public void writeExternal(ObjectOutput out) throws IOException {
            out.writeBoolean(index.isLocked());
            writeStrings(out, index.objectsList());
        }

        @Override public void readExternal(ObjectInput in) throws IOException, ClassNotFoundException {
            boolean locked = in.readBoolean();
            String[] strings = readStrings(in);
            index = new HashIndex<>((int) (strings.length / 0.75f) + 1); // a map that never resizes
            for (String s : strings) index.add(s);
            if (index.size() != strings.length) throw new IOException("duplicate features in the index");
            if (locked) index.lock();
        }

        @Serial private Object readResolve() throws ObjectStreamException { return index; }
    }

    /** A {@code HashMap<String, String>} whose values are few: keys as one string, values as a table and an index per key. */
    public static final class LexiconForm implements Externalizable {
        @Serial private static final long serialVersionUID = 1L;
        private transient Map<String, String> map;

        public LexiconForm() {}

        LexiconForm(Map<String, String> map) { this.map = map; }

        @Override public void writeExternal(ObjectOutput out) throws IOException {
            List<String> keys = List.copyOf(map.keySet());
            Map<String, Integer> valueIds = new HashMap<>();
            List<String> values = new java.util.ArrayList<>();
            int[] ids = new int[keys.size()];
            for (int i = 0; i < ids.length; i++) {
                String v = map.get(keys.get(i));
                if (v == null) throw new IOException("null cluster for " + keys.get(i));
                ids[i] = valueIds.computeIfAbsent(v, x -> { values.add(x); return values.size() - 1; });
            }
            writeStrings(out, keys);
            out.writeObject(values.toArray(new String[0]));
            out.writeObject(ids);
        }

        @Override public void readExternal(ObjectInput in) throws IOException, ClassNotFoundException {
            String[] keys = readStrings(in);
            String[] values = (String[]) in.readObject();
            int[] ids = (int[]) in.readObject();
            if (ids.length != keys.length) throw new IOException("lexicon keys and values differ in number");
            map = new HashMap<>(Math.max(16, (int) (keys.length / 0.75f) + 1));
            for (int i = 0; i < keys.length; i++) map.put(keys[i], values[ids[i]]);
        }

        @Serial private Object readResolve() throws ObjectStreamException { return map; }
    }

    /** A {@code float[][]}: row lengths and all values in one array. */
    public static final class WeightsForm implements Externalizable {
        @Serial private static final long serialVersionUID = 1L;
        private transient float[][] weights;

        public WeightsForm() {}

        WeightsForm(float[][] weights) { this.weights = weights; }

        @Override public void writeExternal(ObjectOutput out) throws IOException {
            int[] lengths = new int[weights.length];
            int n = 0;
            for (int i = 0; i < lengths.length; i++) n += lengths[i] = weights[i].length;
            float[] all = new float[n];
            int at = 0;
            for (float[] row : weights) { System.arraycopy(row, 0, all, at, row.length); at += row.length; }
            out.writeObject(lengths);
            out.writeObject(all);
        }

        @Override public void readExternal(ObjectInput in) throws IOException, ClassNotFoundException {
            int[] lengths = (int[]) in.readObject();
            float[] all = (float[]) in.readObject();
            weights = new float[lengths.length][];
            int at = 0;
            for (int i = 0; i < lengths.length; i++) {
                weights[i] = java.util.Arrays.copyOfRange(all, at, at += lengths[i]);
            }
            if (at != all.length) throw new IOException("weight row lengths do not add up");
        }

        @Serial private Object readResolve() throws ObjectStreamException { return weights; }
    }
}
