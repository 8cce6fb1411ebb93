package org.newslens.extract.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.newslens.extract.Extraction;
import org.newslens.extract.ExtractionJson;
import org.newslens.extract.ExtractorVersion;
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

    /** The first hand-made set: 17 articles of many kinds ({@code unseen/u*.json}). */
    public static final String MIXED = "unseen";
    /** 14 news-wire stories written for the date engine (1989-2000 wire copy, 2013 news; {@code unseen-wire/w*.json}). */
    public static final String WIRE_DATES = "unseen-wire";
    /** 24 news-wire stories written for actors and quotes ({@code unseen-wire-actors/w*.json}). */
    public static final String WIRE_ACTORS = "unseen-wire-actors";
    /** 20 held-out news stories of 2013 in the style of the TempEval-3 test set, never tuned on ({@code unseen-tempeval/t*.json}). */
    public static final String TEMPEVAL = "unseen-tempeval";
    /**
     * 20 made-up Wikinews-style articles of 2005-2013, a held-out set nobody tunes on: scored (summary only,
     * errors not inspected) before and after engine changes ({@code unseen-heldwiki/h*.json}).
     */
    public static final String HELD_WIKI = "unseen-heldwiki";
    /**
     * 20 made-up news-wire stories of 1989-2000 in AP style, a held-out set nobody tunes on: scored (summary only,
     * errors not inspected) before and after engine changes ({@code unseen-heldwire/v*.json}).
     */
    public static final String HELD_WIRE = "unseen-heldwire";
    /** Made-up Wikinews-style articles (2005-2013) written for actors and quotes ({@code unseen-wiki-actors/a*.json}). */
    public static final String WIKI_ACTORS = "unseen-wiki-actors";
    /**
     * 25 made-up articles rich in people (Wikinews 2005-2013, AP wire 1989-2000, a 2013 broadcaster): foreign names of
     * many origins, lists, titles and roles, reporters, names that are common words ({@code unseen-people/p*.json}).
     */
    public static final String PEOPLE = "unseen-people";
    /**
     * 6 more made-up articles rich in people (Wikinews 2005-2013, AP wire 1989-2000, a 2013 broadcaster): Chinese,
     * Arabic, Spanish, Dutch and Korean names, lists, roles, reporters ({@code unseen-people2/q*.json}).
     */
    public static final String PEOPLE2 = "unseen-people2";
    /**
     * 20 made-up news stories of 1989-2000 as hard as real wire (helper wire2, for persons, dates and attribution):
     * 7 WSJ-style business stories and an AP story of 1989, 7 AP/Reuters stories and 5 broadcast transcripts of 1998
     * ({@code unseen-wire2/n*.json}). First score (engine nlp-8856b829fd383e18):
     * person F1 .995, date F1 .925, quote F1 1.000, attribution F1 .964.
     */
    public static final String WIRE2 = "unseen-wire2";

    /**
     * 20 made-up articles in the style of real Wikinews 2005-2013 (sports line-ups and results, disasters with
     * victims, elections, obituaries, trials; lists, foreign names, first-name-only relatives, possessives), written by
     * the actors5 helper for person recall on Wikinews; first score (engine nlp-8856b829fd383e18) person F1 .969 (R .958), attribution F1 .894 (one gold fix after it: w11 "Serena", the fullest form written) ({@code unseen-wikipeople/w*.json}).
     */
    public static final String WIKI_PEOPLE = "unseen-wikipeople";
    /** 20 Wikinews-style articles written for the date engine (2005-2013 business, aviation, autos, markets; {@code unseen-wiki/k*.json}). */
    public static final String WIKI_DATES = "unseen-wiki";
    /**
     * 10 made-up news stories written for the date engine's third revision: 4 in the style of 2013 wire news
     * (TempEval-3), 3 Wikinews-style business stories of 2005-2013, 3 AP wire stories of 1989-2000
     * ({@code unseen-mixed/m*.json}).
     */
    public static final String MIXED_DATES = "unseen-mixed";
    /**
     * 20 made-up Wikinews-style articles (2005-2013) written by the dates4 helper for the date engine's fourth revision,
     * as hard as real news (digressions to past years, weekdays in reported speech, anaphoric days, seasons, fiscal
     * quarters, match periods, numbers that look like years; {@code unseen-wikidates/d*.json}); first score (engine
     * nlp-8856b829fd383e18, before any change): date P/R/F1 .894/.908/.901.
     */
    public static final String WIKI_DATES2 = "unseen-wikidates";
    /**
     * 12 made-up articles written by the dates5 helper for the date engine's sixth revision: 6 in the style of 2013
     * wire and broadcaster news (TempEval-3 test set topics), 6 Wikinews-style of 2005-2013 (past scenes, "that
     * afternoon", "through the night", "overnight", "ten years ago this month", weekends, ranges;
     * {@code unseen-news13/t*.json}); first score (engine nlp-d2d05106ad7a000e, before any change): date P/R/F1 .906/.898/.902.
     */
    public static final String NEWS13 = "unseen-news13";
    /**
     * 10 made-up articles (Wikinews 2005-2013, AP wire 1989-2000, 2013 broadcaster) rich in people who share a surname
     * (spouses, siblings, parents and children, Jr./Sr., namesakes) and gendered honorifics, written by the actors6 helper
     * for same-surname resolution; first score (engine nlp-d2d05106ad7a000e) person F1 .990, date F1 .984, quote F1 1.000,
     * attribution F1 .957 ({@code unseen-families/f*.json}).
     */
    public static final String FAMILIES = "unseen-families";
    /**
     * 17 made-up, quote-rich articles (Wikinews 2005-2013, news-wire 1989-2000, 2013 broadcaster) with the hard cases of
     * quote attribution (speakers named a sentence before, run-on and split quotes, colon quotes, "according to", long
     * appositions, pronouns among two people, role and organisation back-references, acronyms, Q&A, a quote before its
     * speaker), written by the quotes4 helper; first score (engine nlp-7414c83c85d97b55, before any change) person F1 .983,
     * date F1 .962, quote F1 .996, attribution F1 .906 (exact speaker .900) ({@code unseen-quotes/q*.json}).
     */
    public static final String QUOTES = "unseen-quotes";
    /**
     * 17 made-up articles of international news (news wire 1989-2000, Wikinews 2005-2013, 2013 broadcaster) rich in names
     * from many naming traditions (Arabic variant spellings and articles, Sheikh as title and as name, Burmese U/Daw, Thai
     * first names, family-name-first, Spanish double surnames, Indonesian single names, Russian patronymics, particles,
     * O'/Mac), titles, bylines, lists and organisations speaking through spokesmen, written by the actors7 helper; first
     * score (engine nlp-7414c83c85d97b55) person F1 .941, date F1 .982, quote F1 .991, attribution F1 .897
     * ({@code unseen-world/g*.json}).
     */
    public static final String WORLD = "unseen-world";
    /**
     * 18 made-up Wikinews-style articles (2005-2013: politics, courts, disasters, sport, science, business, elections,
     * several with long backstory paragraphs), written by the dates7 helper around the date layer's known weak spots
     * (past scenes continued with no new date, a day in a participial clause, a bare clock time after another event's
     * day, a digression into the previous year, "March 31 this year", would-clauses, fiscal periods, ranges, ages);
     * first score (engine nlp-7414c83c85d97b55, before any change): date P/R/F1 .941/.945/.943, HeidelTime + our layer
     * .982/.945/.963, raw HeidelTime .875/.804/.838 ({@code unseen-wikidates3/e*.json}).
     */
    public static final String WIKI_DATES3 = "unseen-wikidates3";

    public static List<GoldSet.Article> load() {
        return load(MIXED);
    }

    /** The gold articles of the test-resource folder {@code org/newslens/extract/<folder>/} (one letter + digits + .json). */
    public static List<GoldSet.Article> load(String folder) {
        try {
            Path dir = Path.of(UnseenSet.class.getResource("/org/newslens/extract/" + folder + "/build.py").toURI()).getParent();
            ObjectMapper om = new ObjectMapper();
            List<GoldSet.Article> out = new ArrayList<>();
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(f -> f.getFileName().toString().matches("[a-z]\\d+\\.json")).sorted().toList()) {
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
        return score(MIXED, today);
    }

    /** The score of the set in {@code folder} with "today" read from {@code today}. */
    public static Scorer score(String folder, Clock today) {
        NlpExtractor engine = new NlpExtractor(today);
        Scorer s = new Scorer();
        String only = System.getProperty("newslens.unseen.ids", ".*");
        for (GoldSet.Article a : load(folder)) {
            if (!a.id().matches(only)) continue;
            String dct = a.dct();
            Extraction e = engine.extract(a.text(), dct == null || dct.isEmpty() || dct.equals("null") ? null : LocalDate.parse(dct));
            s.add(a.id(), a.gold(), ExtractionJson.toJson(a.title(), e));
        }
        return s;
    }

    /**
     * Scores the set named by {@code -Dnewslens.unseen} (default {@code unseen}; {@code unseen-wire} or
     * {@code unseen-wire-actors} for the wire sets, {@code unseen-tempeval} for the TempEval-3-style set, {@code unseen-heldwiki} for the held-out Wikinews-style set, {@code unseen-heldwire} for the held-out news-wire set, {@code unseen-wiki-actors} for the Wikinews-style actor set, {@code unseen-wiki} for the Wikinews-style date set, {@code unseen-mixed} for the mixed date set, {@code unseen-wikipeople} for the Wikinews people set); {@code -Dnewslens.unseen.ids=REGEX} keeps only the articles whose id matches (one batch).
     */
    public static void main(String[] args) {
        String folder = System.getProperty("newslens.unseen", "unseen");
        Scorer s = score(folder, WRITTEN);
        String only = System.getProperty("newslens.unseen.ids", ".*");
        long n = load(folder).stream().filter(a -> a.id().matches(only)).count();
        System.out.println(folder + " (" + n + " hand-made articles, engine " + ExtractorVersion.get() + "): " + s.summary());
        if (System.getProperty("verbose") != null) s.errors.forEach(l -> System.out.println("  " + l));
        if (System.getProperty("strict") != null) {
            System.out.printf(java.util.Locale.ROOT, "exact speaker on found quotes: %.3f%n", s.strictSpeakerShare());
            s.strictSpeakerErrors.forEach(l -> System.out.println("  " + l));
        }
        if (System.getProperty("anchors") != null) anchors(folder, only);
    }

    /**
     * {@code -Danchors}: the date anchors of {@link Evaluation} on a hand-made set, HeidelTime's expressions under our
     * date layer ({@code LayeredDates}) beside the engine's own (SUTime + our layer, the summary above). Needs -Peval.
     */
    private static void anchors(String folder, String only) {
        try {
            ObjectMapper om = new ObjectMapper();
            DateBaseline h = (DateBaseline) Class.forName("org.newslens.extract.eval.HeidelTimeBaseline").getConstructor().newInstance();
            java.lang.reflect.Method layer = Class.forName("org.newslens.extract.LayeredDates")
                    .getMethod("layer", ObjectMapper.class, String.class, java.time.LocalDate.class, com.fasterxml.jackson.databind.JsonNode.class);
            Scorer raw = new Scorer(), layered = new Scorer();
            for (GoldSet.Article a : load(folder)) {
                if (!a.id().matches(only) || a.dct() == null) continue;
                com.fasterxml.jackson.databind.node.ObjectNode tagged = h.extract(om, a.text(), a.dct());
                raw.add(a.id(), a.gold(), tagged);
                layered.add(a.id(), a.gold(), (com.fasterxml.jackson.databind.node.ObjectNode) layer.invoke(null, om, a.text(),
                        java.time.LocalDate.parse(a.dct()), h.extract(om, a.text(), a.dct())));
            }
            double[] d = raw.dates();
            System.out.printf(java.util.Locale.ROOT, "raw HeidelTime 2.2.1 (NEWS, no POS): date P/R/F1 %.3f/%.3f/%.3f%n", d[0], d[1], d[2]);
            d = layered.dates();
            System.out.printf(java.util.Locale.ROOT, "HeidelTime + our date layer:          date P/R/F1 %.3f/%.3f/%.3f%n", d[0], d[1], d[2]);
        } catch (ClassNotFoundException e) {
            System.out.println("anchors: HeidelTime is not on the class path (run with -Peval)");
        } catch (Exception e) {
            throw new IllegalStateException("anchors: " + e, e);
        }
    }
}
