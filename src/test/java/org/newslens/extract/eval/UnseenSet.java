package org.newslens.extract.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.newslens.extract.Extraction;
import org.newslens.extract.ExtractionJson;
import org.newslens.extract.NlpExtractor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The hand-made "unseen" articles (test resources {@code org/newslens/extract/unseen/u*.json}, built
 * by {@code build.py} there): written and annotated by hand after the dev set rules, to measure the
 * engine on text it was not tuned on. An article whose {@code dct} is null is extracted without a
 * publication date (the engine infers it, taking "today" from a fixed clock, {@link #WRITTEN}, so that
 * the score does not change with the calendar). Run: {@code mvn -q test-compile exec:java
 * -Dexec.mainClass=org.newslens.extract.eval.UnseenSet -Dexec.classpathScope=test} (-Dverbose lists errors).
 */
public final class UnseenSet {
    /** "Today" for published-date inference: the day the set was written. */
    public static final Clock WRITTEN = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    private UnseenSet() {}

    public static List<GoldSet.Article> load() {
        try {
            Path dir = Path.of(UnseenSet.class.getResource("/org/newslens/extract/unseen/u01.json").toURI()).getParent();
            ObjectMapper om = new ObjectMapper();
            List<GoldSet.Article> out = new ArrayList<>();
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(f -> f.getFileName().toString().matches("u\\d+\\.json")).sorted().toList()) {
                    String name = p.getFileName().toString();
                    out.add(new GoldSet.Article(name.substring(0, name.length() - 5), om.readTree(p.toFile())));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The score with "today" at {@link #WRITTEN}. */
    public static Scorer score() {
        return score(WRITTEN);
    }

    /** The score with "today" (for the articles without a publication date) read from {@code today}. */
    public static Scorer score(Clock today) {
        NlpExtractor engine = new NlpExtractor(today);
        Scorer s = new Scorer();
        for (GoldSet.Article a : load()) {
            String dct = a.dct();
            Extraction e = engine.extract(a.text(), dct == null || dct.isEmpty() || dct.equals("null") ? null : LocalDate.parse(dct));
            s.add(a.id(), a.gold(), ExtractionJson.toJson(a.title(), e));
        }
        return s;
    }

    public static void main(String[] args) {
        Scorer s = score();
        System.out.println("unseen (" + load().size() + " hand-made articles): " + s.summary());
        if (System.getProperty("verbose") != null) s.errors.forEach(l -> System.out.println("  " + l));
    }
}
