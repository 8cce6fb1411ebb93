package org.newslens.feeds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newslens.store.Database;
import org.newslens.store.FeedStore;

/** OPML import and export of the subscription list. */
public final class Subscriptions {
    /** An OPML import: feeds newly subscribed, feeds already there, outlines without a usable address. */
    public record ImportResult(int added, int alreadySubscribed, int skipped, int folders) {
        public String headline() {
            return added + " feeds subscribed, " + alreadySubscribed + " already subscribed"
                    + (skipped > 0 ? ", " + skipped + " outlines without a feed address skipped" : "");
        }
    }

    private final Database db;
    private final Clock clock;

    public Subscriptions(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Subscribes to every feed of an OPML file, in its folders, in one transaction (a bad file changes
     * nothing). Nothing is fetched: the next refresh does.
     */
    public ImportResult importOpml(byte[] bytes) throws FeedException {
        Opml.Contents contents = Opml.read(bytes);
        return db.write(c -> {
            Map<List<String>, Long> folders = new HashMap<>();
            List<FeedStore.NewFeed> feeds = new java.util.ArrayList<>();
            for (Opml.Entry e : contents.entries()) {
                Long folder = null;
                if (!e.folders().isEmpty()) {
                    folder = folders.get(e.folders());
                    if (folder == null) {
                        folder = FeedStore.folderPath(c, e.folders());
                        folders.put(e.folders(), folder);
                    }
                }
                feeds.add(new FeedStore.NewFeed(e.xmlUrl(), e.title(), e.htmlUrl(), folder));
            }
            int added = FeedStore.addMany(c, feeds, clock.instant());
            return new ImportResult(added, feeds.size() - added, contents.skipped(), folders.size());
        });
    }

    public ImportResult importOpml(Path file) throws FeedException, IOException {
        long size = Files.size(file);
        if (size > 50L * 1024 * 1024) throw new FeedException("not imported: the OPML file is over 50 MB");
        return importOpml(Files.readAllBytes(file));
    }

    public String exportOpml() {
        FeedStore store = new FeedStore(db);
        return Opml.write(store.folders(), store.feeds(), clock.instant());
    }

    /** True for a file the import treats as OPML. */
    public static boolean isOpml(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".opml");
    }
}
