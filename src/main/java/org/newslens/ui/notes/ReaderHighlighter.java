package org.newslens.ui.notes;

import org.newslens.ui.reader.Paragraphs;
import org.newslens.ui.reader.ReaderView;
import org.newslens.ui.state.TextTarget;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.HitInfo;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.newslens.model.Highlight;

/**
 * Text selection and highlights on the reader's paragraphs, which are plain {@link TextFlow}s that
 * cannot select by themselves. Mouse press, drag and release are mapped to characters with
 * {@link TextFlow#hitTest} and then to body offsets ({@link BodyText}); the selection and the stored
 * highlights are drawn with {@link TextFlow#rangeShape} on a layer behind the text, which scrolls with
 * the article. Works only while the flows show exactly the loaded body's paragraphs.
 */
public final class ReaderHighlighter {
    /** A selected span of the body, {@code [start, end)}. */
    public record Span(int start, int end) {
    }

    /** What a right-click on the text is about: the selection and/or a highlight under the pointer. */
    public interface MenuHandler {
        void show(Node owner, double screenX, double screenY, Span selection, Highlight under);
    }

    private static final String ATTACHED = ReaderHighlighter.class.getName();
    /** The id ReaderView gives the column that holds the heading and the paragraphs. */

    private final Supplier<List<TextFlow>> flows;
    private final HighlightsViewModel vm;
    private final Pane layer = new Pane();
    private MenuHandler menu = (o, x, y, s, h) -> { };
    private List<TextFlow> mapped = List.of();
    private BodyText mappedBody;
    private String layoutKey = "";
    private int anchorFlow = -1;
    private int anchorIndex;
    private Span selection;
    private boolean dirty = true;
    private final javafx.beans.property.ReadOnlyBooleanWrapper hasSelection = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "hasSelection");

    public ReaderHighlighter(Supplier<List<TextFlow>> flows, HighlightsViewModel vm) {
        this.flows = flows;
        this.vm = vm;
        layer.setManaged(false);
        layer.setMouseTransparent(true);
        layer.getStyleClass().add(NotesCss.HIGHLIGHT_LAYER);
        vm.bodyTextProperty().addListener((obs, old, now) -> {
            selection = null;
            invalidate();
        });
        vm.highlights().addListener((ListChangeListener<Highlight>) c -> invalidate());
        vm.revealProperty().addListener((obs, old, now) -> invalidate());
    }

    /** Follows the scene's layout: maps, draws and reveals after every layout pass that changed something. */
    public void attach(Scene scene) {
        scene.addPostLayoutPulseListener(this::refresh);
    }

    public void setMenuHandler(MenuHandler handler) {
        this.menu = handler;
    }

    /** Whether some text is selected (menu items that need a selection follow it). */
    public javafx.beans.property.ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }

    public Optional<Span> selection() {
        return Optional.ofNullable(selection);
    }

    /** Selects {@code body[start, end)} (for the keyboard and tests); an empty span clears. */
    public void select(int start, int end) {
        selection = start < end ? new Span(start, end) : null;
        invalidate();
    }

    /** Draws again at the next pulse (and asks for one: a change of state alone does not bring one). */
    private void invalidate() {
        hasSelection.set(selection != null);
        dirty = true;
        Platform.requestNextPulse();
    }

    public void clearSelection() {
        select(0, 0);
    }

    /** The shown text of the selection, white space made single. */
    public String selectedText() {
        return selection == null ? "" : vm.quote(selection.start(), selection.end());
    }

    private void refresh() {
        List<TextFlow> now = flows.get();
        BodyText body = vm.bodyTextProperty().get();
        String key = key(now);
        if (!dirty && now.equals(mapped) && body == mappedBody && key.equals(layoutKey)) {
            return;
        }
        dirty = false;
        layoutKey = key;
        mappedBody = body;
        mapped = matches(now, body) ? List.copyOf(now) : List.of();
        for (TextFlow f : mapped) {
            attachTo(f);
        }
        if (mapped.isEmpty()) {
            layer.getChildren().clear();
            return;
        }
        placeLayer();
        draw();
        revealIfAsked();
    }

    private static String key(List<TextFlow> fs) {
        StringBuilder sb = new StringBuilder();
        for (TextFlow f : fs) {
            Bounds b = f.getBoundsInParent();
            sb.append(System.identityHashCode(f)).append(':').append(Math.round(b.getMinY())).append(',')
                    .append(Math.round(b.getWidth())).append(',').append(Math.round(b.getHeight())).append(';');
        }
        return sb.toString();
    }

    private static boolean matches(List<TextFlow> fs, BodyText body) {
        if (body == null || fs.size() != body.pieces().size() || fs.isEmpty()) {
            return false;
        }
        for (int i = 0; i < fs.size(); i++) {
            if (!text(fs.get(i)).equals(body.pieces().get(i).text())) {
                return false;
            }
        }
        return true;
    }

    private static String text(TextFlow f) {
        StringBuilder sb = new StringBuilder();
        for (Node n : f.getChildren()) {
            if (n instanceof Text t) {
                sb.append(t.getText());
            }
        }
        return sb.toString();
    }

    /**
     * The layer goes first in the reader's column (the ancestor with id {@link ReaderView#COLUMN_ID}), so it is
     * drawn behind the text and scrolls with it; the paragraphs' own container is left alone.
     */
    private void placeLayer() {
        Parent column = mapped.get(0).getParent();
        while (column != null && !ReaderView.COLUMN_ID.equals(column.getId())) {
            column = column.getParent();
        }
        if (column instanceof Pane p && layer.getParent() != p) {
            if (layer.getParent() instanceof Pane old) {
                old.getChildren().remove(layer);
            }
            p.getChildren().add(0, layer);
        }
    }

    private void draw() {
        hasSelection.set(selection != null);
        List<Node> shapes = new ArrayList<>();
        for (Highlight h : vm.highlights()) {
            if (!h.orphaned()) {
                shapes.addAll(shapes(h.start(), h.end(), NotesCss.HIGHLIGHT));
            }
        }
        if (selection != null) {
            shapes.addAll(shapes(selection.start(), selection.end(), NotesCss.SELECTION));
        }
        layer.getChildren().setAll(shapes);
    }

    private List<Node> shapes(int start, int end, String style) {
        List<Node> out = new ArrayList<>();
        if (layer.getParent() == null) {
            return out;
        }
        for (int i = 0; i < mapped.size(); i++) {
            Paragraphs.Piece piece = mappedBody.pieces().get(i);
            int s = piece.indexOf(start);
            int e = piece.indexOf(end);
            if (s >= e) {
                continue;
            }
            TextFlow f = mapped.get(i);
            PathElement[] elements = f.rangeShape(s, e);
            if (elements.length == 0) {
                continue;
            }
            Path path = new Path(elements);
            path.getStyleClass().add(style);
            Point2D at = layer.getParent().sceneToLocal(f.localToScene(0, 0));
            if (at != null) {
                path.setLayoutX(at.getX());
                path.setLayoutY(at.getY());
            }
            out.add(path);
        }
        return out;
    }

    private void attachTo(TextFlow f) {
        if (f.getProperties().containsKey(ATTACHED)) {
            return;
        }
        f.getProperties().put(ATTACHED, Boolean.TRUE);
        f.setCursor(Cursor.TEXT);
        f.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                int i = mapped.indexOf(f);
                if (i >= 0) {
                    anchorFlow = i;
                    anchorIndex = f.hitTest(f.sceneToLocal(e.getSceneX(), e.getSceneY())).getInsertionIndex();
                    selection = null;
                    draw();
                }
            }
        });
        f.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (anchorFlow >= 0 && e.isPrimaryButtonDown()) {
                dragTo(e.getSceneX(), e.getSceneY());
                e.consume();
            }
        });
        f.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (anchorFlow >= 0 && selection != null) {
                snapToWords();
                draw();
            }
            anchorFlow = -1;
        });
        f.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            int i = mapped.indexOf(f);
            if (i < 0) {
                return;
            }
            HitInfo hit = f.hitTest(f.sceneToLocal(e.getSceneX(), e.getSceneY()));
            int offset = mappedBody.pieces().get(i).bodyOffset(hit.getCharIndex());
            Highlight under = vm.highlights().stream()
                    .filter(h -> !h.orphaned() && h.start() <= offset && offset < h.end()).findFirst().orElse(null);
            if (selection != null || under != null) {
                menu.show(f, e.getScreenX(), e.getScreenY(), selection, under);
                e.consume();
            }
        });
    }

    private void dragTo(double sceneX, double sceneY) {
        int target = -1;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < mapped.size(); i++) {
            Bounds b = mapped.get(i).localToScene(mapped.get(i).getLayoutBounds());
            double d = sceneY < b.getMinY() ? b.getMinY() - sceneY : sceneY > b.getMaxY() ? sceneY - b.getMaxY() : 0;
            if (d < best) {
                best = d;
                target = i;
            }
        }
        if (target < 0) {
            return;
        }
        TextFlow f = mapped.get(target);
        int index = f.hitTest(f.sceneToLocal(sceneX, sceneY)).getInsertionIndex();
        int a = offset(anchorFlow, anchorIndex);
        int b = offset(target, index);
        select(Math.min(a, b), Math.max(a, b));
        draw();
    }

    /** A selection that starts or ends inside a word takes the whole word, as quotes are made of words. */
    private void snapToWords() {
        String body = mappedBody.body();
        int s = selection.start();
        int e = selection.end();
        while (s > 0 && s < body.length() && isWord(body.charAt(s - 1)) && isWord(body.charAt(s))) {
            s--;
        }
        while (e > 0 && e < body.length() && isWord(body.charAt(e - 1)) && isWord(body.charAt(e))) {
            e++;
        }
        selection = new Span(s, e);
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-';
    }

    /** The body offset of insertion point {@code index} in paragraph {@code flow}. */
    private int offset(int flow, int index) {
        Paragraphs.Piece p = mappedBody.pieces().get(flow);
        if (index <= 0) {
            return p.bodyOffset(0);
        }
        return p.bodyOffset(index - 1) + 1;
    }

    /**
     * A reveal of one of this article's highlights selects it (the reader itself scrolls to every reveal
     * and flashes it); reveals of other places (dates, quotes) leave the selection alone.
     */
    private void revealIfAsked() {
        TextTarget r = vm.revealProperty().get();
        if (r == null || r.articleId() != mappedBody.articleId() || r.equals(revealed)) {
            return;
        }
        if (vm.highlights().stream().anyMatch(h -> h.start() == r.start() && h.end() == r.end())) {
            revealed = r; // asked again after the highlights load, until it is one of them
            selection = new Span(r.start(), r.end());
            draw();
        }
    }

    private TextTarget revealed;
}
