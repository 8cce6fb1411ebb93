package org.newslens.ui.notes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.Background;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newslens.ui.theme.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The person field's suggestion popup (ControlsFX, a window of its own) follows the theme: under the
 * dark theme its rows are dark with light text, under the light theme light with dark text.
 */
@ExtendWith(ApplicationExtension.class)
class PersonFieldThemeTest {
    private TextField field;

    @Start
    void start(Stage primary) {
        // A window of its own: the shared primary stage keeps the size the next window test expects.
        Stage stage = new Stage();
        field = Forms.personField(FXCollections.observableArrayList("Angela Merkel", "Anna Lindh", "Boris Johnson"));
        field.setId("person");
        Scene scene = new Scene(new StackPane(field), 400, 200);
        Themes.addStylesheet(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void lightAgain() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Themes.apply(false);
            field.getScene().getWindow().hide();
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theSuggestionsAreDarkWithLightTextInTheDarkTheme(FxRobot robot) throws Exception {
        List<Double> cell = suggestionRow(robot, true);
        assertTrue(cell.get(0) < 0.35, "a dark row under the dark theme, luminance " + cell.get(0));
        assertTrue(cell.get(1) > 0.6, "light text under the dark theme, luminance " + cell.get(1));
    }

    @Test
    void theSuggestionsAreLightWithDarkTextInTheLightTheme(FxRobot robot) throws Exception {
        List<Double> cell = suggestionRow(robot, false);
        assertTrue(cell.get(0) > 0.65, "a light row under the light theme, luminance " + cell.get(0));
        assertTrue(cell.get(1) < 0.4, "dark text under the light theme, luminance " + cell.get(1));
    }

    /** Types "an" and returns the luminance of the first suggestion's background and text. */
    private List<Double> suggestionRow(FxRobot robot, boolean dark) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Themes.apply(dark)).get(10, TimeUnit.SECONDS);
        robot.clickOn("#person").write("an");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> firstRow() != null));
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> found = fx(() -> {
            ListCell<?> row = firstRow();
            return List.of(luminance(seenBehind(row)), luminance(row.getTextFill()));
        });
        assertFalse(found.contains(Double.NaN), "the row has a solid background and text colour");
        return found;
    }

    /** The first filled row of a showing suggestion popup, or null. */
    private static ListCell<?> firstRow() {
        for (Window w : Window.getWindows()) {
            if (w instanceof PopupWindow && w.isShowing() && w.getScene() != null) {
                for (var n : w.getScene().getRoot().lookupAll(".list-cell")) {
                    if (n instanceof ListCell<?> c && !c.isEmpty() && c.getItem() != null) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    /** The colour one sees behind a node: its own opaque fill, else its nearest ancestor's. */
    private static Paint seenBehind(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.layout.Region r && background(r.getBackground()) != null) {
                return background(r.getBackground());
            }
        }
        return null;
    }

    /** The topmost opaque fill of a background, or null. */
    private static Paint background(Background b) {
        if (b == null) {
            return null;
        }
        Paint top = null;
        for (var f : b.getFills()) {
            if (f.getFill() instanceof Color c && c.getOpacity() > 0.5) {
                top = c;
            }
        }
        return top;
    }

    private static double luminance(Paint p) {
        if (!(p instanceof Color c)) {
            return Double.NaN;
        }
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }
}
