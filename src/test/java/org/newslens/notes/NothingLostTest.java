package org.newslens.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.store.Database;

/** A note saved is a note kept, even when the process is killed right after the save returns. */
class NothingLostTest {
    @TempDir
    Path dir;

    @Test
    void aSavedNoteSurvivesAKilledProcess() throws Exception {
        long id;
        try (Database db = Database.open(dir)) {
            id = Fixture.article(db, "Peace talks", LocalDate.of(2025, 4, 22), "Ann Lee");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), NoteSaverMain.class.getName(),
                dir.toString(), Long.toString(id), "Survives a kill -9.")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (java.io.IOException e) {
                    return "IO: " + e.getMessage();
                }
            }).get(60, TimeUnit.SECONDS);
            assertEquals("SAVED", line);
            assertTrue(p.isAlive(), "the saver should still be running when killed");
        } finally {
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        try (Database db = Database.open(dir)) {
            assertEquals("Survives a kill -9.", new NoteStore(db).find(id).orElseThrow().body());
        }
    }
}
