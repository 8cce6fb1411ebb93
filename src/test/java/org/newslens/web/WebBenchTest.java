package org.newslens.web;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newslens.web.bench.ShingleScore;
import org.newslens.web.bench.WebPages;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the extractor over the shared webbench (121 real pages with hand-made article text) and
 * asserts a floor just under the F1 measured by {@code WebBench}, so that a change that loses
 * quality fails the build.
 */
class WebBenchTest {
    /** Measured 0.984 on all 121 pages (README, "Web pages: how the article is found"); the floor is 0.01 under. */
    static final double F1_FLOOR = 0.974;

    @Test
    void clearsTheQualityFloor() throws Exception {
        Path dir = WebPages.dir();
        Assumptions.assumeTrue(WebPages.present(dir),
                "webbench not found at " + dir.toAbsolutePath() + " (set -Dnewslens.webbench.dir); skipping");
        List<WebPages.Page> pages = WebPages.load(dir);
        ShingleScore score = new ShingleScore();
        for (WebPages.Page p : pages) score.add(p.truth(), PageExtractor.extract(p.html(), p.url()).text());
        assertTrue(pages.size() >= 100, "only " + pages.size() + " pages in " + dir);
        assertTrue(score.f1() >= F1_FLOOR, "webbench " + score);
    }
}
