package org.newslens.cli;

import java.util.Locale;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.store.ReadingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "mark", description = "Mark an article read or unread, starred or unstarred.")
final class MarkCommand extends LibraryCommand {
    enum State { read, unread, starred, unstarred }

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Parameters(index = "1", paramLabel = "read|unread|starred|unstarred", description = "${COMPLETION-CANDIDATES}")
    String state;

    @Override
    int run(Database db) {
        State s;
        try {
            s = State.valueOf(state.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + state + "' is not a state; use read, unread, starred or unstarred");
        }
        if (new ArticleStore(db).find(id).isEmpty()) {
            throw new IllegalArgumentException("no article #" + id + " (see: newslens list)");
        }
        ReadingStore reading = new ReadingStore(db);
        switch (s) {
            case read, unread -> reading.setRead(id, s == State.read);
            default -> reading.setStarred(id, s == State.starred);
        }
        out().println("#" + id + " " + s);
        return 0;
    }
}
