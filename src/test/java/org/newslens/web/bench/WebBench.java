package org.newslens.web.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.dankito.readability4j.Readability4J;
import org.newslens.web.PageExtractor;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Extracts every webbench page with our {@link PageExtractor} and with Readability4J alone (its
 * {@code textContent}), writes both predictions in {@code score.py}'s shape to
 * {@code target/webbench/}, prints F1/precision/recall of both (tune half, and with
 * {@code -Dnewslens.webbench.heldout=true} also the held-out half and all pages) and the median and
 * p95 time per page of our extractor after a warm-up pass.
 * <p>{@code -v} lists the tune pages that lose more than 0.2 of their shingles either way;
 * {@code -Dnewslens.webbench.page=ID} prints our text of one tune page. Held-out pages are never
 * listed or printed.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.newslens.web.bench.WebBench [-Dexec.args=-v]</pre>
 */
public final class WebBench {
    private WebBench() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean verbose = Arrays.asList(args).contains("-v");
        boolean heldOut = Boolean.getBoolean("newslens.webbench.heldout");
        String dump = System.getProperty("newslens.webbench.page");
        Path dir = WebPages.dir();
        if (!WebPages.present(dir)) {
            System.err.println("webbench not found at " + dir.toAbsolutePath() + " (set -Dnewslens.webbench.dir)");
            System.exit(1);
        }
        List<WebPages.Page> pages = WebPages.load(dir);
        List<String> html = pages.stream().map(WebPages.Page::html).toList();

        if (dump != null) {
            for (int i = 0; i < pages.size(); i++) {
                WebPages.Page p = pages.get(i);
                if (!p.id().startsWith(dump)) continue;
                if (!p.tune()) {
                    out.println(p.id() + " is a held-out page; not shown");
                    return;
                }
                out.println(PageExtractor.extract(html.get(i), p.url()).text());
                return;
            }
        }

        List<String> ours = run(pages, html, h -> PageExtractor.extract(h.html, h.url).text());
        List<String> r4j = run(pages, html, h -> {
            String t = new Readability4J(h.url == null ? "" : h.url, h.html).parse().getTextContent();
            return t == null ? "" : t;
        });
        Path target = Path.of("target", "webbench");
        Files.createDirectories(target);
        write(target.resolve("ours.json"), pages, ours);
        write(target.resolve("readability4j.json"), pages, r4j);

        out.printf(Locale.ROOT, "%-15s %-9s %s%n", "system", "pages", "score");
        for (String half : heldOut ? List.of("tune", "held-out", "all") : List.of("tune")) {
            out.printf(Locale.ROOT, "%-15s %-9s %s%n", "NewsLens", half, score(pages, ours, half));
            out.printf(Locale.ROOT, "%-15s %-9s %s%n", "Readability4J", half, score(pages, r4j, half));
        }
        if (verbose) {
            out.println("tune pages losing > 0.2 (ours):");
            for (int i = 0; i < pages.size(); i++) {
                WebPages.Page p = pages.get(i);
                if (!p.tune()) continue;
                ShingleScore.Counts c = ShingleScore.counts(p.truth(), ours.get(i));
                if (c.fp() > 0.2 || c.fn() > 0.2) {
                    out.printf(Locale.ROOT, "  %s: tp %.2f fp %.2f fn %.2f  %s%n", p.id(), c.tp(), c.fp(), c.fn(), p.url());
                }
            }
        }

        // timing: a warm-up pass, then a measured pass; Readability4J alone timed page by page in the same pass
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < pages.size(); i++) PageExtractor.extract(html.get(i), pages.get(i).url());
        double[] ms = new double[pages.size()], cpuMs = new double[pages.size()];
        double[] r4jMs = new double[pages.size()], r4jCpuMs = new double[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            long c0 = cpu.getCurrentThreadCpuTime(), t0 = System.nanoTime();
            PageExtractor.extract(html.get(i), pages.get(i).url());
            long c1 = cpu.getCurrentThreadCpuTime(), t1 = System.nanoTime();
            new Readability4J(pages.get(i).url(), html.get(i)).parse();
            long c2 = cpu.getCurrentThreadCpuTime(), t2 = System.nanoTime();
            ms[i] = (t1 - t0) / 1e6;
            cpuMs[i] = (c1 - c0) / 1e6;
            r4jMs[i] = (t2 - t1) / 1e6;
            r4jCpuMs[i] = (c2 - c1) / 1e6;
        }
        for (double[] a : List.of(ms, cpuMs, r4jMs, r4jCpuMs)) Arrays.sort(a);
        out.printf(Locale.ROOT, "time per page (%d pages, after a warm-up pass; load average %.1f on %d cores):%n", ms.length,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "  NewsLens       median %.1f ms, p95 %.1f ms (CPU median %.1f ms, p95 %.1f ms)%n",
                percentile(ms, 0.5), percentile(ms, 0.95), percentile(cpuMs, 0.5), percentile(cpuMs, 0.95));
        out.printf(Locale.ROOT, "  Readability4J  median %.1f ms, p95 %.1f ms (CPU median %.1f ms, p95 %.1f ms)%n",
                percentile(r4jMs, 0.5), percentile(r4jMs, 0.95), percentile(r4jCpuMs, 0.5), percentile(r4jCpuMs, 0.95));
        out.println("predictions: " + target.resolve("ours.json") + ", " + target.resolve("readability4j.json"));
    }

    private record Input(String html, String url) {
    }

    private static List<String> run(List<WebPages.Page> pages, List<String> html, Function<Input, String> f) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) out.add(f.apply(new Input(html.get(i), pages.get(i).url())));
        return out;
    }

    static ShingleScore score(List<WebPages.Page> pages, List<String> predicted, String half) {
        ShingleScore s = new ShingleScore();
        for (int i = 0; i < pages.size(); i++) {
            WebPages.Page p = pages.get(i);
            if (half.equals("tune") && !p.tune() || half.equals("held-out") && p.tune()) continue;
            s.add(p.truth(), predicted.get(i));
        }
        return s;
    }

    private static void write(Path file, List<WebPages.Page> pages, List<String> texts) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        for (int i = 0; i < pages.size(); i++) root.putObject(pages.get(i).id()).put("articleBody", texts.get(i));
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    private static double percentile(double[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
