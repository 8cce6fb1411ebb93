package org.newslens.notes;

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
 * Hand-made articles with extractions (no NLP): each sentence "NAME said on Monday: “QUOTE”." names one
 * person, has one dated expression involving them, and one quote by them.
 */
public final class Fixture {
    private Fixture() {
    }

    /** Stores an article whose sentences are spoken, in order, by {@code people}. */
    public static long article(Database db, String title, LocalDate published, String... people) {
        StringBuilder body = new StringBuilder();
        List<ExtractedActor> actors = new ArrayList<>();
        List<ExtractedDate> dates = new ArrayList<>();
        List<ExtractedQuote> quotes = new ArrayList<>();
        for (String name : people) {
            int s = body.length();
            body.append(name).append(" said on Monday: “");
            int q = body.length();
            body.append("We will talk about ").append(title.toLowerCase(java.util.Locale.ROOT)).append(".");
            int qe = body.length();
            body.append("” ");
            int mon = s + name.length() + " said on ".length();
            actors.add(new ExtractedActor(name, ActorType.PERSON, List.of(), List.of("speaker of " + title),
                    List.of(new Span(s, s + name.length(), name))));
            dates.add(new ExtractedDate("Monday", published == null ? "XXXX-WXX-1" : published.minusDays(1).toString(), "DATE",
                    mon, mon + 6, body.substring(s, qe + 1), s, qe + 1, List.of(name)));
            quotes.add(new ExtractedQuote(name, body.substring(q, qe), q, qe));
        }
        String text = body.toString().strip();
        Extraction e = new Extraction(published, false, actors, dates, quotes);
        return db.write(c -> {
            long id = ArticleStore.insert(c, new NewArticle(title, "Fixture Times", published, text),
                    Integer.toHexString(text.hashCode()) + title.hashCode(), false, null, Instant.parse("2026-01-01T00:00:00Z"));
            ExtractionStore.save(c, id, text, e, "fixture-1");
            return id;
        });
    }

    public static String body(Database db, long id) {
        return new ArticleStore(db).find(id).orElseThrow().body();
    }

    /** Replaces an article's body in place (as an edited re-import would). */
    public static void setBody(Database db, long id, String body) {
        db.write(c -> {
            try (var ps = c.prepareStatement("UPDATE article SET body = ? WHERE id = ?")) {
                ps.setString(1, body);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
