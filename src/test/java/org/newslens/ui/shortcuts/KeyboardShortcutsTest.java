package org.newslens.ui.shortcuts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.newslens.ui.shortcuts.KeyboardShortcuts.Focus;

class KeyboardShortcutsTest {
    @Test
    void singleKeysActOutsideTextFieldsOnly() {
        assertEquals(Optional.of(Shortcut.NEXT), KeyboardShortcuts.match("j", null, Focus.OTHER, false));
        assertEquals(Optional.of(Shortcut.PREVIOUS), KeyboardShortcuts.match("k", null, Focus.LIST, false));
        assertEquals(Optional.of(Shortcut.SEARCH), KeyboardShortcuts.match("/", null, Focus.BUTTON, false));
        assertEquals(Optional.of(Shortcut.HELP), KeyboardShortcuts.match("?", null, Focus.OTHER, false));
        assertEquals(Optional.of(Shortcut.TOGGLE_READ), KeyboardShortcuts.match("m", null, Focus.LIST, false));
        assertEquals(Optional.of(Shortcut.TOGGLE_STAR), KeyboardShortcuts.match("s", null, Focus.OTHER, false));
        assertEquals(Optional.empty(), KeyboardShortcuts.match("s", null, Focus.OTHER, true), "Ctrl+S is not s");
        for (String key : new String[] {"j", "k", "/", "?", "t", "p", "m", "s"}) {
            assertEquals(Optional.empty(), KeyboardShortcuts.match(key, null, Focus.TYPING, false), key);
        }
        assertEquals(Optional.empty(), KeyboardShortcuts.match(null, KeyCode.SPACE, Focus.TYPING, false));
        assertEquals(Optional.empty(), KeyboardShortcuts.match("j", null, Focus.OTHER, true), "Ctrl+J is not j");
    }

    @Test
    void arrowsAndSpaceLeaveListsAndButtonsTheirOwnKeysEscAlwaysClears() {
        assertEquals(Optional.of(Shortcut.NEXT), KeyboardShortcuts.match(null, KeyCode.DOWN, Focus.OTHER, false));
        assertEquals(Optional.empty(), KeyboardShortcuts.match(null, KeyCode.DOWN, Focus.LIST, false));
        assertEquals(Optional.of(Shortcut.PAGE_DOWN), KeyboardShortcuts.match(null, KeyCode.SPACE, Focus.LIST, false));
        assertEquals(Optional.empty(), KeyboardShortcuts.match(null, KeyCode.SPACE, Focus.BUTTON, false));
        assertEquals(Optional.of(Shortcut.CLEAR), KeyboardShortcuts.match(null, KeyCode.ESCAPE, Focus.TYPING, false));
    }

    @Test
    void ctrlVOpensALinkOutsideTextFieldsAndPastesInside() {
        assertEquals(Optional.of(Shortcut.PASTE_URL), KeyboardShortcuts.combination(KeyCode.V, Focus.LIST, true, false));
        assertEquals(Optional.of(Shortcut.PASTE_URL), KeyboardShortcuts.combination(KeyCode.V, Focus.OTHER, true, false));
        assertEquals(Optional.empty(), KeyboardShortcuts.combination(KeyCode.V, Focus.TYPING, true, false), "a field pastes");
        assertEquals(Optional.empty(), KeyboardShortcuts.combination(KeyCode.V, Focus.OTHER, false, false), "v alone");
        assertEquals(Optional.empty(), KeyboardShortcuts.combination(KeyCode.V, Focus.OTHER, true, true), "Ctrl+Shift+V");
        assertEquals(Optional.empty(), KeyboardShortcuts.combination(KeyCode.C, Focus.OTHER, true, false));
    }
}
