package org.newslens.store.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntConsumer;
import org.newslens.extract.ActorType;
import org.newslens.extract.ExtractedActor;
import org.newslens.extract.ExtractedDate;
import org.newslens.extract.Extraction;
import org.newslens.extract.Span;
import org.newslens.model.ArticleFilter;
import org.newslens.model.NewArticle;
import org.newslens.store.ActorStore;
import org.newslens.store.ArticleSearch;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.store.ExtractionStore;
import org.newslens.store.FeedStore;
import org.newslens.store.ReadingStore;

/**
 * Generates a large library (default 100,000 articles; never committed) with Zipf-distributed
 * actors, words and dates, then times the app's own store code: one-person filter, two-person AND,
 * full-text search, and opening an article with its sidebar. Prints p50/p95 and, as a baseline run
 * in the same process, the one-person filter written the naive way (join, then sort).
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.newslens.store.bench.LibraryBenchmark [-Dexec.args="100000 /tmp/bench-lib"]</pre>
 */
public final class LibraryBenchmark {
    private static final String[] WORDS = ("government minister talks election market shares company bank oil price trade deal "
            + "war ceasefire president court ruling police protest economy inflation growth report quarter profit loss "
            + "airline aircraft order factory workers union strike climate summit energy gas pipeline border security "
            + "army attack vote parliament budget tax health hospital school university research science technology "
            + "software phone launch investors lawsuit trademark merger bankruptcy rescue plan jobs cuts").split(" ");
    private static final String[] FIRST = "Anna Boris Carla David Elena Farid Grace Hiro Ines Jonas Karim Lena Marco Nadia Omar Paula Quinn Rosa Sven Tara".split(" ");
    private static final String[] LAST = "Abbott Bauer Costa Dubois Eriksen Fischer Garcia Horvat Ivanov Jensen Kowalski Larsen Moreau Novak Olsen Petrov Quist Rossi Schmidt Tanaka Ueda Varga Weber Xu Yilmaz Zhang".split(" ");

    private LibraryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("newslens-bench");
        try (Database db = Database.open(dir)) {
            int have = new ArticleStore(db).count();
            if (have < n) {
                long t0 = System.nanoTime();
                generate(db, have, n);
                System.out.printf(Locale.ROOT, "generated %,d articles in %.1f s at %s%n", n - have, (System.nanoTime() - t0) / 1e9, dir);
            }
            run(db, n);
        }
    }

    /** Zipf-like pick in [0, size): small indexes are much more frequent. */
    static int zipf(Random r, int size) {
        return (int) Math.min(size - 1, Math.floor(Math.pow(size + 1.0, r.nextDouble()) - 1));
    }

    static String person(int i) {
        return FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length] + (i >= FIRST.length * LAST.length ? " " + (char) ('A' + i / (FIRST.length * LAST.length)) + "." : "");
    }

    private static void generate(Database db, int from, int to) {
        Random r = new Random(42 + from);
        int batch = 1000;
        for (int start = from; start < to; start += batch) {
            int end = Math.min(to, start + batch);
            int s = start;
            db.write(c -> {
                for (int i = s; i < end; i++) {
                    LocalDate day = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(3650));
                    StringBuilder body = new StringBuilder();
                    List<ExtractedActor> actors = new ArrayList<>();
                    int people = 2 + r.nextInt(6);
                    java.util.Set<Integer> seen = new java.util.HashSet<>();
                    for (int p = 0; p < people; p++) {
                        int who = zipf(r, 5000);
                        if (!seen.add(who)) {
                            continue;
                        }
                        String name = person(who);
                        int at = body.length();
                        body.append(name).append(" said ");
                        sentence(r, body);
                        actors.add(new ExtractedActor(name, ActorType.PERSON, List.of(), List.of(), List.of(new Span(at, at + name.length(), name))));
                    }
                    for (int o = 0; o < 2; o++) {
                        String org = "Org " + zipf(r, 1000);
                        int at = body.length();
                        body.append(org).append(" reported ");
                        sentence(r, body);
                        if (actors.stream().noneMatch(a -> a.name().equals(org))) {
                            actors.add(new ExtractedActor(org, ActorType.ORGANIZATION, List.of(), List.of(), List.of(new Span(at, at + org.length(), org))));
                        }
                    }
                    List<ExtractedDate> dates = new ArrayList<>();
                    for (int d = 0; d < 3; d++) {
                        int at = body.length();
                        body.append("On Monday ");
                        int sentenceEnd = body.length();
                        sentence(r, body);
                        dates.add(new ExtractedDate("Monday", day.minusDays(1 + r.nextInt(7)).toString(), "DATE", at + 3, at + 9,
                                "", at, sentenceEnd, List.of(actors.get(0).name())));
                    }
                    String text = body.toString();
                    long id = ArticleStore.insert(c, new NewArticle("Article " + i, "bench", day, text), "bench-" + i, false, null, Instant.now());
                    ExtractionStore.save(c, id, text, new Extraction(day, false, actors, dates, List.of()), "bench");
                }
                return null;
            });
        }
    }

    /** The head of English text: function words, which nobody searches for but every article has. */
    private static final String[] FUNCTION = ("the of and to a in that said is for on was with he it as at by from his be "
            + "have has an are they which not this but had were been their who will would its more than also after one "
            + "new two up about over into year could people other all there when last some so")
            .split(" ");

    /**
     * A news-sized vocabulary in Zipf order: function words, then 200 made-up filler words, then the
     * content words above (so that a typical search term is in a few percent of articles), then 30,000
     * rarer made-up words.
     */
    static final String[] VOCABULARY = vocabulary();

    private static String[] vocabulary() {
        String[] syllables = "ba ko ri tan mel vos ur lin de sa pro gen tor mi ka nel dra fi zu".split(" ");
        int head = FUNCTION.length + 200;
        String[] v = new String[head + WORDS.length + 30_000];
        System.arraycopy(FUNCTION, 0, v, 0, FUNCTION.length);
        System.arraycopy(WORDS, 0, v, head, WORDS.length);
        Random r = new Random(1);
        for (int i = FUNCTION.length; i < v.length; i++) {
            if (i >= head && i < head + WORDS.length) {
                continue;
            }
            StringBuilder w = new StringBuilder();
            int n = 2 + r.nextInt(3);
            for (int k = 0; k < n; k++) {
                w.append(syllables[r.nextInt(syllables.length)]);
            }
            v[i] = w.append(i).toString();
        }
        return v;
    }

    private static void sentence(Random r, StringBuilder sb) {
        int len = 12 + r.nextInt(20);
        for (int w = 0; w < len; w++) {
            sb.append(VOCABULARY[zipf(r, VOCABULARY.length)]).append(w == len - 1 ? ". " : " ");
        }
    }

    private static void run(Database db, int n) {
        ArticleSearch search = new ArticleSearch(db);
        ActorStore actors = new ActorStore(db);
        Random r = new Random(7);
        long frequent = actors.lookup(person(0)).get(0).id();
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            List<org.newslens.model.ActorRef> found = actors.lookup(person(zipf(r, 5000)));
            if (!found.isEmpty()) {
                people.add(found.get(0).id());
            }
        }
        System.out.printf(Locale.ROOT, "library: %,d articles; most frequent person in %,d of them%n", n,
                search.search(ArticleFilter.none().withActors(List.of(frequent), false), 1, 0).total());
        System.out.println("plan, one person: " + search.explain(ArticleFilter.none().withActors(List.of(frequent), false)).replace('\n', ';'));

        double[] naive = time(200, i -> naiveOnePerson(db, people.get(i % people.size())));
        double[] one = time(200, i -> search.search(ArticleFilter.none().withActors(List.of(people.get(i % people.size())), false), 50, 0));
        double[] two = time(200, i -> search.search(ArticleFilter.none().withActors(
                List.of(frequent, people.get(i % people.size())), false), 50, 0));
        // Search terms as people type them: content words of middling frequency, single and paired, plus common ones.
        List<String> queries = new ArrayList<>(List.of("ceasefire", "bank profit", "\"oil price\"", "airline strike", "merger"));
        for (int i = 0; i < 20; i++) {
            queries.add(VOCABULARY[FUNCTION.length + 200 + WORDS.length + r.nextInt(3000)]);
        }
        double[] fts = time(200, i -> search.search(ArticleFilter.none().withQuery(queries.get(i % queries.size())), 50, 0));
        double[] said = time(20, i -> search.search(ArticleFilter.none().withQuery("said"), 50, 0));
        ArticleStore store = new ArticleStore(db);
        ExtractionStore extraction = new ExtractionStore(db);
        double[] open = time(200, i -> {
            long id = 1 + r.nextInt(n);
            store.find(id);
            extraction.load(id);
        });
        double[][] readingFigures = reading(db, actors, search, frequent, people, r);
        report("one-person filter, naive (baseline)", naive, Double.NaN);
        report("one-person filter (first page + total)", one, 10);
        report("two-person AND (first page + total)", two, 10);
        report("full-text query (first page + total)", fts, 20);
        report("open article with its sidebar", open, 50);
        report("full-text, a word in every article (\"said\")", said, Double.NaN);
        System.out.printf(Locale.ROOT, "one-person filter speed-up over the naive query: %.0fx (p50), %.0fx (p95)%n",
                naive[0] / one[0], naive[1] / one[1]);
        report("unread (first page + total)", readingFigures[0], 10);
        report("starred (first page + total)", readingFigures[1], 10);
        report("unread mentioning a watched person", readingFigures[2], 10);
        report("sources pane counts (10 watched)", readingFigures[3], 20);
        report("mark one article read, then unread", readingFigures[4], Double.NaN);
        double[][] feedFigures = feeds(db, search, n);
        report("a big feed (a third of the library)", feedFigures[0], 10);
        report("a small feed (1 in 500 articles)", feedFigures[1], Double.NaN);
        report("a folder of both", feedFigures[2], Double.NaN);
        report("a big feed, unread only", feedFigures[3], 10);
        report("the pane's feed counts (listings + folders)", feedFigures[4], Double.NaN);
    }

    /**
     * The sources pane's feeds: once, a big feed (every third article) and a small one (every 500th)
     * in one folder; then each one's list, the folder's, and the per-feed and per-folder counts.
     */
    private static double[][] feeds(Database db, ArticleSearch search, int n) {
        FeedStore store = new FeedStore(db);
        if (store.feeds().isEmpty()) {
            long t0 = System.nanoTime();
            java.time.Instant now = java.time.Instant.parse("2025-01-01T00:00:00Z");
            db.write(c -> {
                long folder = FeedStore.folder(c, "News", null);
                long big = FeedStore.add(c, "http://127.0.0.1/big", "Big", null, folder, now).id();
                long small = FeedStore.add(c, "http://127.0.0.1/small", "Small", null, folder, now).id();
                for (int id = 1; id <= n; id++) {
                    if (id % 3 == 0) FeedStore.insertItem(c, big, "b" + id, null, id, now);
                    if (id % 500 == 0) FeedStore.insertItem(c, small, "s" + id, null, id, now);
                }
                return null;
            });
            System.out.printf(Locale.ROOT, "feeds: %,d + %,d items stored in %.1f s%n", n / 3, n / 500, (System.nanoTime() - t0) / 1e9);
        }
        List<FeedStore.Feed> fs = store.feeds();
        long big = fs.stream().filter(f -> f.title().equals("Big")).findFirst().orElseThrow().id();
        long small = fs.stream().filter(f -> f.title().equals("Small")).findFirst().orElseThrow().id();
        long folder = store.folders().get(0).id();
        System.out.println("plan, one feed: " + search.explain(ArticleFilter.none().withFeed(big)).replace('\n', ';'));
        double[] bigFeed = time(100, i -> search.search(ArticleFilter.none().withFeed(big), 50, 0));
        double[] smallFeed = time(20, i -> search.search(ArticleFilter.none().withFeed(small), 50, 0));
        double[] inFolder = time(20, i -> search.search(ArticleFilter.none().withFolder(folder), 50, 0));
        double[] bigUnread = time(100, i -> search.search(ArticleFilter.none().withFeed(big).withUnreadOnly(true), 50, 0));
        double[] counts = time(20, i -> {
            store.listings();
            store.folderCounts();
        });
        return new double[][] {bigFeed, smallFeed, inFolder, bigUnread, counts};
    }

    /**
     * The reading state: once, 80 % of the articles are marked read, 1 % starred and 10 people
     * watched (the most frequent and nine drawn by frequency); then the unread and starred lists, the
     * unread articles of a watched person, the sources pane's counts and a mark read/unread.
     */
    private static double[][] reading(Database db, ActorStore actors, ArticleSearch search, long frequent, List<Long> people, Random r) {
        ReadingStore reading = new ReadingStore(db);
        if (reading.counts().unread() == new ArticleStore(db).count()) {
            long t0 = System.nanoTime();
            db.write(c -> {
                try (var s = c.createStatement()) {
                    s.executeUpdate("UPDATE article SET read_at = '2025-01-01T00:00:00Z' WHERE id % 5 <> 0");
                    s.executeUpdate("UPDATE article SET starred = 1 WHERE id % 97 = 0");
                }
                return null;
            });
            System.out.printf(Locale.ROOT, "marked 80 %% read and 1 %% starred in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        List<Long> watched = new ArrayList<>(List.of(frequent));
        for (int i = 0; watched.size() < 10 && i < people.size(); i++) {
            if (!watched.contains(people.get(i))) {
                watched.add(people.get(i));
            }
        }
        watched.forEach(id -> actors.setWatched(id, true));
        var counts = reading.counts();
        System.out.printf(Locale.ROOT, "reading state: %,d unread, %,d starred; the most frequent watched person in %,d unread%n",
                counts.unread(), counts.starred(), reading.unreadMentioning(frequent));
        System.out.println("plan, unread of a person: " + search.explain(ArticleFilter.none().withUnreadOnly(true)
                .withActors(List.of(frequent), false)).replace('\n', ';'));
        double[] unread = time(200, i -> search.search(ArticleFilter.none().withUnreadOnly(true), 50, 0));
        double[] starred = time(200, i -> search.search(ArticleFilter.none().withStarredOnly(true), 50, 0));
        double[] person = time(200, i -> search.search(ArticleFilter.none().withUnreadOnly(true)
                .withActors(List.of(watched.get(i % watched.size())), false), 50, 0));
        double[] pane = time(200, i -> reading.counts());
        int n = new ArticleStore(db).count();
        double[] mark = time(100, i -> {
            long id = 1 + r.nextInt(n);
            reading.setRead(id, true);
            reading.setRead(id, false);
        });
        return new double[][] {unread, starred, person, pane, mark};
    }

    /** The same question written without the index-friendly plan: join, then sort every match. */
    private static void naiveOnePerson(Database db, long actorId) {
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.title FROM article a JOIN mention m ON m.article_id = a.id "
                    + "WHERE m.actor_id = ? GROUP BY a.id ORDER BY a.published DESC, a.id DESC LIMIT 50")) {
                ps.setLong(1, actorId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                    }
                }
            }
            return null;
        });
    }

    /** Runs {@code op} 20 times to warm up, then {@code runs} times; returns {p50, p95} in ms. */
    private static double[] time(int runs, IntConsumer op) {
        for (int i = 0; i < 20; i++) {
            op.accept(i);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            op.accept(i);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1]};
    }

    private static void report(String what, double[] p, double targetP95) {
        System.out.printf(Locale.ROOT, "%-42s p50 %7.2f ms   p95 %7.2f ms%s%n", what, p[0], p[1],
                Double.isNaN(targetP95) ? "" : String.format(Locale.ROOT, "   (target p95 ≤ %.0f ms: %s)", targetP95, p[1] <= targetP95 ? "met" : "NOT met"));
    }
}
