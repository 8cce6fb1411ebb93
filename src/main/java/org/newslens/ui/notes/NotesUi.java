package org.newslens.ui.notes;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.newslens.model.Highlight;
import org.newslens.ui.reader.ReaderView;

/**
 * Plugs the notes feature into the main window: the note pane below the reader (collapsible,
 * remembered), selection and highlights in the reader, the menu items with their shortcuts, and the
 * notes window and export dialogs they open.
 */
public final class NotesUi {
    private static final KeyCombination HIGHLIGHT = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);

    private final NotesViewModel vm;
    private final Stage stage;
    private final NotePane pane;
    private final SplitPane readerSplit = new SplitPane();
    private final ContextMenu menu = new ContextMenu();
    private ReaderHighlighter highlighter;
    private NotesBrowserWindow browser;

    public NotesUi(NotesViewModel vm, Stage stage) {
        this.vm = vm;
        this.stage = stage;
        this.pane = new NotePane(vm.editor(), vm.highlights());
    }

    /** The reader with the note pane below it; what the window lays out in the reader's place. */
    public Node aroundReader(ReaderView reader) {
        highlighter = new ReaderHighlighter(reader::paragraphFlows, vm.highlights());
        highlighter.setMenuHandler(this::showMenu);
        readerSplit.setOrientation(Orientation.VERTICAL);
        readerSplit.setId("readerNotesSplit");
        readerSplit.getItems().add(reader);
        readerSplit.setMinWidth(reader.getMinWidth());
        reader.minWidthProperty().addListener((o, old, now) -> readerSplit.setMinWidth(now.doubleValue()));
        SplitPane.setResizableWithParent(pane, false);
        showPane(vm.preferencesProperty().get().notePaneOpen());
        vm.preferencesProperty().addListener((obs, old, now) -> {
            if (old.notePaneOpen() != now.notePaneOpen()) {
                showPane(now.notePaneOpen());
            }
        });
        return readerSplit;
    }

    private void showPane(boolean open) {
        if (open && !readerSplit.getItems().contains(pane)) {
            readerSplit.getItems().add(pane);
            readerSplit.setDividerPositions(vm.preferencesProperty().get().notePaneDivider());
            readerSplit.getDividers().get(0).positionProperty().addListener((o, old, now) -> {
                if (stage.isShowing()) {
                    vm.onPaneDivider(now.doubleValue());
                }
            });
        } else if (!open) {
            readerSplit.getItems().remove(pane);
        }
    }

    /** The stylesheet and the reader's selection layer. Call once the scene exists. */
    public void install(Scene scene) {
        scene.getStylesheets().add(NotesUi.class.getResource(NotesCss.STYLESHEET).toExternalForm());
        highlighter.attach(scene);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && highlighter.selection().isPresent()) {
                highlighter.clearSelection();
                e.consume();
            }
        });
        stage.showingProperty().addListener((obs, was, now) -> {
            if (now) {
                // Laid out before the first show, the divider can drift; place it again.
                readerSplit.setDividerPositions(vm.preferencesProperty().get().notePaneDivider());
            }
        });
    }

    /** The notes feature's menu items: for File, a Notes menu, and for View; the window places them. */
    public record Menus(List<MenuItem> file, Menu notes, List<MenuItem> view) {
    }

    /** File ▸ Export notes… and Person dossier…, a Notes menu (highlight, write), View ▸ Note pane and Notes and highlights…. */
    public Menus menus() {
        MenuItem export = item("Export notes…", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::openExport);
        MenuItem dossier = item("Person dossier…",
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::openDossier);

        MenuItem highlight = item("Highlight selection…", HIGHLIGHT, this::onHighlight);
        if (highlighter != null) {
            highlight.disableProperty().bind(highlighter.hasSelectionProperty().not());
        }
        MenuItem write = item("Write in note", new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::focusNote);
        Menu notes = new Menu("Notes", null, highlight, write);

        CheckMenuItem paneItem = new CheckMenuItem("Note pane");
        paneItem.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        paneItem.setSelected(vm.preferencesProperty().get().notePaneOpen());
        vm.preferencesProperty().addListener((obs, old, now) -> paneItem.setSelected(now.notePaneOpen()));
        paneItem.setOnAction(e -> {
            if (paneItem.isSelected() != vm.preferencesProperty().get().notePaneOpen()) {
                vm.onTogglePane();
            }
        });
        MenuItem browse = item("Notes and highlights…",
                new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::openBrowser);
        return new Menus(List.of(export, dossier), notes, List.of(paneItem, browse));
    }

    private static MenuItem item(String text, KeyCombination key, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (key != null) {
            m.setAccelerator(key);
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    /** Highlights the reader's selection, asking for a comment and tags. */
    public void onHighlight() {
        if (highlighter == null) {
            return;
        }
        highlighter.selection().ifPresent(s -> {
            String quote = vm.highlights().quote(s.start(), s.end());
            HighlightDialog.show(stage, "Highlight", "Highlight", quote, "", "").ifPresent(r -> {
                vm.highlights().onAdd(s.start(), s.end(), r.comment(), r.tags());
                highlighter.clearSelection();
            });
        });
    }

    /** The reader's text selection (for tests and the keyboard). */
    public ReaderHighlighter highlighter() {
        return highlighter;
    }

    private void showMenu(Node owner, double x, double y, ReaderHighlighter.Span selection, Highlight under) {
        menu.getItems().clear();
        if (selection != null) {
            MenuItem add = item("Highlight…", HIGHLIGHT, this::onHighlight);
            MenuItem copy = item("Copy", null, () -> {
                ClipboardContent c = new ClipboardContent();
                c.putString(highlighter.selectedText());
                Clipboard.getSystemClipboard().setContent(c);
            });
            menu.getItems().addAll(add, copy);
        }
        if (under != null) {
            if (!menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            menu.getItems().addAll(item("Edit highlight…", null, () -> pane.edit(under)),
                    item("Delete highlight", null, () -> pane.delete(under)));
        }
        menu.show(owner, x, y);
    }

    private void focusNote() {
        if (!vm.preferencesProperty().get().notePaneOpen()) {
            vm.onTogglePane();
        }
        pane.focusEditor();
    }

    private void openBrowser() {
        if (browser == null) {
            browser = new NotesBrowserWindow(vm.browser(), stage, w -> ExportDialog.show(w, vm.export(), ExportScope.ORPHANED));
        }
        browser.show();
    }

    private void openExport() {
        ExportDialog.show(stage, vm.export());
    }

    private void openDossier() {
        DossierDialog.show(stage, vm.dossier());
    }
}
