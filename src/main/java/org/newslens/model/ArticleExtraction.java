package org.newslens.model;

import java.util.List;

/** What was extracted from one stored article, as the reader and sidebar show it. */
public record ArticleExtraction(List<ArticleActor> actors, List<DateMention> dates, List<QuoteMention> quotes) {
    public ArticleExtraction {
        actors = List.copyOf(actors);
        dates = List.copyOf(dates);
        quotes = List.copyOf(quotes);
    }

    public static ArticleExtraction empty() {
        return new ArticleExtraction(List.of(), List.of(), List.of());
    }

    /** An actor as it appears in one article, sorted by salience. */
    public record ArticleActor(long actorId, String type, String name, List<String> aliases, List<String> roles,
                               int mentionCount, double salience, boolean hidden, List<TextSpan> mentions) {
    }

    /** A temporal expression and its sentence. {@code day} is set when the value names one calendar day. */
    public record DateMention(long id, String text, String value, String type, String day, int start, int end,
                              int sentenceStart, int sentenceEnd, List<String> actors) {
    }

    /** A quotation with its speaker (null when unattributed). */
    public record QuoteMention(String speaker, Long speakerActorId, String text, int start, int end) {
    }

    public record TextSpan(int start, int end, String text) {
    }
}
