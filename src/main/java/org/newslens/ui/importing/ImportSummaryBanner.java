package org.newslens.ui.importing;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import atlantafx.base.theme.Styles;
import org.newslens.ui.theme.Css;

/**
 * A banner above the panes with the last import's summary: the headline, then one line per failed
 * file. Shown while the view model holds a summary; Close dismisses it.
 */
public final class ImportSummaryBanner extends BorderPane {
    /** More failure lines than this are summed up as "…and N more". */
    static final int MAX_LINES = 8;

    private final Label headline = new Label();
    private final VBox lines = new VBox(2);

    public ImportSummaryBanner(ImportViewModel vm) {
        getStyleClass().add(Css.IMPORT_BANNER);
        setId("importSummary");
        headline.getStyleClass().add(Css.IMPORT_BANNER_TITLE);
        headline.setId("importHeadline");
        Button close = new Button("Close");
        close.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        close.setOnAction(e -> vm.onDismissSummary());
        setCenter(new VBox(4, headline, lines));
        HBox right = new HBox(close);
        right.setAlignment(Pos.TOP_RIGHT);
        setRight(right);

        visibleProperty().bind(vm.summaryProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        vm.summaryProperty().addListener((obs, old, now) -> show(now));
        show(vm.summaryProperty().get());
    }

    private void show(ImportSummary summary) {
        lines.getChildren().clear();
        getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER);
        if (summary == null) {
            headline.setText(null);
            return;
        }
        headline.setText(summary.headline());
        getStyleClass().add(summary.failedOutright() ? Styles.DANGER : summary.hasFailures() ? Styles.WARNING : Styles.SUCCESS);
        int shown = Math.min(MAX_LINES, summary.failures().size());
        for (int i = 0; i < shown; i++) {
            lines.getChildren().add(line(summary.failures().get(i)));
        }
        int more = summary.failures().size() - shown;
        if (more > 0) {
            lines.getChildren().add(line("…and " + more + " more"));
        }
    }

    private static Label line(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Css.IMPORT_BANNER_LINE);
        l.setWrapText(true);
        return l;
    }
}
