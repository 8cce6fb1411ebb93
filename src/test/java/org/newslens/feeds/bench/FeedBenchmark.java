package org.newslens.feeds.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.newslens.feeds.FeedRefresher;
import org.newslens.feeds.FeedServer;
import org.newslens.feeds.JdkTestFetcher;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.store.FeedStore;
import org.newslens.task.TaskContext;

/**
 * Not a test: refreshes 200 feeds of 20 items served on 127.0.0.1, half of them answering 304 (they send an
 * ETag), the other half changing their document every round (so they are fetched and parsed in full).
 * Prints the seconds per refresh of all 200 (fetch + parse + store of new items; no NLP).
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.newslens.feeds.bench.FeedBenchmark</pre>
 */
public final class FeedBenchmark {
    public static void main(String[] args) throws Exception {
        int feeds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path dir = Files.createTempDirectory("newslens-feedbench");
        try (FeedServer server = new FeedServer(); Database db = Database.open(dir)) {
            FeedStore store = new FeedStore(db);
            for (int i = 0; i < feeds; i++) {
                boolean etag = i % 2 == 0;
                server.put("/f" + i, "application/rss+xml", FeedServer.rss("Feed " + i, server.url("/s" + i), 20, "r0-"), etag);
                store.add(server.url("/f" + i), null, null, null, java.time.Instant.now());
            }
            FeedRefresher refresher = new FeedRefresher(db, new JdkTestFetcher(), null, Clock.systemUTC(), 4);
            for (int round = 0; round < 4; round++) {
                if (round > 0) {
                    for (int i = 1; i < feeds; i += 2) { // the non-304 half publishes 5 new items each round
                        server.put("/f" + i, "application/rss+xml", FeedServer.rss("Feed " + i, server.url("/s" + i), 20 + 5 * round, "r0-"), false);
                    }
                }
                long t0 = System.nanoTime();
                FeedRefresher.Report r = refresher.refreshAll(false, TaskContext.none());
                double s = (System.nanoTime() - t0) / 1e9;
                long notModified = r.feeds().stream().filter(f -> f.status() == FeedRefresher.Status.NOT_MODIFIED).count();
                System.out.printf("round %d: %d feeds in %.2f s (%d answered 304, %d parsed, %d new articles, %d failed)%n",
                        round, r.feeds().size(), s, notModified, r.parsed(), r.newArticles(), r.failed());
            }
            System.out.printf("articles in the library: %d%n", new ArticleStore(db).count());
        }
    }
}
