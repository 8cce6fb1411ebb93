package org.newslens.library;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.store.MetaStore;
import org.newslens.task.TaskContext;

/**
 * The sample articles (the repository's {@code seeds/}, bundled in the jar under {@code /seeds/}) that a
 * new library opens with. Offered once per library: a user who deletes them does not get them back.
 */
public final class Seeds {
    static final String RESOURCE_DIR = "/seeds/";
    static final String META_KEY = "seeded";

    private Seeds() {
    }

    /** Imports the samples if this library never had them and is empty; returns null when nothing was done. */
    public static ImportReport seedIfNew(Database db, ImportService importer, TaskContext ctx) throws ImportException {
        boolean offered = new MetaStore(db).get(META_KEY).isPresent();
        int count = new ArticleStore(db).count();
        if (offered || count > 0) {
            return null;
        }
        ImportReport report = importer.importDocuments(bundled(), ctx);
        if (!report.cancelled()) { // a cancelled first run offers the samples again next time
            new MetaStore(db).put(META_KEY, "1");
        }
        return report;
    }

    /** The bundled samples with their catalog metadata. */
    public static List<ImportService.Document> bundled() throws ImportException {
        Catalog catalog;
        try (InputStream in = Seeds.class.getResourceAsStream(RESOURCE_DIR + Catalog.FILE_NAME)) {
            if (in == null) {
                throw new ImportException("the sample articles are missing from this build");
            }
            catalog = Catalog.parse(in);
        } catch (IOException e) {
            throw new ImportException("cannot read the sample catalog: " + e.getMessage(), e);
        }
        List<ImportService.Document> docs = new ArrayList<>();
        for (Catalog.Entry e : catalog.entries()) {
            try (InputStream in = Seeds.class.getResourceAsStream(RESOURCE_DIR + e.file())) {
                if (in == null) {
                    throw new ImportException("sample " + e.file() + " is missing from this build");
                }
                docs.add(new ImportService.Document(e.file(), in.readAllBytes(), e));
            } catch (IOException ex) {
                throw new ImportException("cannot read sample " + e.file() + ": " + ex.getMessage(), ex);
            }
        }
        return docs;
    }
}
