package org.newslens.notes;

import org.newslens.model.Highlight;
import org.newslens.model.Anchor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.store.HighlightRepository;
import org.newslens.store.Tx;

/**
 * Highlights: spans of an article's body with a comment and tags, anchored by offsets plus quote and
 * context so that {@link #relocate(long)} can find them again after the body changed. The SQL is
 * {@link HighlightRepository}'s; this class places highlights in the text.
 */
public final class HighlightStore {
    private final Database db;
    private final Clock clock;

    public HighlightStore(Database db) {
        this(db, Clock.systemUTC());
    }

    public HighlightStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Highlights {@code body[start, end)} of the article. Throws IllegalArgumentException for a bad span or article. */
    public Highlight add(long articleId, int start, int end, String comment, Collection<String> tags) {
        Instant now = clock.instant();
        return db.inWrite(tx -> {
            Anchor a = Anchor.capture(ArticleStore.body(tx, articleId), start, end);
            return HighlightRepository.insert(tx, articleId, a, comment, Tags.normalize(tags), now, now, false);
        });
    }

    /**
     * Highlights the first occurrence of {@code text} in the article's body; typographic quotes, dashes
     * and whitespace typed differently still match.
     */
    public Highlight addFirstOccurrence(long articleId, String text, String comment, Collection<String> tags) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("the text to highlight is empty");
        }
        Instant now = clock.instant();
        return db.inWrite(tx -> {
            String body = ArticleStore.body(tx, articleId);
            TextSearch.Span at = TextSearch.first(body, text).orElseThrow(() -> new IllegalArgumentException(
                    "the text \"" + shorten(text) + "\" does not occur in article " + articleId));
            return HighlightRepository.insert(tx, articleId, Anchor.capture(body, at.start(), at.end()), comment,
                    Tags.normalize(tags), now, now, false);
        });
    }

    public Optional<Highlight> find(long id) {
        return db.inRead(tx -> HighlightRepository.find(tx, id));
    }

    /** The article's highlights in text order. */
    public List<Highlight> forArticle(long articleId) {
        return db.inRead(tx -> HighlightRepository.forArticle(tx, articleId));
    }

    /** Changes a highlight's comment and tags. */
    public Highlight update(long id, String comment, Collection<String> tags) {
        Instant now = clock.instant();
        List<String> normalized = Tags.normalize(tags);
        db.inWrite(tx -> {
            if (!HighlightRepository.update(tx, id, comment, normalized, now)) {
                throw new IllegalArgumentException("no highlight with id " + id);
            }
            return null;
        });
        return find(id).orElseThrow();
    }

    public boolean delete(long id) {
        return db.inWrite(tx -> HighlightRepository.delete(tx, id));
    }

    /** The outcome of re-anchoring one highlight. */
    public record Relocation(Highlight before, AnchorFinder.Location location) {
    }

    /**
     * Finds every highlight of the article again in its current body and stores the new offsets (and
     * context); highlights that cannot be found keep their old anchor and are marked orphaned.
     */
    public List<Relocation> relocate(long articleId) {
        return db.inWrite(tx -> {
            String body = ArticleStore.body(tx, articleId);
            List<Relocation> out = new ArrayList<>();
            for (Highlight h : HighlightRepository.forArticle(tx, articleId)) {
                AnchorFinder.Location loc = AnchorFinder.locate(body, h.anchor());
                out.add(new Relocation(h, loc));
                if (loc.found()) {
                    HighlightRepository.moveTo(tx, h.id(), Anchor.capture(body, loc.start(), loc.end()));
                } else {
                    HighlightRepository.markOrphaned(tx, h.id());
                }
            }
            return List.copyOf(out);
        });
    }

    /**
     * Restores a highlight (e.g. from a JSON export) onto an article whose body may differ: it is placed
     * where {@link AnchorFinder} finds it, or stored orphaned at its old anchor. Call inside a write.
     */
    static Highlight restore(Tx tx, long articleId, String body, Highlight h) {
        AnchorFinder.Location loc = AnchorFinder.locate(body, h.anchor());
        Anchor a = loc.found() ? Anchor.capture(body, loc.start(), loc.end()) : h.anchor();
        return HighlightRepository.insert(tx, articleId, a, h.comment(), h.tags(), h.createdAt(), h.updatedAt(), !loc.found());
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
