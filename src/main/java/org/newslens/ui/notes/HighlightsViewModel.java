package org.newslens.ui.notes;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.model.Article;
import org.newslens.notes.AnchorFinder;
import org.newslens.model.Highlight;
import org.newslens.notes.HighlightStore;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;
import org.newslens.ui.state.TextTarget;
import org.newslens.ui.state.WindowState;

/**
 * The highlights of the selected article: listed in text order, created from a selection of the
 * reader's text, edited (comment, tags) and deleted. Also holds the body as shown, so that the view
 * can map the reader's characters to body offsets, and the highlight the reader should scroll to.
 */
public final class HighlightsViewModel {
    private final HighlightStore highlights;
    private final TaskExecutor executor;
    private final WindowState state;
    private final ObservableList<Highlight> list = FXCollections.observableArrayList();
    private final ObservableList<Highlight> readOnlyList = FXCollections.unmodifiableObservableList(list);
    private final ReadOnlyObjectWrapper<BodyText> bodyText = new ReadOnlyObjectWrapper<>(this, "bodyText");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private long articleId = -1;
    private long loadSerial;

    /**
     * @param openArticle the open article as the reader loaded it ({@code ReaderViewModel.articleProperty()}),
     *                    null while none is shown: the body is loaded once, by the reader
     */
    public HighlightsViewModel(HighlightStore highlights, ObservableValue<Article> openArticle, TaskExecutor executor,
                               WindowState state) {
        this.highlights = highlights;
        this.executor = executor;
        this.state = state;
        openArticle.addListener((obs, old, now) -> show(now));
        show(openArticle.getValue());
    }

    /** The open article's highlights in text order. */
    public ObservableList<Highlight> highlights() {
        return readOnlyList;
    }

    /** The open article's body as shown, or null while none is loaded. */
    public ReadOnlyObjectProperty<BodyText> bodyTextProperty() {
        return bodyText.getReadOnlyProperty();
    }

    /** The window's one reveal request (a date, a quote, a timeline sentence or a highlight). */
    public ReadOnlyObjectProperty<TextTarget> revealProperty() {
        return state.revealProperty();
    }

    /** The last error, one line, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public long articleId() {
        return articleId;
    }

    /** The stored text of {@code body[start, end)} of the open article, or empty. */
    public String quote(int start, int end) {
        BodyText b = bodyText.get();
        if (b == null || start < 0 || end > b.body().length() || start >= end) {
            return "";
        }
        return b.body().substring(start, end).strip().replaceAll("\\s+", " ");
    }

    /** Highlights {@code body[start, end)} of the open article. */
    public void onAdd(int start, int end, String comment, String tags) {
        long id = articleId;
        if (id < 0 || start >= end) {
            return;
        }
        run("Add highlight", id, () -> highlights.add(id, start, end, comment == null ? "" : comment.strip(), TagText.parse(tags)));
    }

    public void onUpdate(long highlightId, String comment, String tags) {
        run("Edit highlight", articleId, () -> highlights.update(highlightId, comment == null ? "" : comment.strip(), TagText.parse(tags)));
    }

    public void onDelete(long highlightId) {
        run("Delete highlight", articleId, () -> highlights.delete(highlightId));
    }

    /**
     * Asks the reader to scroll to this place once the article is shown (now, or when it opens): the
     * window's one reveal ({@link WindowState#reveal}), which the reader scrolls to and flashes.
     */
    public void onReveal(long article, int start, int end) {
        state.reveal(article, start, end);
    }

    private void run(String title, long id, java.util.function.Supplier<Object> write) {
        executor.execute(BackgroundTask.of(title, ctx -> {
            write.get();
            return highlights.forArticle(id);
        }).onSuccess(found -> {
            message.set("");
            if (id == articleId) {
                list.setAll(placed(found));
            }
        }).onFailure(e -> message.set(e.getMessage())));
    }

    /**
     * The highlights where they are in the body now: a body changed by a re-import moves them, and one
     * that cannot be found is shown as orphaned (not drawn in the reader), as exports do.
     */
    private List<Highlight> placed(List<Highlight> stored) {
        BodyText b = bodyText.get();
        if (b == null) {
            return stored;
        }
        List<Highlight> out = new java.util.ArrayList<>(stored.size());
        for (Highlight h : stored) {
            AnchorFinder.Location loc = AnchorFinder.locate(b.body(), h.anchor());
            boolean same = loc.found() && loc.start() == h.start() && loc.end() == h.end();
            out.add(same && !h.orphaned() ? h : new Highlight(h.id(), h.articleId(), loc.found() ? loc.start() : h.start(),
                    loc.found() ? loc.end() : h.end(), h.quote(), h.prefix(), h.suffix(), h.comment(), h.tags(), h.createdAt(),
                    h.updatedAt(), !loc.found()));
        }
        return out;
    }

    private void show(Article article) {
        long serialNow = ++loadSerial;
        articleId = article == null ? -1 : article.id();
        list.clear();
        bodyText.set(article == null ? null : BodyText.of(article.id(), article.body(), article.structure()));
        message.set("");
        if (article == null) {
            return;
        }
        long id = article.id();
        executor.execute(BackgroundTask.of("Open highlights", ctx -> highlights.forArticle(id))
                .onSuccess(found -> {
                    if (serialNow == loadSerial) {
                        list.setAll(placed(found));
                    }
                })
                .onFailure(e -> {
                    if (serialNow == loadSerial) {
                        message.set("The highlights cannot be shown: " + e.getMessage());
                    }
                }));
    }
}
