package org.newslens.extract;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * For the Benchmark (test scope): one load of our pipeline ({@link Pipeline#load}) and one of
 * CoreNLP's own sequential construction with the same properties, each timed, nothing kept.
 */
public final class PipelineLoads {
    private PipelineLoads() {}

    /** Milliseconds to build our pipeline (POS tagger on a second thread). */
    public static long parallelMillis() {
        long t0 = System.nanoTime();
        Pipeline.load(Pipeline.properties());
        return (System.nanoTime() - t0) / 1_000_000;
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
