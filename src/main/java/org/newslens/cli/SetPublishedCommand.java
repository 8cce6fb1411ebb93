package org.newslens.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.newslens.library.ReextractService;
import org.newslens.model.Article;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "set-published", description = {"Set an article's publication date (or 'unknown');",
        "its relative dates (\"tomorrow\", \"last Tuesday\") are resolved again against it."})
final class SetPublishedCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Parameters(index = "1", paramLabel = "YYYY-MM-DD|unknown")
    String date;

    @Override
    int run(Database db) {
        LocalDate day;
        if (date.equalsIgnoreCase("unknown")) {
            day = null;
        } else {
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + date + "' is not a date; use YYYY-MM-DD or 'unknown'");
            }
        }
        new ReextractService(db, ImportCommand.engine()).setPublished(id, day);
        Article a = new ArticleStore(db).find(id).orElseThrow();
        out().println("#" + id + " published " + (a.published() == null ? "unknown"
                : a.published() + (a.publishedInferred() ? " (inferred from the text)" : "")));
        return 0;
    }
}
