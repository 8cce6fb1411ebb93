package org.newslens.ui.theme;

import javafx.scene.Parent;
import javafx.scene.control.Skin;
import org.controlsfx.control.textfield.AutoCompletionBinding;

/**
 * Makes a ControlsFX suggestion popup follow the theme. The popup is a window of its own and its list
 * brings ControlsFX's stylesheet (Modena variables, white in any theme), which outranks the scene's;
 * ours is added to the list's own stylesheets after it once the popup has its skin.
 */
public final class PersonSuggestions {
    private PersonSuggestions() {
    }

    public static <T> AutoCompletionBinding<T> themed(AutoCompletionBinding<T> binding) {
        var popup = binding.getAutoCompletionPopup();
        String sheet = PersonSuggestions.class.getResource(Css.AUTOCOMPLETE_STYLESHEET).toExternalForm();
        popup.skinProperty().addListener((o, old, skin) -> addTo(skin, sheet));
        addTo(popup.getSkin(), sheet);
        return binding;
    }

    private static void addTo(Skin<?> skin, String sheet) {
        if (skin != null && skin.getNode() instanceof Parent p && !p.getStylesheets().contains(sheet)) {
            p.getStylesheets().add(sheet);
        }
    }
}
