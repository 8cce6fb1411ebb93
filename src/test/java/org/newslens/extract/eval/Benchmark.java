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
 * (add {@code -Dnewslens.bench.loadOnly=true} for the load figures alone, or
 * {@code -Dnewslens.bench.oursOnly=true} for our tokens/s on one thread alone, no load comparison and
 * no raw CoreNLP: what {@code dist/load-bench.sh} runs under each JVM flag set, with {@code java} directly).
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
        boolean oursOnly = Boolean.getBoolean("newslens.bench.oursOnly");
        if (!oursOnly) compareLoads();
        if (Boolean.getBoolean("newslens.bench.loadOnly")) return; // -Dnewslens.bench.loadOnly: the load figures alone

        // Token counts, with the tokenizer alone.
        StanfordCoreNLP tok = pipeline("tokenize,ssplit", null);
        long tokens = 0;
        for (String t : texts) tokens += tokenCount(tok, t);
        System.out.printf(Locale.ROOT, "tokens per round: %d%n", tokens);
        if (oursOnly) {
            oursAlone(ours, texts, dates, tokens);
            return;
        }

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
     * -Dnewslens.bench.oursOnly: our engine alone on one thread, one warm pass and then
     * {@code -Dnewslens.bench.speedRounds} (default 6) timed rounds; prints one line
     * "speed TOKENS_PER_S_WALL TOKENS_PER_S_THREAD_CPU" for scripts, after a readable one.
     */
    private static void oursAlone(NlpExtractor ours, List<String> texts, List<LocalDate> dates, long tokens) {
        int rounds = Integer.getInteger("newslens.bench.speedRounds", 6);
        run(ours, texts, dates);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime(), t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) run(ours, texts, dates);
        double wall = rounds * tokens / ((System.nanoTime() - t0) / 1e9);
        double thread = rounds * tokens / ((cpu.getCurrentThreadCpuTime() - c0) / 1e9);
        System.out.printf(Locale.ROOT, "ours, 1 thread, %d rounds: %.0f tokens/s by wall time, %.0f by thread CPU time (load average %.2f)%n",
                rounds, wall, thread, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "speed %.0f %.0f%n", wall, thread);
    }

    /**
     * Load time of CoreNLP's own sequential construction and of ours, same properties, in this run.
     * Cold: each load in a fresh JVM on this class path (the window's case: nothing loaded or
     * compiled yet; in one process only the first load is cold). Warm: both again in this process,
     * where classes are loaded and compiled, so what is left is reading the models. Rounds alternate
     * which one goes first, so a change of load from other processes falls on both; the CPU time
     * (process) shows the work done, which other processes do not inflate.
     */
    private static void compareLoads() throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "load comparison, %d rounds (system load average %.2f on %d cores):%n",
                LOAD_ROUNDS, os.getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        long[] seq = new long[LOAD_ROUNDS], par = new long[LOAD_ROUNDS], seqCaller = new long[LOAD_ROUNDS], parCaller = new long[LOAD_ROUNDS];
        for (int r = 0; r < LOAD_ROUNDS; r++) {
            boolean seqFirst = r % 2 == 0;
            long[] a = coldLoad(seqFirst ? "sequential" : "ours"), b = coldLoad(seqFirst ? "ours" : "sequential");
            long[] s = seqFirst ? a : b, p = seqFirst ? b : a;
            seq[r] = s[0];
            par[r] = p[0];
            seqCaller[r] = s[2];
            parCaller[r] = p[2];
            System.out.printf(Locale.ROOT, "  cold, fresh JVM, round %d (%s first): CoreNLP sequential %.2f s (CPU: process %.2f s, loading thread %.2f s), "
                            + "ours %.2f s (process %.2f s, NER thread %.2f s), load average %.2f%n",
                    r + 1, seqFirst ? "sequential" : "ours", s[0] / 1000.0, s[1] / 1000.0, s[2] / 1000.0,
                    p[0] / 1000.0, p[1] / 1000.0, p[2] / 1000.0, os.getSystemLoadAverage());
        }
        printRatio("cold", seq, par);
        System.out.printf(Locale.ROOT, "CPU time of the thread that waits for the load (the critical path with a free second core), median: "
                + "CoreNLP sequential %.2f s, ours %.2f s%n", median(seqCaller) / 1000.0, median(parCaller) / 1000.0);
        for (int r = 0; r < LOAD_ROUNDS; r++) {
            boolean seqFirst = r % 2 == 0;
            long[] seqCpu = new long[1], parCpu = new long[1];
            usedHeapMb(); // collect the previous round's pipelines first
            if (seqFirst) seq[r] = timed(PipelineLoads::sequentialMillis, os, seqCpu);
            usedHeapMb();
            par[r] = timed(PipelineLoads::parallelMillis, os, parCpu);
            if (!seqFirst) {
                usedHeapMb();
                seq[r] = timed(PipelineLoads::sequentialMillis, os, seqCpu);
            }
            System.out.printf(Locale.ROOT, "  warm, this JVM, round %d (%s first): CoreNLP sequential %.2f s (CPU %.2f s), ours %.2f s (CPU %.2f s), load average %.2f%n",
                    r + 1, seqFirst ? "sequential" : "ours", seq[r] / 1000.0, seqCpu[0] / 1e9, par[r] / 1000.0, parCpu[0] / 1e9,
                    os.getSystemLoadAverage());
        }
        printRatio("warm", seq, par);
        usedHeapMb();
    }

    private static void printRatio(String what, long[] seq, long[] par) {
        double ms = median(seq), mp = median(par);
        System.out.printf(Locale.ROOT, "pipeline load (%s), median: CoreNLP sequential %.2f s, ours %.2f s: %.2fx as fast (%.0f %% less time)%n",
                what, ms / 1000.0, mp / 1000.0, ms / mp, 100 * (1 - mp / ms));
    }

    /** One load in a fresh JVM: {wall ms, process CPU ms, calling thread's CPU ms}. */
    private static long[] coldLoad(String which) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath(), PipelineLoads.class.getName(), which)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0 || !out.startsWith("load ")) throw new IllegalStateException("cold load of " + which + " failed: " + out);
        String[] f = out.split(" ");
        return new long[]{Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])};
    }

    /** This run's class path: exec:java's class loader's, else the JVM's. */
    private static String classPath() throws Exception {
        if (Thread.currentThread().getContextClassLoader() instanceof java.net.URLClassLoader u && u.getURLs().length > 0) {
            List<String> parts = new ArrayList<>();
            for (java.net.URL url : u.getURLs()) parts.add(Path.of(url.toURI()).toString());
            return String.join(java.io.File.pathSeparator, parts);
        }
        return System.getProperty("java.class.path");
    }

    /** Rounds of each load comparison ({@code -Dnewslens.bench.loadRounds}, default 5). */
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
