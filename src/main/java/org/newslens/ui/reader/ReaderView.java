package org.newslens.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.util.Duration;
import org.newslens.ui.state.TextTarget;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Alert;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.newslens.ui.articles.ArticleFormat;
import org.newslens.ui.theme.Css;
import org.newslens.ui.theme.Themes;

/**
 * The middle pane: the selected article in a single column of about 70 characters, in a serif
 * face with roomy lines, its mentions of people, organisations, places and dates highlighted by
 * kind; or a friendly note when nothing is selected. Hovering a mention names it; clicking selects
 * it in the sidebar; double-clicking filters by it. It scrolls to and flashes the window's reveal
 * requests for this article.
 */
public final class ReaderView extends StackPane {
    /** The id of the column that holds the paragraphs (other layers, such as the highlights', go into it). */
    public static final String COLUMN_ID = "readerColumn";

    /** Column width in ems: about 70 characters of a serif face. */
    private static final double COLUMN_EMS = 34;
    /** Line height as a multiple of the font size... */
    private static final double LINE_HEIGHT = 1.62; // highlight boxes of adjacent lines keep a gap
    /** The headline: this many times the body size, set tighter. */
    private static final double TITLE_SCALE = 1.85;
    private static final double TITLE_LINE_HEIGHT = 1.2;

    private final ReaderViewModel vm;
    private final Label source = new Label();
    private final Label title = new Label();
    private final Label date = new Label();
    private final Label note = new Label();
    private final Label footer = new Label();
    private final VBox body = new VBox();
    private final VBox column = new VBox();
    private final ScrollPane scroll;
    private final Node emptyState;
    private final StackPane centred;
    private final Tooltip tooltip = new Tooltip();
    private final ContextMenu mentionMenu = new ContextMenu();
    private TextTarget revealed;
    private ImagesViewModel<javafx.scene.image.Image> images;
    private double lineSpacing;
    private double fontSize = 16;

    public ReaderView(ReaderViewModel vm, ObservableValue<Number> fontSizeValue) {
        this.vm = vm;
        getStyleClass().add(Css.READER);
        source.getStyleClass().add(Css.READER_SOURCE);
        title.getStyleClass().add(Css.READER_TITLE);
        date.getStyleClass().add(Css.READER_DATE);
        note.getStyleClass().add(Css.READER_NOTE);
        footer.getStyleClass().add(Css.READER_FOOTER);
        for (Label l : List.of(source, title, date, note, footer)) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        source.textProperty().bind(vm.bylineProperty());
        footer.textProperty().bind(vm.sourceProperty().map(s -> s.isBlank() ? "" : "Source: " + s));
        footer.visibleProperty().bind(vm.statusProperty().isEqualTo(ReaderViewModel.Status.SHOWN));
        title.textProperty().bind(vm.titleProperty());
        date.textProperty().bind(vm.dateProperty());
        note.textProperty().bind(vm.messageProperty());
        note.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        Region rule = new Region();
        rule.getStyleClass().add(Css.READER_RULE);

        body.getStyleClass().add(Css.READER_BODY);
        column.getStyleClass().add(Css.READER_COLUMN);
        column.getChildren().addAll(source, title, date, rule, note, body, footer);
        column.setFillWidth(true);
        column.setId(COLUMN_ID);

        centred = new StackPane(column);
        centred.setAlignment(Pos.TOP_CENTER);
        scroll = new ScrollPane(centred);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Css.READER);

        emptyState = emptyState();
        getChildren().addAll(scroll, emptyState);

        tooltip.setShowDelay(Duration.millis(250));
        tooltip.getStyleClass().add(Css.MENTION_TOOLTIP);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        vm.markedParagraphs().addListener((ListChangeListener<MarkedText.Paragraph>) c -> {
            showParagraphs();
            revealLater();
        });
        vm.revealProperty().addListener((obs, old, now) -> revealLater());
        vm.selectedActorProperty().addListener((obs, old, now) -> markSelected(now));
        vm.statusProperty().addListener((obs, old, now) -> showStatus(now));
        fontSizeValue.addListener((obs, old, now) -> applyFontSize(now.doubleValue()));
        applyFontSize(fontSizeValue.getValue().doubleValue());
        showParagraphs();
        showStatus(vm.statusProperty().get());
        setContextMenu();
    }

    private void applyFontSize(double size) {
        fontSize = size;
        lineSpacing = Math.max(0, size * LINE_HEIGHT - naturalLineHeight(size));
        double titleSize = size * TITLE_SCALE;
        title.setLineSpacing(titleSize * TITLE_LINE_HEIGHT - naturalLineHeight(titleSize));
        column.setStyle(String.format(Locale.ROOT, "-fx-font-family: \"%s\"; -fx-font-size: %.1fpx;", Themes.serifFamily(), size));
        column.setMaxWidth(size * COLUMN_EMS);
        for (ParagraphView p : paragraphViews()) {
            p.setLineSpacing(lineSpacing);
        }
        body.setSpacing(size * 0.9);
        if (!body.getChildren().isEmpty()) {
            showParagraphs();
        }
    }

    /** The blocks drawn as text, in order (image placeholders left out). */
    private List<ParagraphView> paragraphViews() {
        List<ParagraphView> out = new ArrayList<>(body.getChildren().size());
        for (Node n : body.getChildren()) {
            if (n instanceof ParagraphView p) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The distance between two lines of a label in the reading face at this size, without extra
     * spacing. Faces differ a lot (Palatino-like faces bring their own leading), so it is measured.
     */
    private static double naturalLineHeight(double size) {
        Font font = Font.font(Themes.serifFamily(), size);
        Label one = new Label("Hg");
        Label two = new Label("Hg\nHg");
        one.setFont(font);
        two.setFont(font);
        new Scene(new Group(one, two));
        one.applyCss();
        two.applyCss();
        return two.prefHeight(-1) - one.prefHeight(-1);
    }

    private void showParagraphs() {
        List<MarkedText.Paragraph> paragraphs = vm.markedParagraphs();
        // Reuse the block views already there where the kind of node fits; add or drop the difference.
        while (body.getChildren().size() > paragraphs.size()) {
            body.getChildren().remove(body.getChildren().size() - 1);
        }
        Long selected = vm.selectedActorProperty().get();
        MarkedText.Paragraph previous = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            MarkedText.Paragraph p = paragraphs.get(i);
            Node existing = i < body.getChildren().size() ? body.getChildren().get(i) : null;
            Node node;
            if (!p.isText()) {
                node = imageBlock(existing, p.block());
            } else {
                ParagraphView view = existing instanceof ParagraphView pv ? pv : new ParagraphView();
                view.setLineSpacing(lineSpacing);
                view.setBlock(p.block(), p.marker(), fontSize * 1.6);
                List<Text> runs = new ArrayList<>(p.runs().size());
                for (MarkedText.Run r : p.runs()) {
                    runs.add(run(r, selected));
                }
                view.setRuns(runs, p.text());
                node = view;
            }
            VBox.setMargin(node, margin(previous, p));
            if (existing == null) {
                body.getChildren().add(node);
            } else if (existing != node) {
                body.getChildren().set(i, node);
            }
            previous = p;
        }
    }

    /** Items of one list sit closer together; a heading has more room above than below. */
    private javafx.geometry.Insets margin(MarkedText.Paragraph previous, MarkedText.Paragraph p) {
        if (previous == null || p.block() == null || previous.block() == null) {
            return javafx.geometry.Insets.EMPTY;
        }
        boolean item = isItem(p);
        if (item && isItem(previous)) {
            return new javafx.geometry.Insets(-fontSize * 0.55, 0, 0, 0);
        }
        if (p.block().kind() == org.newslens.model.Block.Kind.HEADING) {
            return new javafx.geometry.Insets(fontSize * 0.5, 0, -fontSize * 0.3, 0);
        }
        return javafx.geometry.Insets.EMPTY;
    }

    private static boolean isItem(MarkedText.Paragraph p) {
        return p.block() != null && (p.block().kind() == org.newslens.model.Block.Kind.LIST_ITEM
                || p.block().kind() == org.newslens.model.Block.Kind.ORDERED_ITEM);
    }

    /**
     * An image block: a box with its alt text until the image is loaded (on request, see
     * {@link #offerImages}), then the image. The box already there is kept when it shows the same image.
     */
    private Node imageBlock(Node existing, org.newslens.model.Block block) {
        ImageBlockView box = existing instanceof ImageBlockView b && java.util.Objects.equals(b.src(), block.src())
                ? b : new ImageBlockView(block.src(), block.text());
        if (images != null) {
            box.show(images.state(block.src()));
        }
        return box;
    }

    /**
     * Offers "Load images" above an article with images (and loads them at once for a site set to
     * "always"); each image replaces its placeholder when it arrives.
     */
    public void offerImages(ImagesViewModel<javafx.scene.image.Image> vm) {
        this.images = vm;
        getStylesheets().add(ReaderView.class.getResource(ImagesCss.STYLESHEET).toExternalForm());
        column.getChildren().add(column.getChildren().indexOf(note), new ImagesBar(vm));
        vm.images().addListener((javafx.collections.MapChangeListener<String, ImagesViewModel.ImageState<javafx.scene.image.Image>>) c -> {
            for (Node n : body.getChildren()) {
                if (n instanceof ImageBlockView box && c.getKey().equals(box.src())) {
                    box.show(vm.state(box.src()));
                }
            }
        });
        for (Node n : body.getChildren()) {
            if (n instanceof ImageBlockView box) {
                box.show(vm.state(box.src()));
            }
        }
    }

    private Text run(MarkedText.Run r, Long selected) {
        Text t = new Text(r.text());
        t.getStyleClass().add(Css.READER_RUN);
        t.setUserData(r);
        if (r.match()) {
            t.getStyleClass().add(Css.SEARCH_MATCH);
        }
        MarkedText.Mark mark = r.mark();
        if (r.href() != null) {
            t.getStyleClass().add(Css.READER_LINK);
            if (mark == null) {
                Tooltip.install(t, new Tooltip(r.href()));
                t.setCursor(Cursor.HAND);
                t.setOnMouseClicked(e -> {
                    if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                        vm.onOpenLink(r.href());
                        e.consume();
                    }
                });
            }
        }
        if (mark != null) {
            t.getStyleClass().addAll(Css.MENTION, ParagraphView.backdropClass(mark.kind()));
            if (selected != null && mark.actorId() == selected) {
                t.getStyleClass().add(Css.SELECTED_ACTOR);
            }
            t.setOnMouseEntered(e -> tooltip.setText(mark.tooltip()));
            Tooltip.install(t, tooltip);
            t.setCursor(Cursor.HAND);
            t.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    if (e.getClickCount() >= 2 && mark.actorId() > 0) {
                        vm.onFilterBy(mark);
                    } else {
                        vm.onSelectMention(mark);
                    }
                    e.consume();
                }
            });
            if (mark.actorId() > 0) {
                t.setOnContextMenuRequested(e -> {
                    MenuItem filter = new MenuItem("Filter by " + mark.name());
                    filter.setOnAction(a -> vm.onFilterBy(mark));
                    MenuItem select = new MenuItem("Show in sidebar");
                    select.setOnAction(a -> vm.onSelectMention(mark));
                    mentionMenu.getItems().setAll(filter, select);
                    if (r.href() != null) {
                        MenuItem open = new MenuItem("Open link in browser");
                        open.setOnAction(a -> vm.onOpenLink(r.href()));
                        mentionMenu.getItems().add(open);
                    }
                    mentionMenu.show(t, e.getScreenX(), e.getScreenY());
                    e.consume();
                });
            }
        }
        return t;
    }

    private void markSelected(Long actorId) {
        for (ParagraphView flow : paragraphViews()) {
            for (Node n : flow.runs()) {
                MarkedText.Run r = (MarkedText.Run) n.getUserData();
                boolean on = actorId != null && r != null && r.mark() != null && r.mark().actorId() == actorId;
                if (on && !n.getStyleClass().contains(Css.SELECTED_ACTOR)) {
                    n.getStyleClass().add(Css.SELECTED_ACTOR);
                } else if (!on) {
                    n.getStyleClass().remove(Css.SELECTED_ACTOR);
                }
            }
            flow.refreshBackdrop();
        }
    }

    /**
     * Offers "Set date…" beside the publication date (when the window has the language engine): the
     * user sets or clears the date, and the article's relative dates are resolved again.
     */
    public void offerDateChange(PublishedDateViewModel dates) {
        if (!dates.isAvailable()) {
            return;
        }
        Hyperlink set = new Hyperlink("Set date…");
        set.getStyleClass().add(Css.READER_DATE_LINK);
        set.setFocusTraversable(false);
        set.visibleProperty().bind(vm.statusProperty().isEqualTo(ReaderViewModel.Status.SHOWN));
        set.disableProperty().bind(dates.busyProperty());
        set.setOnAction(e -> PublishedDateDialog.ask(getScene().getWindow(), dates.current())
                .ifPresent(day -> dates.onSetPublished(day.orElse(null))));
        dates.errorProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                Alert alert = new Alert(Alert.AlertType.ERROR, now);
                alert.initOwner(getScene().getWindow());
                alert.setHeaderText(null);
                alert.show();
            }
        });
        int at = column.getChildren().indexOf(date);
        HBox line = new HBox(8, date, set);
        line.setAlignment(Pos.BASELINE_LEFT);
        column.getChildren().set(at, line);
    }

    /** The body's paragraphs as shown, in order (for text selection and highlights in {@code ui.notes}). */
    public List<TextFlow> paragraphFlows() {
        return paragraphViews().stream().map(ParagraphView::flow).toList();
    }

    /** Gives the article the keyboard focus (after the timeline opened it). */
    public void focusText() {
        scroll.requestFocus();
    }

    /** Scrolls by one screen, keeping a line of context (the space bar). */
    public void pageDown() {
        double content = centred.getBoundsInLocal().getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (content > view) {
            double step = (view - 2 * lineSpacing - 24) / (content - view);
            scroll.setVvalue(Math.min(1, scroll.getVvalue() + step));
        }
    }

    /** Once laid out, shows the latest reveal request if it is about this article. */
    private void revealLater() {
        TextTarget target = vm.revealProperty().get();
        if (target == null || target.equals(revealed) || target.articleId() != vm.articleId() || body.getChildren().isEmpty()) {
            return;
        }
        revealed = target;
        Platform.runLater(() -> reveal(target));
    }

    private void reveal(TextTarget target) {
        List<Text> hit = new ArrayList<>();
        for (ParagraphView flow : paragraphViews()) {
            for (Node n : flow.runs()) {
                MarkedText.Run r = (MarkedText.Run) n.getUserData();
                if (r != null && r.bodyStart() < Math.max(target.end(), target.start() + 1) && r.bodyEnd() > target.start()) {
                    hit.add((Text) n);
                }
            }
        }
        if (hit.isEmpty()) {
            return;
        }
        layout();
        Bounds b = centred.sceneToLocal(hit.get(0).localToScene(hit.get(0).getBoundsInLocal()));
        double content = centred.getBoundsInLocal().getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (b != null && content > view) {
            scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - view / 3) / (content - view))));
        }
        hit.forEach(t -> t.getStyleClass().add(Css.FLASH));
        paragraphViews().forEach(ParagraphView::refreshBackdrop);
        PauseTransition off = new PauseTransition(Duration.millis(1600));
        off.setOnFinished(e -> {
            hit.forEach(t -> t.getStyleClass().remove(Css.FLASH));
            paragraphViews().forEach(ParagraphView::refreshBackdrop);
        });
        off.play();
    }

    private void showStatus(ReaderViewModel.Status status) {
        boolean empty = status == ReaderViewModel.Status.EMPTY;
        emptyState.setVisible(empty);
        scroll.setVisible(!empty);
        if (!empty && status == ReaderViewModel.Status.LOADING) {
            scroll.setVvalue(0);
        }
    }

    private Node emptyState() {
        Label heading = new Label("Nothing selected");
        heading.getStyleClass().add(Css.EMPTY_STATE_TITLE);
        Label text = new Label("Pick an article on the left to read it here. To add articles, choose File ▸ Import "
                + "files… or drop .txt, .md and .html files onto this window.");
        text.getStyleClass().add(Css.EMPTY_STATE_TEXT);
        text.setWrapText(true);
        text.setMaxWidth(360);
        VBox box = new VBox(8, heading, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add(Css.EMPTY_STATE);
        return box;
    }

    /** Makes the source line and the footer open the article's web address with {@code open} (http and https only). */
    public void offerOpenSource(java.util.function.Consumer<String> open) {
        for (Label l : List.of(source, footer)) {
            l.setOnMouseClicked(e -> ArticleFormat.webAddress(vm.sourceProperty().get()).ifPresent(open));
            l.cursorProperty().bind(vm.sourceProperty().map(s -> ArticleFormat.webAddress(s).isPresent()
                    ? javafx.scene.Cursor.HAND : javafx.scene.Cursor.DEFAULT));
        }
    }

    /** How far down the article is scrolled (0..1): remembered across restarts by the window. */
    public javafx.beans.property.DoubleProperty scrollPositionProperty() {
        return scroll.vvalueProperty();
    }

    /** Scrolls the article by most of a screen, down ({@code direction} 1) or up (-1), as Space does in readers. */
    public void page(int direction) {
        double content = scroll.getContent().getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content > viewport) {
            double step = viewport * 0.9 / (content - viewport);
            scroll.setVvalue(Math.max(0, Math.min(1, scroll.getVvalue() + direction * step)));
        }
    }

    private void setContextMenu() {
        MenuItem copy = new MenuItem("Copy article text");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.plainText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        ContextMenu menu = new ContextMenu(copy);
        scroll.setOnContextMenuRequested(e -> menu.show(scroll, e.getScreenX(), e.getScreenY()));
    }
}
