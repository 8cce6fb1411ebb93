package org.newslens.extract.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.newslens.extract.NlpExtractor;
import org.newslens.extract.PipelineLoads;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Speed of our engine against CoreNLP's default pipeline on the same texts (the gold articles and
 * the seeds), in one run: pipeline load time (and against CoreNLP's own sequential construction of
 * the same pipeline, see {@link #compareLoads}), heap used with our pipeline loaded, tokens/s on one
 * thread for both (after warm-up) and the ratio, and our throughput with 2 threads. Tokens are
 * counted once with CoreNLP's tokenizer, so both systems are measured on the same count.
 * Run: {@code mvn -q -Peval test-compile exec:java -Dexec.mainClass=org.newslens.extract.eval.Benchmark -Dexec.classpathScope=test}
 * (add {@code -Dnewslens.bench.loadOnly=true} for the load figures alone).
 */
public final class Benchmark {
    private static final int ROUNDS = 4;

    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (GoldSet.Article a : GoldSet.load(GoldSet.dir())) { texts.add(a.text()); dates.add(LocalDate.parse(a.dct())); }
        Path seeds = Path.of(System.getProperty("newslens.seeds.dir", "seeds"));
        if (Files.isDirectory(seeds)) {
            try (var s = Files.list(seeds)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) { texts.add(Files.readString(p)); dates.add(null); }
            }
        }

        NlpExtractor ours = NlpExtractor.shared();
        long load = ours.warmUp();
        long heap = usedHeapMb();
        ours.extract(texts.get(0), dates.get(0)); // warm-up on one document
        System.out.printf(Locale.ROOT, "texts: %d%n", texts.size());
        System.out.printf(Locale.ROOT, "our pipeline load: %.2f s (first in the process, as in the window); heap used with it loaded (after GC): %d MB%n", load / 1000.0, heap);
        compareLoads();
        if (Boolean.getBoolean("newslens.bench.loadOnly")) return; // -Dnewslens.bench.loadOnly: the load figures alone

        // Token counts, with the tokenizer alone.
        StanfordCoreNLP tok = pipeline("tokenize,ssplit", null);
        long tokens = 0;
        for (String t : texts) tokens += tokenCount(tok, t);
        System.out.printf(Locale.ROOT, "tokens per round: %d%n", tokens);

        // Raw CoreNLP default pipeline (three CRF models, fine-grained NER, SUTime).
        long t0 = System.nanoTime();
        StanfordCoreNLP raw = pipeline("tokenize,ssplit,pos,lemma,ner", null);
        double rawLoad = (System.nanoTime() - t0) / 1e9;
        long rawHeap = usedHeapMb();

        // One thread each, rounds interleaved (ours, raw, ours, raw...) so that load from other
        // processes on a shared machine falls on both alike; one warm pass each first.
        run(ours, texts, dates);
        for (int i = 0; i < texts.size(); i++) annotate(raw, texts.get(i), dates.get(i));
        // Wall time, and this thread's CPU time (which other processes' load does not inflate).
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long oursNs = 0, rawNs = 0, oursCpu = 0, rawCpu = 0;
        for (int r = 0; r < ROUNDS; r++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            t0 = System.nanoTime();
            run(ours, texts, dates);
            oursNs += System.nanoTime() - t0;
            oursCpu += cpu.getCurrentThreadCpuTime() - c0;
            c0 = cpu.getCurrentThreadCpuTime();
            t0 = System.nanoTime();
            for (int i = 0; i < texts.size(); i++) annotate(raw, texts.get(i), dates.get(i));
            rawNs += System.nanoTime() - t0;
            rawCpu += cpu.getCurrentThreadCpuTime() - c0;
        }
        double oursTps = ROUNDS * tokens / (oursNs / 1e9);
        double rawTps = ROUNDS * tokens / (rawNs / 1e9);
        double oursCpuTps = ROUNDS * tokens / (oursCpu / 1e9);
        double rawCpuTps = ROUNDS * tokens / (rawCpu / 1e9);

        // Ours, two threads, each doing all rounds.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int th = 0; th < 2; th++) fs.add(pool.submit(() -> { for (int r = 0; r < ROUNDS; r++) run(ours, texts, dates); }));
        for (Future<?> f : fs) f.get();
        double two = 2.0 * ROUNDS * tokens / ((System.nanoTime() - t0) / 1e9);
        pool.shutdown();

        System.out.printf(Locale.ROOT, "ours, 1 thread:  %.0f tokens/s%n", oursTps);
        System.out.printf(Locale.ROOT, "ours, 2 threads: %.0f tokens/s (%.2fx one thread)%n", two, two / oursTps);
        System.out.printf(Locale.ROOT, "raw CoreNLP default pipeline, 1 thread: %.0f tokens/s (load %.2f s, heap with both loaded %d MB)%n",
                rawTps, rawLoad, rawHeap);
        System.out.printf(Locale.ROOT, "speed ratio ours/raw per thread: %.2fx (wall time)%n", oursTps / rawTps);
        System.out.printf(Locale.ROOT, "by thread CPU time: ours %.0f tokens/s, raw %.0f tokens/s, ratio %.2fx%n",
                oursCpuTps, rawCpuTps, oursCpuTps / rawCpuTps);
        System.out.printf(Locale.ROOT, "system load average during the run: %.2f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
    }

    /**
     * Load time of CoreNLP's own sequential construction and of ours, same properties, same process,
     * after the first load (so both find the classes loaded and compiled): rounds alternate which one
     * goes first, so a change of load from other processes falls on both; the process CPU time of
     * each load shows the work done, which other processes do not inflate.
     */
    private static void compareLoads() throws InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "load comparison, %d rounds (system load average %.2f on %d cores):%n",
                LOAD_ROUNDS, os.getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        long[] seq = new long[LOAD_ROUNDS], par = new long[LOAD_ROUNDS];
        for (int r = 0; r < LOAD_ROUNDS; r++) {
            usedHeapMb(); // collect the previous round's pipelines first
            long[] seqCpu = new long[1], parCpu = new long[1];
            if (r % 2 == 0) {
                seq[r] = timed(PipelineLoads::sequentialMillis, os, seqCpu);
                usedHeapMb();
                par[r] = timed(PipelineLoads::parallelMillis, os, parCpu);
            } else {
                par[r] = timed(PipelineLoads::parallelMillis, os, parCpu);
                usedHeapMb();
                seq[r] = timed(PipelineLoads::sequentialMillis, os, seqCpu);
            }
            System.out.printf(Locale.ROOT, "  round %d (%s first): CoreNLP sequential %.2f s (CPU %.2f s), ours %.2f s (CPU %.2f s), load average %.2f%n",
                    r + 1, r % 2 == 0 ? "sequential" : "ours", seq[r] / 1000.0, seqCpu[0] / 1e9, par[r] / 1000.0, parCpu[0] / 1e9,
                    os.getSystemLoadAverage());
        }
        double ms = median(seq), mp = median(par);
        System.out.printf(Locale.ROOT, "pipeline load, median: CoreNLP sequential %.2f s, ours %.2f s: %.2fx faster (%.0f %% less time)%n",
                ms / 1000.0, mp / 1000.0, ms / mp, 100 * (1 - mp / ms));
    }

    /** Rounds of the load comparison ({@code -Dnewslens.bench.loadRounds}, default 5). */
    private static final int LOAD_ROUNDS = Integer.getInteger("newslens.bench.loadRounds", 5);

    private static long timed(java.util.function.LongSupplier load, com.sun.management.OperatingSystemMXBean os, long[] cpuNs) {
        long c0 = os.getProcessCpuTime();
        long ms = load.getAsLong();
        cpuNs[0] = os.getProcessCpuTime() - c0;
        return ms;
    }

    private static double median(long[] xs) {
        long[] s = xs.clone();
        java.util.Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }

    private static void run(NlpExtractor x, List<String> texts, List<LocalDate> dates) {
        for (int i = 0; i < texts.size(); i++) x.extract(texts.get(i), dates.get(i));
    }

    private static StanfordCoreNLP pipeline(String annotators, String ignored) {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("annotators", annotators);
        return new StanfordCoreNLP(p);
    }

    private static void annotate(StanfordCoreNLP nlp, String text, LocalDate date) {
        Annotation a = new Annotation(text);
        if (date != null) a.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        nlp.annotate(a);
    }

    private static int tokenCount(StanfordCoreNLP nlp, String text) {
        Annotation a = new Annotation(text);
        nlp.annotate(a);
        return a.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    private static long usedHeapMb() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) { System.gc(); Thread.sleep(100); }
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }
}
