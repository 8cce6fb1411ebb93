package org.newslens.notes;

import org.newslens.model.Note;
import org.newslens.model.Highlight;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.model.ActorRef;
import org.newslens.model.Article;
import org.newslens.model.ArticleExtraction;
import org.newslens.notes.AnnotatedArticle.AnnotatedHighlight;
import org.newslens.notes.AnnotatedArticle.DateRef;
import org.newslens.store.ActorStore;
import org.newslens.store.AnnotationRepository;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.store.ExtractionStore;
import org.newslens.store.HighlightRepository;
import org.newslens.store.NoteRepository;

/**
 * Notes and highlights across the library, filtered by {@link NoteFilter}, newest article first. Only
 * articles with a note or a highlight are listed. Highlights are placed in the current body with
 * {@link AnchorFinder}, and the actors and dates inside each are derived from the extraction.
 */
public final class AnnotationQuery {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Database db;
    private final AnnotationRepository annotations;
    private final ArticleStore articles;
    private final ExtractionStore extractions;
    private final ActorStore actors;

    public AnnotationQuery(Database db) {
        this.db = db;
        this.annotations = new AnnotationRepository(db);
        this.articles = new ArticleStore(db);
        this.extractions = new ExtractionStore(db);
        this.actors = new ActorStore(db);
    }

    public List<AnnotatedArticle> list(NoteFilter f) {
        List<Long> ids = ids(f, personIds(f));
        List<AnnotatedArticle> out = new ArrayList<>();
        for (long id : ids) {
            load(id).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /** One article with its note and highlights (which may both be absent); empty when no such article. */
    public Optional<AnnotatedArticle> load(long articleId) {
        Optional<Article> article = articles.find(articleId);
        if (article.isEmpty()) {
            return Optional.empty();
        }
        Article a = article.get();
        ArticleExtraction x = extractions.load(articleId);
        Optional<Note> note = db.inRead(tx -> NoteRepository.find(tx, articleId));
        List<Highlight> hs = db.inRead(tx -> HighlightRepository.forArticle(tx, articleId));
        List<AnnotatedHighlight> annotated = new ArrayList<>();
        for (Highlight h : hs) {
            annotated.add(annotate(placed(a.body(), h), x));
        }
        List<String> names = x.actors().stream().filter(act -> !act.hidden()).map(ArticleExtraction.ArticleActor::name).distinct().toList();
        return Optional.of(new AnnotatedArticle(a.id(), a.contentHash(), a.title(), a.source(), a.published(), names,
                note.orElse(null), annotated));
    }

    /** The highlight at its place in {@code body} now (not stored); marked orphaned when not found. */
    static Highlight placed(String body, Highlight h) {
        AnchorFinder.Location loc = AnchorFinder.locate(body, h.anchor());
        if (loc.match() == AnchorFinder.Match.EXACT) {
            return h.orphaned() ? with(h, h.start(), h.end(), false) : h;
        }
        return loc.found() ? with(h, loc.start(), loc.end(), false) : with(h, h.start(), h.end(), true);
    }

    private static Highlight with(Highlight h, int start, int end, boolean orphaned) {
        return new Highlight(h.id(), h.articleId(), start, end, h.quote(), h.prefix(), h.suffix(), h.comment(), h.tags(),
                h.createdAt(), h.updatedAt(), orphaned);
    }

    static AnnotatedHighlight annotate(Highlight h, ArticleExtraction x) {
        if (h.orphaned()) {
            return new AnnotatedHighlight(h, List.of(), List.of());
        }
        List<String> inside = new ArrayList<>();
        for (ArticleExtraction.ArticleActor act : x.actors()) {
            boolean mentioned = act.mentions().stream().anyMatch(m -> m.start() < h.end() && m.end() > h.start());
            if (mentioned && !act.hidden() && !inside.contains(act.name())) {
                inside.add(act.name());
            }
        }
        List<DateRef> dates = x.dates().stream()
                .filter(d -> d.start() < h.end() && d.end() > h.start())
                .map(d -> new DateRef(d.text(), d.value(), d.day())).toList();
        return new AnnotatedHighlight(h, inside, dates);
    }

    private List<Long> personIds(NoteFilter f) {
        if (f.person() == null) {
            return null;
        }
        return People.resolve(actors, f.person()).stream().map(ActorRef::id).toList();
    }

    private List<Long> ids(NoteFilter f, List<Long> personIds) {
        String like = f.text() == null ? null : "%" + f.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%";
        String fts = f.text() == null ? null : ftsQuery(f.text());
        return annotations.annotatedArticles(f.articleId(), f.from(), f.to(), personIds, like, fts);
    }

    /** Every word of the user's text as a quoted FTS5 term (all must occur); null when there are none. */
    static String ftsQuery(String text) {
        List<String> terms = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            terms.add('"' + m.group() + '"');
        }
        return terms.isEmpty() ? null : String.join(" ", terms);
    }
}
