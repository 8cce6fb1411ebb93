package org.newslens.notes;

import java.nio.file.Path;
import org.newslens.store.Database;

/**
 * Test helper run in a separate JVM by {@link NothingLostTest}: saves a note, says so on standard
 * output, then blocks with the library still open until it is killed.
 */
public final class NoteSaverMain {
    private NoteSaverMain() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.open(Path.of(args[0]));
        new NoteStore(db).save(Long.parseLong(args[1]), args[2]);
        System.out.println("SAVED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
        db.close();
    }
}
