package org.newslens.cli;

import java.util.ArrayList;
import java.util.List;
import org.newslens.model.ActorRef;
import org.newslens.model.ArticleFilter;
import org.newslens.store.ActorStore;
import org.newslens.store.FeedStore;
import picocli.CommandLine.Option;

/** The article filter's options, shared by list and timeline: the {@link FilterVocabulary} and {@code --any}. */
final class FilterOptions extends FilterVocabulary {
    @Option(names = "--any", description = "With several --person: articles mentioning any of them (default: all).")
    boolean any;

    @Option(names = "--unread", description = "Only unread articles.")
    boolean unread;

    @Option(names = "--starred", description = "Only starred articles.")
    boolean starred;

    @Option(names = "--feed", paramLabel = "ID", description = "Only the items of this feed (see: newslens feeds list).")
    Long feed;

    @Override
    boolean isSet() {
        return super.isSet() || unread || starred || feed != null;
    }

    ArticleFilter toFilter(ActorStore actors, FeedStore feeds) {
        if (feed != null && feeds.find(feed).isEmpty()) {
            throw new IllegalArgumentException("no feed #" + feed + " (see: newslens feeds list)");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        List<Long> ids = new ArrayList<>();
        for (String name : persons) {
            ids.add(resolve(actors, name).id());
        }
        return new ArticleFilter(ids, any, query, from, to, unread, starred, feed, null);
    }

    /** One actor for a name: people first; several people of that name is an error that lists them. */
    static ActorRef resolve(ActorStore actors, String name) {
        List<ActorRef> found = actors.lookup(name);
        List<ActorRef> people = found.stream().filter(a -> a.type().equals("PERSON")).toList();
        List<ActorRef> pick = people.isEmpty() ? found : people;
        if (pick.isEmpty()) {
            throw new IllegalArgumentException("no person called '" + name + "' in this library (see: newslens actors --type person)");
        }
        if (pick.size() > 1) {
            StringBuilder sb = new StringBuilder("'" + name + "' matches several people; use the full name or an id:");
            pick.forEach(a -> sb.append(" #").append(a.id()).append(' ').append(a.name()));
            throw new IllegalArgumentException(sb.toString());
        }
        return pick.get(0);
    }
}
