package org.newslens.ui.reader;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.model.Article;
import org.newslens.model.ArticleExtraction;
import org.newslens.model.ArticleMeta;
import org.newslens.model.Block;
import org.newslens.model.ArticleSummary;
import org.newslens.store.ArticleStore;
import org.newslens.store.ExtractionStore;
import org.newslens.task.BackgroundTask;
import org.newslens.task.TaskExecutor;
import org.newslens.task.TaskHandle;
import org.newslens.ui.articles.ArticleFormat;
import org.newslens.ui.state.TextTarget;
import org.newslens.ui.state.WindowState;

/**
 * The reader: follows the window's selected article, shows its heading at once and loads the body
 * in the background with its mentions marked. A result that arrives after the selection moved on is
 * dropped. Clicking a mention selects its actor in the window; double-clicking filters by it.
 */
public final class ReaderViewModel {
    /** What the reader shows. */
    public enum Status { EMPTY, LOADING, SHOWN, MISSING, ERROR }

    private final ArticleStore store;
    private final ExtractionStore extractions;
    private final TaskExecutor executor;
    private final WindowState state;
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.EMPTY);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper date = new ReadOnlyStringWrapper(this, "date", "");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper byline = new ReadOnlyStringWrapper(this, "byline", "");
    private java.util.function.Consumer<String> linkOpener = href -> { };
    private final ObservableList<String> paragraphs = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyParagraphs = FXCollections.unmodifiableObservableList(paragraphs);
    private final ObservableList<MarkedText.Paragraph> marked = FXCollections.observableArrayList();
    private final ObservableList<MarkedText.Paragraph> readOnlyMarked = FXCollections.unmodifiableObservableList(marked);
    private final javafx.beans.property.ReadOnlyObjectWrapper<Article> article =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "article");
    private ArticleSummary showing;
    private TaskHandle loadingTask;

    public ReaderViewModel(ArticleStore store, ExtractionStore extractions, TaskExecutor executor, WindowState state) {
        this.store = store;
        this.extractions = extractions;
        this.executor = executor;
        this.state = state;
        state.selectedArticleProperty().addListener((obs, old, now) -> show(now));
        state.libraryRevisionProperty().addListener((obs, old, now) -> show(showing));
        // The search words are marked in the text: a new query marks them anew.
        state.filter().filterProperty().addListener((obs, old, now) -> {
            if (!java.util.Objects.equals(old.query(), now.query())) {
                show(showing);
            }
        });
        show(state.getSelectedArticle());
    }

    /**
     * The open article as loaded (body included), or null while none is shown: the one load of the open
     * article, which other panes (the highlights) follow instead of loading it again.
     */
    public ReadOnlyObjectProperty<Article> articleProperty() {
        return article.getReadOnlyProperty();
    }

    /** The paragraphs cut into runs, mentions marked: what the view shows. */
    public ObservableList<MarkedText.Paragraph> markedParagraphs() {
        return readOnlyMarked;
    }

    /** The id of the article shown, or -1. */
    public long articleId() {
        return showing == null ? -1 : showing.id();
    }

    /** The window's latest request to show a place in a text (the view follows it for this article). */
    public ReadOnlyObjectProperty<TextTarget> revealProperty() {
        return state.revealProperty();
    }

    /** The actor selected in the window (its mentions stand out), or null. */
    public ReadOnlyObjectProperty<Long> selectedActorProperty() {
        return state.selectedActorProperty();
    }

    /** A click on a mention: its actor (or date) becomes the window's selection (the sidebar shows it). */
    public void onSelectMention(MarkedText.Mark mark) {
        if (mark.actorId() > 0) {
            state.selectActor(mark.actorId());
        } else if (mark.kind() == MarkedText.Kind.DATE) {
            state.selectDate(mark.name());
        }
    }

    /** "Filter by this person": the list then shows only articles mentioning it. */
    public void onFilterBy(MarkedText.Mark mark) {
        if (mark.actorId() > 0) {
            state.selectActor(mark.actorId());
            state.filter().addPerson(mark.actorId(), mark.name());
        }
    }

    /** Opens a link of the article (the app passes the system browser); only addresses that pass {@code Block.safeHref}. */
    public void setLinkOpener(java.util.function.Consumer<String> opener) {
        this.linkOpener = java.util.Objects.requireNonNull(opener);
    }

    /** A click on a link in the text: opened in the system browser if it is http, https or mailto. */
    public void onOpenLink(String href) {
        String safe = Block.safeHref(href);
        if (safe != null) {
            linkOpener.accept(safe);
        }
    }

    /** Who wrote the article and where, as the header line shows it ("The Daily · By Ann Lee"); else the short source. */
    public ReadOnlyStringProperty bylineProperty() {
        return byline.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The publication date as the reader shows it, or "Undated". */
    public ReadOnlyStringProperty dateProperty() {
        return date.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** Why the body is not shown (status MISSING or ERROR). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<String> paragraphs() {
        return readOnlyParagraphs;
    }

    /** The whole article as plain text, for copying. */
    public String plainText() {
        if (showing == null) {
            return "";
        }
        return title.get() + "\n" + date.get() + " · " + source.get() + "\n\n" + String.join("\n\n", paragraphs);
    }

    private void show(ArticleSummary summary) {
        if (loadingTask != null) {
            loadingTask.cancel();
            loadingTask = null;
        }
        boolean same = showing != null && summary != null && showing.id() == summary.id() && status.get() == Status.SHOWN;
        showing = summary;
        if (!same) {
            paragraphs.clear();
            marked.clear();
            article.set(null);
        }
        message.set("");
        if (summary == null) {
            title.set("");
            date.set("");
            source.set("");
            byline.set("");
            status.set(Status.EMPTY);
            return;
        }
        title.set(summary.title());
        date.set(ArticleFormat.longDate(summary.published()));
        source.set(summary.source());
        if (!same) {
            byline.set(ArticleFormat.shortSource(summary.source()));
            status.set(Status.LOADING);
        }
        String query = state.filter().get().query();
        loadingTask = executor.execute(BackgroundTask.of("Open article", ctx -> load(summary.id(), query))
                .onSuccess(found -> {
                    if (showing == summary) {
                        apply(found);
                    }
                })
                .onFailure(e -> {
                    if (showing == summary) {
                        message.set("This article cannot be shown: " + e.getMessage());
                        status.set(Status.ERROR);
                    }
                }));
    }

    private record Loaded(Optional<Article> article, java.util.List<MarkedText.Paragraph> marked) {
    }

    private Loaded load(long id, String query) {
        Optional<Article> a = store.find(id);
        if (a.isEmpty()) {
            return new Loaded(a, java.util.List.of());
        }
        ArticleExtraction x = extractions.load(id);
        String body = a.get().body();
        return new Loaded(a, MarkedText.build(body, a.get().structure(), x, MarkedText.matches(body, query)));
    }

    /** The site (else the short source) and the authors: "The Daily · By Ann Lee and Bo Chan". */
    static String byline(Article a) {
        ArticleMeta m = a.meta();
        String where = m.site() != null ? m.site() : ArticleFormat.shortSource(a.source());
        java.util.List<String> by = m.authors();
        if (by.isEmpty()) {
            return where;
        }
        String names = by.size() == 1 ? by.get(0)
                : String.join(", ", by.subList(0, by.size() - 1)) + " and " + by.get(by.size() - 1);
        return where.isEmpty() ? "By " + names : where + " · By " + names;
    }

    private void apply(Loaded loaded) {
        Optional<Article> found = loaded.article();
        if (found.isEmpty()) {
            message.set("This article is no longer in the library.");
            status.set(Status.MISSING);
            article.set(null);
            return;
        }
        Article a = found.get();
        title.set(a.title());
        date.set(ArticleFormat.longDate(a.published()) + (a.published() != null && a.publishedInferred() ? " (inferred from the text)" : ""));
        source.set(a.source());
        byline.set(byline(a));
        paragraphs.setAll(loaded.marked().stream().filter(MarkedText.Paragraph::isText).map(MarkedText.Paragraph::text).toList());
        marked.setAll(loaded.marked());
        status.set(Status.SHOWN);
        article.set(a);
    }
}
