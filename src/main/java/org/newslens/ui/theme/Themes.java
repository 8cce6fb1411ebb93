package org.newslens.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.text.Font;

/** Light and dark: AtlantaFX's Primer as the base stylesheet, our small stylesheet on top. */
public final class Themes {
    /** Reading faces in order of preference; the first one installed wins. */
    private static final List<String> SERIF_FACES = List.of("Charter", "Iowan Old Style", "Georgia", "Source Serif 4",
            "Source Serif Pro", "Noto Serif", "Palatino Linotype", "P052", "Book Antiqua", "C059", "Liberation Serif",
            "DejaVu Serif", "Times New Roman");
    private static final String ICON_DIR = "/org/newslens/ui/";
    private static String serif;

    private Themes() {
    }

    /** Sets the application-wide base theme. Call on the FX thread. */
    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static void addStylesheet(Scene scene) {
        scene.getStylesheets().add(Themes.class.getResource(Css.STYLESHEET).toExternalForm());
    }

    /** The window icon in the sizes we ship. */
    public static List<Image> icons() {
        return List.of(32, 64, 256).stream()
                .map(size -> new Image(Themes.class.getResource(ICON_DIR + "icon-" + size + ".png").toExternalForm()))
                .toList();
    }

    /** The serif face for reading that this machine has ("Serif", JavaFX's logical font, if none of ours). */
    public static synchronized String serifFamily() {
        if (serif == null) {
            List<String> installed = Font.getFamilies();
            serif = SERIF_FACES.stream().filter(installed::contains).findFirst().orElse("Serif");
        }
        return serif;
    }
}
