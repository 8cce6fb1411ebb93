package org.newslens.notes;

import org.newslens.model.Note;
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

    /**
     * A sentence with a temporal expression that involves the person. {@code type} is the TIMEX type
     * (DATE, TIME, DURATION, SET); {@code day} is null unless the expression names one calendar day.
     */
    public record DatedSentence(String dateText, String value, String type, String day, String sentence) {
        /** What to show first: the value in words ("Jun 1, 2009", "April 2025", "several months"), never a code. */
        public String label() {
            String readable = org.newslens.dates.ReadableDates.label(day != null ? day : value);
            return readable.isBlank() ? dateText : readable;
        }

        /** What to show after the label: the words as written. */
        public String detail() {
            return dateText;
        }
    }
}
