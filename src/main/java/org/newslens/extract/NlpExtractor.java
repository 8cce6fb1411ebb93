package org.newslens.extract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The extraction engine: CoreNLP (tokens, POS, 3-class NER, SUTime) plus our rules for actors,
 * roles, dates, quotes and the published date. The CoreNLP pipeline loads once, lazily, on first
 * use; {@link #extract} is safe to call from several threads.
 */
public final class NlpExtractor implements Extractor {
    /** Bodies longer than this are refused: no news article is this long, and it bounds the work. */
    public static final int MAX_CHARS = 500_000;

    private static final NlpExtractor SHARED = new NlpExtractor(Clock.systemUTC());
    private final Clock clock;

    /**
     * An engine whose "today" (the latest published date it infers for a text given without one) is
     * the clock's; tests and evaluations pass a fixed clock. The pipeline is shared by every engine.
     */
    public NlpExtractor(Clock clock) { this.clock = clock; }

    /** The shared engine; the pipeline itself loads on the first {@link #extract} (or {@link #warmUp}). */
    public static NlpExtractor shared() { return SHARED; }

    /** Loads the pipeline now (e.g. on a background thread at start-up); returns the load time in ms. */
    public long warmUp() { return Pipeline.get().loadMillis; }

    @Override
    public String version() { return ExtractorVersion.get(); }

    /**
     * @throws IllegalArgumentException when the body is longer than {@link #MAX_CHARS}
     */
    @Override
    public Extraction extract(String body, LocalDate publishedOrNull) {
        if (body == null) body = "";
        if (body.length() > MAX_CHARS) {
            throw new IllegalArgumentException("Text too long to extract: " + body.length()
                    + " characters (the limit is " + MAX_CHARS + ")");
        }
        if (body.isBlank()) return new Extraction(publishedOrNull, false, List.of(), List.of(), List.of());
        LocalDate published = publishedOrNull;
        boolean inferred = false;
        if (published == null) {
            published = PublishedDateInference.infer(body, LocalDate.now(clock));
            inferred = published != null;
        }
        Pipeline p = Pipeline.get();
        Doc doc = p.annotate(body, published);
        if (doc.toks.isEmpty()) return new Extraction(published, inferred, List.of(), List.of(), List.of());
        ActorResolver.Result res = ActorResolver.resolve(doc, published);
        RoleFinder.find(doc, res);
        List<DateResolver.Resolved> resolved = DateResolver.resolve(doc, p.timexes(doc), published);
        List<ExtractedQuote> quotes = QuoteFinder.find(doc, res);

        List<ExtractedActor> actors = new ArrayList<>();
        for (ActorResolver.Actor a : res.actors()) actors.add(a.toExtracted());
        List<ExtractedDate> dates = new ArrayList<>();
        for (DateResolver.Resolved r : resolved) {
            if (ActorResolver.insidePersonName(res, r.start(), r.end())) continue; // "Jan Visser", "Ma Lin"
            Doc.Sent s = doc.sentenceAt(r.start());
            dates.add(new ExtractedDate(r.text(), r.value(), r.type(), r.start(), r.end(),
                    body.substring(s.start(), s.end()), s.start(), s.end(), SentenceActors.of(doc, res, s, quotes)));
        }
        return new Extraction(published, inferred, actors, dates, quotes);
    }
}
