package org.newslens.library;

import java.util.ArrayList;
import java.util.List;
import org.newslens.extract.Extraction;
import org.newslens.extract.Extractor;
import org.newslens.model.Article;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.store.ExtractionStore;
import org.newslens.store.LibraryException;
import org.newslens.task.TaskContext;

/** Runs the extractor again over stored articles, e.g. after an engine change or a new published date. */
public final class ReextractService {
    private final Database db;
    private final Extractor extractor;

    public ReextractService(Database db, Extractor extractor) {
        this.db = db;
        this.extractor = extractor;
    }

    /** Outcome counts; {@code failures} names each article that failed and why. */
    public record Result(int done, int skipped, List<String> failures, boolean cancelled) {
    }

    /** How many articles the current engine has not analysed (an older engine did, or none). */
    public int staleCount() {
        return new org.newslens.store.StaleArticles(db).count(extractor.version());
    }

    /** Re-extracts every article ({@code all}) or only those extracted by another engine version. */
    public Result run(boolean all, TaskContext ctx) {
        ArticleStore articles = new ArticleStore(db);
        List<Long> ids = articles.idsToReextract(all, extractor.version());
        List<String> failures = new ArrayList<>();
        int done = 0;
        for (int i = 0; i < ids.size(); i++) {
            if (ctx.isCancelled()) {
                return new Result(done, 0, failures, true);
            }
            long id = ids.get(i);
            ctx.progress(i, ids.size(), "Analysing article " + (i + 1) + " of " + ids.size());
            Article a = articles.find(id).orElse(null);
            if (a == null) {
                continue; // deleted meanwhile
            }
            try {
                // An inferred date is inferred again; a date from metadata or the user is kept.
                Extraction e = extractor.extract(a.body(), a.publishedInferred() ? null : a.published());
                db.inWrite(tx -> {
                    ExtractionStore.save(tx, id, a.body(), e, extractor.version());
                    return null;
                });
                done++;
            } catch (RuntimeException e) {
                failures.add("#" + id + " " + a.title() + ": " + e.getMessage());
            }
        }
        ctx.progress(ids.size(), ids.size(), "Done");
        return new Result(done, 0, failures, false);
    }

    /** Sets (or clears) an article's published date and re-resolves its relative dates. */
    public void setPublished(long articleId, java.time.LocalDate published) {
        Article a = new ArticleStore(db).find(articleId)
                .orElseThrow(() -> new LibraryException("no article with id " + articleId));
        Extraction e = extractor.extract(a.body(), published);
        db.inWrite(tx -> {
            ArticleStore.setPublished(tx, articleId, published);
            ExtractionStore.save(tx, articleId, a.body(), e, extractor.version());
            return null;
        });
    }
}
