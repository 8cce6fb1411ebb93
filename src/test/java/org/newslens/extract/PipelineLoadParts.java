package org.newslens.extract;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.time.GenericTimeExpressionPatterns;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.util.PropertiesUtils;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;

/**
 * Where a cold pipeline load goes (issue 10's load target), for {@code dist/load-bench.sh parts}: in a
 * fresh JVM, on one thread, the parts of our load one after the other in the order the load does
 * them, each with its wall time, the thread's and the process's CPU, classes loaded, young GCs and
 * JIT compile time. Measures only, keeps nothing.
 * <ul>
 * <li>{@code parts}: tokenizer, POS tagger, lemmatiser, the CRF model (compact form), SUTime's options (JollyDay
 * holidays), SUTime's rules, then the whole NER annotator again (CRF and SUTime a second time, JVM
 * warm: what the work costs without class loading and cold code); {@code parts-jaxb}: the same after
 * creating JollyDay's JAXB context once (what a warm-up of it on another thread would save SUTime).</li>
 * <li>{@code crf}: CoreNLP's CRF model file read to bytes (jar inflate and gunzip), then deserialised from
 * memory object by object, as {@code CRFClassifier.loadClassifier} reads them; {@code crf-compact}: the
 * same for its compact form ({@link CompactCrfModel}).</li>
 * <li>{@code pos}: the tagger read to bytes, then parsed from memory.</li>
 * </ul>
 */
public final class PipelineLoadParts {
    private PipelineLoadParts() {}

    static final String TAGGER = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

    private static final List<String> rows = new ArrayList<>();
    /** Put before each part's name (the parts after a warm-up are other figures than the same parts without it). */
    private static String prefix = "";

    public static void main(String[] args) throws Exception {
        Properties p = Pipeline.properties();
        switch (args.length == 1 ? args[0] : "") {
            case "parts", "parts-jaxb" -> {
                if (args[0].equals("parts-jaxb")) {
                    time("jaxb context warm-up", () -> javax.xml.bind.JAXBContext.newInstance("de.jollyday.config", PipelineLoadParts.class.getClassLoader()));
                    prefix = "after jaxb: ";
                }
                time("tokenizer", () -> new TokenizerAnnotator(p));
                time("pos tagger", () -> new POSTaggerAnnotator("pos", p));
                time("lemmatiser", () -> new MorphaAnnotator(false));
                Properties combiner = PropertiesUtils.extractSelectedProperties(p, edu.stanford.nlp.ie.NERClassifierCombiner.DEFAULT_PASS_DOWN_PROPERTIES);
                time("crf model (compact)", () -> CRFClassifier.getClassifier(CompactCrfModel.COMPACT, combiner));
                Properties sutime = PropertiesUtils.extractPrefixedProperties(p, "sutime.", true);
                Options options = time("sutime options+jollyday", () -> new Options("sutime", sutime));
                time("sutime rules", () -> new GenericTimeExpressionPatterns(options).createExtractor());
                time("ner annotator again, warm", () -> new NERCombinerAnnotator(p));
            }
            case "crf", "crf-compact" -> {
                boolean original = args[0].equals("crf");
                String model = original ? CompactCrfModel.ORIGINAL : CompactCrfModel.COMPACT;
                String crf = original ? "crf " : "compact crf ";
                byte[] bytes = time(crf + "bytes (inflate" + (original ? "+gunzip)" : ")"), () -> readAll(model));
                try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
                    time(crf + "labelIndices", in::readObject);
                    time(crf + "classIndex", in::readObject);
                    time(crf + "featureIndex", in::readObject);
                    time(crf + "flags", in::readObject);
                    Object ff = time(crf + "feature factories", in::readObject);
                    if (ff instanceof Integer n) for (int i = 0; i < n; i++) time(crf + "feature factory " + i, in::readObject);
                    time(crf + "windowSize", in::readInt);
                    time(crf + "weights", in::readObject);
                    time(crf + "known lc words", in::readObject);
                    time(crf + "rest", () -> { int n = 0; while (in.read() >= 0) n++; return n; });
                }
                rows.add(crf + "bytes: " + bytes.length);
            }
            case "pos" -> {
                byte[] bytes = time("tagger bytes (inflate)", () -> readAll(TAGGER));
                Properties tp = new Properties();
                time("tagger parse from memory", () -> new edu.stanford.nlp.tagger.maxent.MaxentTagger(new ByteArrayInputStream(bytes), tp, false));
            }
            default -> throw new IllegalArgumentException("usage: PipelineLoadParts parts|crf|crf-compact|pos");
        }
        rows.forEach(System.out::println);
    }

    private static byte[] readAll(String resource) throws Exception {
        try (InputStream in = IOUtils.getInputStreamFromURLOrClasspathOrFileSystem(resource)) {
            return in.readAllBytes();
        }
    }

    /** Runs the part, adds its row "name wallMs threadCpuMs processCpuMs classes gcs gcMs jitMs". */
    private static <T> T time(String name, Callable<T> part) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var threads = ManagementFactory.getThreadMXBean();
        var classes = ManagementFactory.getClassLoadingMXBean();
        var jit = ManagementFactory.getCompilationMXBean();
        long w0 = System.nanoTime(), t0 = threads.getCurrentThreadCpuTime(), p0 = os.getProcessCpuTime();
        long c0 = classes.getTotalLoadedClassCount(), g0 = gcCount(), gt0 = gcMillis(), j0 = jit.getTotalCompilationTime();
        T result = part.call();
        rows.add(String.format("%-28s %6d %6d %6d %6d %4d %5d %6d", (prefix + name).replace(' ', '_'),
                (System.nanoTime() - w0) / 1_000_000, (threads.getCurrentThreadCpuTime() - t0) / 1_000_000,
                (os.getProcessCpuTime() - p0) / 1_000_000, classes.getTotalLoadedClassCount() - c0,
                gcCount() - g0, gcMillis() - gt0, jit.getTotalCompilationTime() - j0));
        return result;
    }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) n += Math.max(0, g.getCollectionCount());
        return n;
    }

    private static long gcMillis() {
        long n = 0;
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) n += Math.max(0, g.getCollectionTime());
        return n;
    }
}
