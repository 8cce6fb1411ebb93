package org.newslens.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newslens.extract.ActorType;
import org.newslens.extract.ExtractedActor;
import org.newslens.extract.ExtractedDate;
import org.newslens.extract.ExtractedQuote;
import org.newslens.extract.Extraction;
import org.newslens.extract.Span;
import org.newslens.model.NewArticle;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.store.ExtractionStore;

/**
 * A small library with hand-made extractions (no NLP engine, so it is fast): five articles about
 * Ann Lee, Bo Chan, Cy Diaz and "A. Lee" (a second actor for Ann Lee, to merge), Paris, Rome and the
 * Trade Council, each with one dated sentence; one quote by Bo Chan.
 */
public final class LibraryFixture {
    public static final String ANN = "Ann Lee";
    public static final String BO = "Bo Chan";

    private LibraryFixture() {
    }

    /** Fills a new library in {@code dir}; returns it open. */
    public static Database create(Path dir) {
        Database db = Database.open(dir);
        add(db, "Ann Lee in Paris", "2025-01-06", "Ann Lee visited Paris on Monday.\n\nShe met students.", "Monday", "2025-01-06",
                "Ann Lee:P", "Paris:L");
        add(db, "Lee and Chan meet in Rome", "2025-02-04",
                "Ann Lee and Bo Chan met in Rome on Tuesday.\n\n\u201cWe agreed on tariffs,\u201d Bo Chan said.", "Tuesday", "2025-02-04",
                "Ann Lee:P", "Bo Chan:P", "Rome:L");
        add(db, "Chan on tariffs", "2025-03-07", "Bo Chan spoke about tariffs at the Trade Council on Friday.", "Friday", "2025-03-07",
                "Bo Chan:P", "Trade Council:O");
        add(db, "Tariff deal signed", "2025-04-01", "Cy Diaz, Ann Lee and Bo Chan signed the tariff deal on Tuesday.", "Tuesday",
                "2025-04-01", "Cy Diaz:P", "Ann Lee:P", "Bo Chan:P");
        add(db, "A note on A. Lee", "2025-05-02", "A. Lee wrote a note on Friday.", "Friday", "2025-05-02", "A. Lee:P");
        return db;
    }

    private static void add(Database db, String title, String published, String body, String dateText, String dateValue,
                            String... actors) {
        List<ExtractedActor> list = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String a : actors) {
            String name = a.substring(0, a.indexOf(':'));
            ActorType type = switch (a.charAt(a.length() - 1)) {
                case 'P' -> ActorType.PERSON;
                case 'O' -> ActorType.ORGANIZATION;
                default -> ActorType.LOCATION;
            };
            List<Span> spans = new ArrayList<>();
            for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
                spans.add(new Span(at, at + name.length(), name));
            }
            list.add(new ExtractedActor(name, type, List.of(), List.of(), spans));
            names.add(name);
        }
        int d = body.indexOf(dateText);
        int sentenceEnd = body.indexOf('.', d) + 1;
        List<ExtractedDate> dates = List.of(new ExtractedDate(dateText, dateValue, "DATE", d, d + dateText.length(),
                body.substring(0, sentenceEnd), 0, sentenceEnd, names));
        List<ExtractedQuote> quotes = new ArrayList<>();
        int q = body.indexOf('\u201c');
        if (q >= 0) {
            int end = body.indexOf('\u201d', q) + 1;
            quotes.add(new ExtractedQuote(BO, body.substring(q + 1, end - 2), q, end));
        }
        LocalDate day = LocalDate.parse(published);
        db.write(c -> {
            long id = ArticleStore.insert(c, new NewArticle(title, "Test Wire", day, body), body, false, null, Instant.now());
            ExtractionStore.save(c, id, body, new Extraction(day, false, list, dates, quotes), "t");
            return id;
        });
    }
}
