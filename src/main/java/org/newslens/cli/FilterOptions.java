package org.newslens.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newslens.model.ActorRef;
import org.newslens.model.ArticleFilter;
import org.newslens.store.ActorStore;
import picocli.CommandLine.Option;

/** The article filter's options, shared by list and timeline. */
final class FilterOptions {
    @Option(names = "--person", paramLabel = "NAME", description = "Articles mentioning this person (name, alias, surname or id); repeatable.")
    List<String> persons = new ArrayList<>();

    @Option(names = "--any", description = "With several --person: articles mentioning any of them (default: all).")
    boolean any;

    @Option(names = "--query", paramLabel = "TEXT", description = "Full-text search in titles and bodies.")
    String query;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before this day.")
    LocalDate to;

    @Option(names = "--unread", description = "Only unread articles.")
    boolean unread;

    @Option(names = "--starred", description = "Only starred articles.")
    boolean starred;

    boolean isSet() {
        return !persons.isEmpty() || query != null || from != null || to != null || unread || starred;
    }

    ArticleFilter toFilter(ActorStore actors) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        List<Long> ids = new ArrayList<>();
        for (String name : persons) {
            ids.add(resolve(actors, name).id());
        }
        return new ArticleFilter(ids, any, query, from, to, unread, starred);
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
