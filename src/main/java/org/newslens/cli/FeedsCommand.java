package org.newslens.cli;

import org.newslens.model.FullPage;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import org.newslens.feeds.FeedException;
import org.newslens.feeds.FeedRefresher;
import org.newslens.feeds.FeedUrls;
import org.newslens.feeds.Subscriptions;
import org.newslens.net.FetchException;
import org.newslens.store.Database;
import org.newslens.store.FeedStore;
import org.newslens.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "feeds", description = "Subscribe to feeds, list, refresh, remove and export them (with no subcommand: list).",
        subcommands = {FeedsCommand.Add.class, FeedsCommand.ListFeeds.class, FeedsCommand.Refresh.class, FeedsCommand.Remove.class,
                FeedsCommand.Export.class, FeedsCommand.Set.class})
final class FeedsCommand extends LibraryCommand {
    @Override
    int run(Database db) {
        return ListFeeds.print(db, false, out());
    }

    static FeedRefresher refresher(Database db) {
        return new FeedRefresher(db, Network.fetcher(), ImportCommand.engine(), Clock.systemUTC(), 4);
    }

    /** A feeds subcommand: a {@link LibraryCommand} (an IllegalArgumentException is a one-line failure, exit 1) that reads feed ids. */
    abstract static class Sub extends LibraryCommand {
        /** The feed that {@code id} names, or a one-line failure. */
        static FeedStore.Feed feed(FeedStore store, String id) {
            long n = id(id);
            return store.find(n).orElseThrow(() -> new IllegalArgumentException("no feed #" + n + " (see: newslens feeds list)"));
        }

        static long id(String s) {
            try {
                return Long.parseLong(s.startsWith("#") ? s.substring(1) : s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a feed id: " + s + " (see: newslens feeds list)");
            }
        }
    }

    @Command(name = "add", description = "Subscribe to a feed, or to a site's feed (found from its page), and store its items.")
    static final class Add extends Sub {
        @Parameters(index = "0", paramLabel = "URL")
        String url;

        @Option(names = "--folder", paramLabel = "NAME", description = "Put the feed in this folder (A/B for a subfolder).")
        String folder;

        @Override
        int run(Database db) throws Exception {
            try {
                FeedRefresher.Subscription s = refresher(db).subscribe(FeedUrls.parseUserUrl(url), folder, TaskContext.none());
                if (s.alreadySubscribed()) {
                    out().println("already subscribed  #" + s.feed().id() + "  " + s.feed().displayTitle() + "  (" + s.feed().url() + ")");
                    return 0;
                }
                FeedRefresher.FeedResult r = s.firstRefresh();
                out().println("subscribed  #" + s.feed().id() + "  " + s.feed().displayTitle() + "  (" + s.feed().url() + ")");
                out().println(r.newArticles() + " new articles, " + r.duplicates() + " already in the library");
                r.itemFailures().forEach(f -> err().println("failed item  " + f));
                return 0;
            } catch (FetchException e) {
                err().println("newslens: cannot subscribe to " + url + ": " + e.reason());
                return 1;
            } catch (FeedException e) {
                err().println("newslens: cannot subscribe to " + url + ": " + e.reason());
                return 1;
            }
        }
    }

    @Command(name = "list", description = "List the feeds with their folder, item count and error state.")
    static final class ListFeeds extends Sub {
        @Option(names = "--json", description = "Print a JSON array.")
        boolean json;

        @Override
        int run(Database db) {
            return print(db, json, out());
        }

        static int print(Database db, boolean json, PrintWriter out) {
            List<FeedStore.Listing> list = new FeedStore(db).listings();
            if (json) {
                ArrayNode arr = Json.MAPPER.createArrayNode();
                for (FeedStore.Listing l : list) {
                    FeedStore.Feed f = l.feed();
                    ObjectNode o = arr.addObject().put("id", f.id()).put("title", f.displayTitle()).put("url", f.url())
                            .put("site_url", f.siteUrl()).put("folder", l.folderPath()).put("items", l.items())
                            .put("last_fetched", f.lastFetched() == null ? null : f.lastFetched().toString())
                            .put("next_fetch", f.nextFetch() == null ? null : f.nextFetch().toString())
                            .put("failures", f.failures()).put("error", f.lastError())
                            .put("full_page", f.fullPage().name().toLowerCase(java.util.Locale.ROOT));
                    if (f.refreshMinutes() == null) o.putNull("refresh_minutes");
                    else o.put("refresh_minutes", f.refreshMinutes());
                }
                out.println(Json.write(arr));
            } else if (list.isEmpty()) {
                out.println("no feeds (subscribe with: newslens feeds add URL)");
            } else {
                for (FeedStore.Listing l : list) {
                    FeedStore.Feed f = l.feed();
                    out.printf("%5d  %s%s  %d items%s%n", f.id(), l.folderPath() == null ? "" : l.folderPath() + " / ", f.displayTitle(),
                            l.items(), f.lastError() == null ? "" : "  [error: " + f.lastError() + "]");
                }
            }
            return 0;
        }
    }

    @Command(name = "refresh", description = "Fetch new items of one feed, or of every feed.")
    static final class Refresh extends Sub {
        @Parameters(index = "0", arity = "0..1", paramLabel = "ID")
        String id;

        @Override
        int run(Database db) {
            FeedRefresher r = refresher(db);
            FeedRefresher.Report report = id == null ? r.refreshAll(false, TaskContext.none()) : r.refreshOne(id(id), TaskContext.none());
            for (FeedRefresher.FeedResult f : report.feeds()) {
                switch (f.status()) {
                    case FAILED -> err().println("failed      #" + f.feedId() + "  " + f.title() + ": " + f.error());
                    case NOT_MODIFIED, UNCHANGED -> out().println("unchanged   #" + f.feedId() + "  " + f.title());
                    default -> out().println("refreshed   #" + f.feedId() + "  " + f.title() + ": " + f.newArticles() + " new, "
                            + f.duplicates() + " already in the library");
                }
                f.itemFailures().forEach(x -> err().println("failed item #" + f.feedId() + "  " + x));
            }
            out().println(report.headline());
            return report.failed() > 0 ? 1 : 0;
        }
    }

    @Command(name = "remove", description = "Unsubscribe from a feed; its articles stay in the library.")
    static final class Remove extends Sub {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        int run(Database db) {
            FeedStore store = new FeedStore(db);
            FeedStore.Feed f = feed(store, id);
            long n = f.id();
            store.remove(n);
            out().println("removed  #" + n + "  " + f.displayTitle() + " (its articles stay in the library)");
            return 0;
        }
    }

    @Command(name = "set", description = "Set a feed's refresh interval or when its items' pages are fetched.")
    static final class Set extends Sub {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--every", paramLabel = "MINUTES|default",
                description = "Refresh interval in minutes (at least 10), or 'default' (60).")
        String every;

        @Option(names = "--full-page", paramLabel = "automatic|always|never",
                description = "Fetch and clean the linked page: when an item has only a short summary, always, or never.")
        String fullPage;

        @Override
        int run(Database db) {
            FeedStore store = new FeedStore(db);
            FeedStore.Feed f = feed(store, id);
            long n = f.id();
            if (every == null && fullPage == null) throw new IllegalArgumentException("nothing to set: give --every or --full-page");
            if (every != null) {
                Integer minutes = null;
                if (!every.equalsIgnoreCase("default")) {
                    try {
                        minutes = Integer.parseInt(every.strip());
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--every takes minutes or 'default', not " + every);
                    }
                    if (minutes < 10) throw new IllegalArgumentException("--every: feeds are refreshed at most every 10 minutes");
                }
                store.setRefreshMinutes(n, minutes);
            }
            if (fullPage != null) {
                try {
                    store.setFullPage(n, FullPage.parse(fullPage));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--full-page takes automatic, always or never, not " + fullPage);
                }
            }
            FeedStore.Feed now = store.find(n).orElseThrow();
            out().println("#" + n + "  " + f.displayTitle() + ": every " + (now.refreshMinutes() == null ? "60 (default)" : now.refreshMinutes())
                    + " minutes, full pages " + now.fullPage().name().toLowerCase(java.util.Locale.ROOT));
            return 0;
        }
    }

    @Command(name = "export", description = "Write the subscriptions, with their folders, as OPML 2.0.")
    static final class Export extends Sub {
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.opml")
        Path output;

        @Option(names = "--force", description = "Overwrite an existing file.")
        boolean force;

        @Override
        int run(Database db) {
            if (Files.exists(output) && !force) {
                throw new IllegalArgumentException(output + " exists; add --force to overwrite it");
            }
            String opml = new Subscriptions(db, Clock.systemUTC()).exportOpml();
            Path abs = output.toAbsolutePath();
            try {
                Path tmp = Files.createTempFile(abs.getParent(), ".newslens-", ".opml");
                try {
                    Files.writeString(tmp, opml, StandardCharsets.UTF_8);
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot write " + output + ": " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage()));
            }
            out().println("Wrote " + output + " (" + new FeedStore(db).feeds().size() + " feeds)");
            return 0;
        }
    }
}
