package org.newslens.notes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.notes.Fixture;
import org.newslens.notes.HighlightStore;
import org.newslens.notes.NoteFilter;
import org.newslens.notes.NoteStore;
import org.newslens.notes.export.ExportFiles.Outcome;
import org.newslens.store.Database;

/** Repeatable folder export and the overwrite and path rules. */
class ExportFilesTest {
    @TempDir
    Path tmp;
    Database db;
    NotesExporter exporter;
    long a;
    long b;

    @BeforeEach
    void open() {
        db = Database.open(tmp.resolve("lib"));
        a = Fixture.article(db, "Peace talks", LocalDate.of(2025, 4, 22), "Ann Lee");
        b = Fixture.article(db, "Trade deal", LocalDate.of(2025, 3, 1), "Bo Chan");
        new NoteStore(db).save(a, "note A");
        new NoteStore(db).save(b, "note B");
        exporter = new NotesExporter(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSecondExportUpdatesItsOwnFilesAndLeavesEditedOnesAlone() throws Exception {
        Path out = tmp.resolve("vault");
        ExportFiles.FolderReport first = exporter.exportFolder(NoteFilter.all(), out, false);
        assertEquals(2, first.with(Outcome.CREATED).size());
        Path fa = out.resolve("2025-04-22-peace-talks-" + a + ".md");
        Path fb = out.resolve("2025-03-01-trade-deal-" + b + ".md");
        assertEquals(List.of(fb.getFileName().toString(), fa.getFileName().toString()), files(out));
        assertEquals(a, ((Number) ExportFormatsTest.frontMatter(Files.readString(fa)).get("newslens_id")).longValue());

        ExportFiles.FolderReport again = exporter.exportFolder(NoteFilter.all(), out, false);
        assertEquals(2, again.with(Outcome.UNCHANGED).size());

        // The user edits B's file; A's note changes; A's title changes (its file keeps its name).
        Files.writeString(fb, Files.readString(fb) + "\nMy own thoughts.\n");
        new NoteStore(db).save(a, "note A, revised");
        new NoteStore(db).save(b, "note B, revised");
        db.write(c -> c.createStatement().executeUpdate("UPDATE article SET title = 'Peace talks resume' WHERE id = " + a));
        ExportFiles.FolderReport third = exporter.exportFolder(NoteFilter.all(), out, false);
        assertEquals(List.of(fa), third.with(Outcome.UPDATED).stream().map(ExportFiles.FileResult::file).toList());
        assertEquals(List.of(fb), third.with(Outcome.KEPT_EDITED).stream().map(ExportFiles.FileResult::file).toList());
        assertTrue(Files.readString(fa).contains("note A, revised"));
        assertTrue(Files.readString(fa).contains("title: Peace talks resume"));
        assertTrue(Files.readString(fb).contains("My own thoughts."));
        assertEquals(2, files(out).size(), "no duplicates: " + files(out));

        // --force overwrites the edited file.
        ExportFiles.FolderReport forced = exporter.exportFolder(NoteFilter.all(), out, true);
        assertEquals(List.of(fb), forced.with(Outcome.OVERWRITTEN).stream().map(ExportFiles.FileResult::file).toList());
        assertTrue(Files.readString(fb).contains("note B, revised"));
        assertEquals(2, files(out).size());
    }

    @Test
    void aFileNewsLensDidNotWriteIsLeftAloneUnlessForced() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("vault"));
        Path fa = out.resolve("2025-04-22-peace-talks-" + a + ".md");
        Files.writeString(fa, "the user's own file");
        ExportFiles.FolderReport r = exporter.exportFolder(NoteFilter.all(), out, false);
        assertEquals(List.of(fa), r.with(Outcome.KEPT_FOREIGN).stream().map(ExportFiles.FileResult::file).toList());
        assertEquals("the user's own file", Files.readString(fa));
        exporter.exportFolder(NoteFilter.all(), out, true);
        assertTrue(Files.readString(fa).contains("note A"));

        Path single = tmp.resolve("notes.md");
        Files.writeString(single, "mine");
        ExportException e = assertThrows(ExportException.class, () -> exporter.exportFile(ExportFormat.MD, NoteFilter.all(), single, false));
        assertTrue(e.getMessage().contains("not written by a NewsLens export"), e.getMessage());
        assertEquals(Outcome.KEPT_FOREIGN, ((FileKeptException) e).reason());
        assertFalse(e.getMessage().contains("--force"), "the core writes no command-line wording: " + e.getMessage());
        assertEquals("mine", Files.readString(single));
        assertEquals(Outcome.OVERWRITTEN, exporter.exportFile(ExportFormat.MD, NoteFilter.all(), single, true).outcome());
        assertEquals(Outcome.UNCHANGED, exporter.exportFile(ExportFormat.MD, NoteFilter.all(), single, false).outcome());
        new NoteStore(db).save(b, "changed");
        assertEquals(Outcome.UPDATED, exporter.exportFile(ExportFormat.MD, NoteFilter.all(), single, false).outcome());
        Files.writeString(single, "edited by hand");
        e = assertThrows(ExportException.class, () -> exporter.exportFile(ExportFormat.CSV, NoteFilter.all(), single, false));
        assertTrue(e.getMessage().contains("was edited since"), e.getMessage());
        assertEquals(Outcome.KEPT_EDITED, ((FileKeptException) e).reason());
    }

    @Test
    void aFolderReachedThroughASymbolicLinkIsTheSameFolder() throws Exception {
        Path real = Files.createDirectories(tmp.resolve("real"));
        Path link;
        try {
            link = Files.createSymbolicLink(tmp.resolve("link"), real);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            assumeTrue(false, "no symbolic links here");
            return;
        }
        assertEquals(2, exporter.exportFolder(NoteFilter.all(), link, false).with(Outcome.CREATED).size());
        new NoteStore(db).save(a, "note A, revised");
        ExportFiles.FolderReport r = exporter.exportFolder(NoteFilter.all(), real, false);
        assertEquals(1, r.with(Outcome.UPDATED).size());
        assertEquals(1, r.with(Outcome.UNCHANGED).size());
    }

    @Test
    void writesAreAtomicAndLeaveNoTemporaryFiles() throws Exception {
        Path out = tmp.resolve("export.json");
        exporter.exportFile(ExportFormat.JSON, NoteFilter.all(), out, false);
        assertEquals(List.of("export.json", "lib"), files(tmp));
        assertEquals(2, org.newslens.notes.export.JsonExport.read(Files.readString(out)).size());
        if (Files.getFileAttributeView(out, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        }
    }

    @Test
    void pathErrorsAreOneClearLine() throws Exception {
        ExportException missing = assertThrows(ExportException.class,
                () -> exporter.exportFile(ExportFormat.MD, NoteFilter.all(), tmp.resolve("nope/notes.md"), false));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        Path folder = Files.createDirectories(tmp.resolve("a-folder"));
        ExportException isFolder = assertThrows(ExportException.class,
                () -> exporter.exportFile(ExportFormat.CSV, NoteFilter.all(), folder, false));
        assertTrue(isFolder.getMessage().contains("is a folder, not a file"), isFolder.getMessage());
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        ExportException isFile = assertThrows(ExportException.class, () -> exporter.exportFolder(NoteFilter.all(), file, false));
        assertTrue(isFile.getMessage().contains("is a file, not a folder"), isFile.getMessage());
        ExportException noParent = assertThrows(ExportException.class,
                () -> exporter.exportFolder(NoteFilter.all(), tmp.resolve("x/y/z"), false));
        assertTrue(noParent.getMessage().contains("does not exist"), noParent.getMessage());
        for (ExportException e : List.of(missing, isFolder, isFile, noParent)) {
            assertEquals(1, e.getMessage().lines().count());
        }

        Path locked = Files.createDirectories(tmp.resolve("locked"));
        assumeTrue(locked.toFile().setWritable(false) && !Files.isWritable(locked), "cannot make a read-only folder here (root?)");
        try {
            ExportException ro = assertThrows(ExportException.class,
                    () -> exporter.exportFile(ExportFormat.HTML, NoteFilter.all(), locked.resolve("n.html"), false));
            assertTrue(ro.getMessage().contains("not writable"), ro.getMessage());
        } finally {
            locked.toFile().setWritable(true);
        }
    }

    @Test
    void scopesNarrowTheExport() {
        new HighlightStore(db).addFirstOccurrence(a, "Ann Lee", "who", List.of());
        assertEquals(1, JsonExport.read(exporter.render(ExportFormat.JSON, NoteFilter.person("Ann Lee"))).size());
        assertEquals(b, JsonExport.read(exporter.render(ExportFormat.JSON, NoteFilter.article(b))).get(0).id());
        assertEquals(b, JsonExport.read(exporter.render(ExportFormat.JSON,
                NoteFilter.dates(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1)))).get(0).id());
        Map<String, Object> fm = ExportFormatsTest.frontMatter(exporter.render(ExportFormat.MD, NoteFilter.person("Ann Lee")));
        assertEquals("person Ann Lee", fm.get("scope"));
    }
}
