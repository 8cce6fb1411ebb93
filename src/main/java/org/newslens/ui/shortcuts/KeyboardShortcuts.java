package org.newslens.ui.shortcuts;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The single-key shortcuts of the window (j/k, arrows, space, /, p, t, m, s, ?, Esc), as a scene event
 * filter. Which key means what is decided by {@link #match}, which knows nothing of the scene: a
 * text field, a list or a button that owns the focus keeps its own keys.
 */
public final class KeyboardShortcuts {
    /** Where the focus is, as far as shortcuts care. */
    public enum Focus { TYPING, LIST, BUTTON, OTHER }

    private final Map<Shortcut, Runnable> actions = new EnumMap<>(Shortcut.class);

    private KeyboardShortcuts() {
    }

    /** Installs the shortcuts on {@code scene}; {@code actions} maps each shortcut to what it does. */
    public static void install(Scene scene, Map<Shortcut, Runnable> actions) {
        KeyboardShortcuts k = new KeyboardShortcuts();
        k.actions.putAll(actions);
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> k.handle(e, match(e.getCharacter(), null,
                focus(scene.getFocusOwner()), e.isShortcutDown() || e.isAltDown())));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Focus focus = focus(scene.getFocusOwner());
            k.handle(e, match(null, e.getCode(), focus, e.isShortcutDown() || e.isAltDown())
                    .or(() -> combination(e.getCode(), focus, e.isShortcutDown(), e.isAltDown() || e.isShiftDown())));
        });
    }

    private void handle(KeyEvent e, Optional<Shortcut> shortcut) {
        shortcut.map(actions::get).ifPresent(action -> {
            action.run();
            e.consume();
        });
    }

    /**
     * The shortcut a key stands for: {@code character} for a typed key, {@code code} for a pressed
     * one. Nothing while typing in a text field (except Esc), nothing with Ctrl/Alt/Cmd held; the
     * arrows and space belong to a focused list or button.
     */
    public static Optional<Shortcut> match(String character, KeyCode code, Focus focus, boolean modifier) {
        if (modifier) {
            return Optional.empty();
        }
        if (code != null) {
            if (code == KeyCode.ESCAPE) {
                return Optional.of(Shortcut.CLEAR);
            }
            if (focus == Focus.TYPING) {
                return Optional.empty();
            }
            return switch (code) {
                case DOWN -> focus == Focus.LIST ? Optional.empty() : Optional.of(Shortcut.NEXT);
                case UP -> focus == Focus.LIST ? Optional.empty() : Optional.of(Shortcut.PREVIOUS);
                case SPACE -> focus == Focus.BUTTON ? Optional.empty() : Optional.of(Shortcut.PAGE_DOWN);
                case DELETE -> Optional.of(Shortcut.REMOVE);
                default -> Optional.empty();
            };
        }
        if (character == null || focus == Focus.TYPING) {
            return Optional.empty();
        }
        return switch (character) {
            case "j" -> Optional.of(Shortcut.NEXT);
            case "k" -> Optional.of(Shortcut.PREVIOUS);
            case "/" -> Optional.of(Shortcut.SEARCH);
            case "p" -> Optional.of(Shortcut.PERSON);
            case "t" -> Optional.of(Shortcut.TIMELINE);
            case "m" -> Optional.of(Shortcut.TOGGLE_READ);
            case "s" -> Optional.of(Shortcut.TOGGLE_STAR);
            case "?" -> Optional.of(Shortcut.HELP);
            case "[" -> Optional.of(Shortcut.TOGGLE_LIST);
            case "]" -> Optional.of(Shortcut.TOGGLE_SIDEBAR);
            default -> Optional.empty();
        };
    }

    /**
     * The shortcut a Ctrl/Cmd combination stands for when no menu item owns it; nothing while typing
     * (text fields keep their paste and undo): Ctrl+V opens the web address on the clipboard, Ctrl+Z
     * undoes the last removal.
     */
    public static Optional<Shortcut> combination(KeyCode code, Focus focus, boolean shortcutDown, boolean otherModifier) {
        if (!shortcutDown || otherModifier || focus == Focus.TYPING) {
            return Optional.empty();
        }
        return switch (code) {
            case V -> Optional.of(Shortcut.PASTE_URL);
            case Z -> Optional.of(Shortcut.UNDO);
            default -> Optional.empty();
        };
    }

    static Focus focus(Node owner) {
        if (owner instanceof TextInputControl || owner instanceof ComboBoxBase<?> c && c.isEditable()) {
            return Focus.TYPING;
        }
        if (owner instanceof ListView<?> || owner instanceof ComboBoxBase<?>) {
            return Focus.LIST;
        }
        if (owner instanceof ButtonBase) {
            return Focus.BUTTON;
        }
        return Focus.OTHER;
    }
}
