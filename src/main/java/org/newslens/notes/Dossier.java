package org.newslens.notes;

import java.util.List;
import org.newslens.model.ActorRef;
import org.newslens.model.ArticleSummary;
import org.newslens.notes.AnnotatedArticle.AnnotatedHighlight;

/**
 * Everything the library knows about one person: each article mentioning them (newest first) with
 * their roles, their quotes and the dated sentences involving them, plus the user's note and highlights.
 */
public record Dossier(ActorRef person, List<Entry> entries) {
    public Dossier {
        entries = List.copyOf(entries);
    }

    /** One article of the dossier. {@code note} is null when the user wrote none. */
    public record Entry(ArticleSummary article, String nameInArticle, List<String> roles, List<Quote> quotes,
                        List<DatedSentence> datedSentences, Note note, List<AnnotatedHighlight> highlights) {
        public Entry {
            roles = List.copyOf(roles);
            quotes = List.copyOf(quotes);
            datedSentences = List.copyOf(datedSentences);
            highlights = List.copyOf(highlights);
        }
    }

    public record Quote(String text, int start, int end) {
    }

    /** A sentence with a date expression that involves the person; {@code day} null unless one calendar day. */
    public record DatedSentence(String dateText, String value, String day, String sentence) {
    }
}
