package org.newslens.extract;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.lang.management.ManagementFactory;
import java.util.Properties;

/**
 * For the Benchmark (test scope): one load of our pipeline ({@link Pipeline#load}) and one of
 * CoreNLP's own sequential construction with the same properties, each timed, nothing kept.
 * {@link #main} does one load in a fresh JVM, so that the Benchmark can time cold loads (the
 * window's case: no class loaded or compiled yet).
 */
public final class PipelineLoads {
    private PipelineLoads() {}

    /**
     * {@code sequential}, {@code ours} or {@code ours-original-model} (CoreNLP's own NER model file, not its
     * compact form): one load; prints "load MILLIS PROCESS_CPU_MILLIS
     * CALLER_CPU_MILLIS", the last the CPU time of the calling thread, which loads everything in
     * CoreNLP's construction and the NER models in ours: the critical path on an idle second core.
     */
    public static void main(String[] args) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var threads = ManagementFactory.getThreadMXBean();
        long caller0 = threads.getCurrentThreadCpuTime();
        long ms = switch (args.length == 1 ? args[0] : "") {
            case "sequential" -> sequentialMillis();
            case "ours" -> parallelMillis();
            case "ours-original-model" -> parallelMillis(originalModel());
            default -> throw new IllegalArgumentException("usage: PipelineLoads sequential|ours|ours-original-model");
        };
        long caller = threads.getCurrentThreadCpuTime() - caller0;
        System.out.println("load " + ms + " " + os.getProcessCpuTime() / 1_000_000 + " " + caller / 1_000_000);
    }

    /** Milliseconds to build our pipeline (POS tagger on a second thread). */
    public static long parallelMillis() {
        return parallelMillis(Pipeline.properties());
    }

    /** Milliseconds to build our pipeline from these properties. */
    static long parallelMillis(Properties p) {
        long t0 = System.nanoTime();
        Pipeline.load(p);
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Our properties with CoreNLP's own NER model file (on the class path in tests, not in the app's jar) instead of its compact form. */
    static Properties originalModel() {
        Properties p = Pipeline.properties();
        p.setProperty("ner.model", CompactCrfModel.ORIGINAL);
        return p;
    }

    /** Milliseconds for {@code new StanfordCoreNLP(Pipeline.properties())}, its JVM-wide annotator cache emptied first and after. */
    public static long sequentialMillis() {
        StanfordCoreNLP.clearAnnotatorPool();
        long t0 = System.nanoTime();
        new StanfordCoreNLP(Pipeline.properties());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        StanfordCoreNLP.clearAnnotatorPool();
        return ms;
    }
}
