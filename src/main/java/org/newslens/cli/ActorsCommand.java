package org.newslens.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import org.newslens.model.ActorRef;
import org.newslens.store.ActorStore;
import org.newslens.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "actors", description = "List the library's actors with article counts, and correct them.",
        subcommands = {ActorsCommand.Rename.class, ActorsCommand.Merge.class, ActorsCommand.Hide.class, ActorsCommand.Unhide.class,
                ActorsCommand.Watch.class, ActorsCommand.Unwatch.class})
final class ActorsCommand extends LibraryCommand {
    enum Type { person, organization, location }

    @Option(names = "--type", description = "Only this type: ${COMPLETION-CANDIDATES}.")
    Type type;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Option(names = "--all", description = "Include hidden actors.")
    boolean all;

    @Override
    int run(Database db) {
        PrintWriter out = out();
        List<ActorRef> actors = new ActorStore(db).list(type == null ? null : type.name(), all);
        if (json) {
            ArrayNode arr = Json.MAPPER.createArrayNode();
            for (ActorRef a : actors) {
                arr.addObject().put("id", a.id()).put("name", a.name()).put("type", a.type())
                        .put("articles", a.articleCount()).put("hidden", a.hidden())
                        .put("watched", a.watched());
            }
            out.println(Json.write(arr));
        } else {
            for (ActorRef a : actors) {
                out.printf("%5d  %-12s %4d  %s%s%s%n", a.id(), a.type(), a.articleCount(), a.name(), a.hidden() ? "  (hidden)" : "",
                        a.watched() ? "  (watched)" : "");
            }
        }
        return 0;
    }

    /** Finds exactly one actor by id or name, or fails with a clear message. */
    static ActorRef one(ActorStore store, String nameOrId) {
        List<ActorRef> found = store.lookup(nameOrId);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no actor called '" + nameOrId + "' (see: newslens actors)");
        }
        if (found.size() > 1) {
            StringBuilder sb = new StringBuilder("'" + nameOrId + "' is ambiguous; give an id:");
            found.forEach(a -> sb.append(" #").append(a.id()).append(' ').append(a.name()).append(" (").append(a.type()).append(')'));
            throw new IllegalArgumentException(sb.toString());
        }
        return found.get(0);
    }

    abstract static class Correction extends LibraryCommand {
        /** The open library, while {@link #apply} runs. */
        Database db;

        abstract String apply(ActorStore store);

        @Override
        int run(Database db) {
            this.db = db;
            try {
                out().println(apply(new ActorStore(db)));
                return 0;
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ExecutionException(spec.commandLine(), e.getMessage(), e);
            }
        }
    }

    @Command(name = "rename", description = "Rename an actor (later imports follow).")
    static final class Rename extends Correction {
        @Parameters(index = "0", paramLabel = "ACTOR", description = "Id or name.")
        String actor;

        @Parameters(index = "1", paramLabel = "NEW_NAME")
        String newName;

        @Override
        String apply(ActorStore store) {
            ActorRef a = one(store, actor);
            store.rename(a.id(), newName);
            return "renamed #" + a.id() + " " + a.name() + " → " + newName.strip();
        }
    }

    @Command(name = "merge", description = "Merge the first actor into the second (later imports follow).")
    static final class Merge extends Correction {
        @Parameters(index = "0", paramLabel = "FROM")
        String from;

        @Parameters(index = "1", paramLabel = "INTO")
        String into;

        @Override
        String apply(ActorStore store) {
            ActorRef f = one(store, from);
            ActorRef t = one(store, into);
            store.merge(f.id(), t.id());
            return "merged #" + f.id() + " " + f.name() + " into #" + t.id() + " " + t.name();
        }
    }

    /** Hide and unhide: one actor's visibility. */
    abstract static class Visibility extends Correction {
        @Parameters(index = "0", paramLabel = "ACTOR")
        String actor;

        abstract boolean hidden();

        @Override
        String apply(ActorStore store) {
            ActorRef a = one(store, actor);
            store.setHidden(a.id(), hidden());
            return (hidden() ? "hid #" : "unhid #") + a.id() + " " + a.name();
        }
    }

    @Command(name = "hide", description = "Hide an actor from lists and the sidebar.")
    static final class Hide extends Visibility {
        @Override
        boolean hidden() {
            return true;
        }
    }

    @Command(name = "unhide", description = "Show a hidden actor again.")
    static final class Unhide extends Visibility {
        @Override
        boolean hidden() {
            return false;
        }
    }

    /** Watch and unwatch: whether the window's Watched section counts an actor's unread articles. */
    abstract static class Watching extends Correction {
        @Parameters(index = "0", paramLabel = "NAME", description = "Name, alias, surname or id.")
        String actor;

        abstract boolean watched();

        @Override
        String apply(ActorStore store) {
            ActorRef a = FilterOptions.resolve(store, actor);
            store.setWatched(a.id(), watched());
            return watched()
                    ? "watching #" + a.id() + " " + a.name() + " (" + new org.newslens.store.ReadingStore(db).unreadMentioning(a.id()) + " unread)"
                    : "stopped watching #" + a.id() + " " + a.name();
        }
    }

    @Command(name = "watch", description = "Watch an actor: the window's Watched section counts their unread articles.")
    static final class Watch extends Watching {
        @Override
        boolean watched() {
            return true;
        }
    }

    @Command(name = "unwatch", description = "Stop watching an actor.")
    static final class Unwatch extends Watching {
        @Override
        boolean watched() {
            return false;
        }
    }
}
