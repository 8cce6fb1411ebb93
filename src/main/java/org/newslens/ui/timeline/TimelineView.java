package org.newslens.ui.timeline;

import org.newslens.model.TimelineSentence;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.newslens.dates.ReadableDates;
import org.newslens.ui.theme.Css;

/**
 * The timeline: a histogram over a real time axis ({@link TimelineChart}: every day, week, month or
 * year from the first date to the last, empty ones too, with labelled ticks), then the sentences as a
 * list, each period a heading followed by its sentences (a sentence once, under its earliest day, with
 * a chip for each day it names), the people in them and the article. Enter or a click opens a sentence
 * in the reader; a click on a bar scrolls the list to its period.
 */
public final class TimelineView extends BorderPane {
    /** A line of the list: a stretch's heading, or one sentence. */
    private record Row(TimelineGrouping.Group group, TimelineSentence entry) {
    }

    private final TimelineViewModel vm;
    private final ListView<Row> list = new ListView<>();
    private final TimelineChart chart = new TimelineChart(this::scrollTo);

    public TimelineView(TimelineViewModel vm, Runnable opened) {
        this.vm = vm;
        getStyleClass().add(Css.TIMELINE);
        // The tab already says "Timeline": the header starts with what is on it, which then fits a narrow pane.
        Label summary = new Label();
        summary.getStyleClass().add(Css.MUTED);
        summary.setId("timelineSummary");
        summary.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = vm.countProperty().get();
            String by = vm.shownScaleProperty().get().toString().toLowerCase(java.util.Locale.ROOT);
            return (n == 1 ? "1 dated sentence" : n + " dated sentences") + " · by " + by;
        }, vm.countProperty(), vm.shownScaleProperty()));
        summary.setMinWidth(0);
        ComboBox<TimelineGrouping.Scale> scale = new ComboBox<>();
        scale.getItems().setAll(TimelineGrouping.Scale.values());
        scale.setValue(vm.scaleProperty().get());
        scale.getStyleClass().add(Styles.SMALL);
        scale.setMinWidth(Region.USE_PREF_SIZE);
        scale.setPrefWidth(104);
        scale.setTooltip(new Tooltip("Group the dates by day, week, month or year"));
        scale.valueProperty().addListener((o, was, now) -> vm.onScale(now));
        CheckBox involving = new CheckBox("Only sentences that name the chosen people");
        involving.setSelected(vm.involvingOnlyProperty().get());
        involving.selectedProperty().addListener((o, was, now) -> vm.onInvolvingOnly(now));
        involving.visibleProperty().bind(vm.peopleProperty());
        involving.managedProperty().bind(involving.visibleProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(10, summary, grow, scale);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(Css.PANE_HEADER);
        Label broadened = new Label("None names them, so here are all the dates of their articles.");
        broadened.getStyleClass().add(Css.MUTED);
        broadened.visibleProperty().bind(vm.broadenedProperty());
        broadened.managedProperty().bind(broadened.visibleProperty());
        broadened.setWrapText(true);
        VBox options = new VBox(4, involving, broadened);
        options.getStyleClass().add(Css.PANE_HEADER);
        options.visibleProperty().bind(vm.peopleProperty());
        options.managedProperty().bind(options.visibleProperty());

        setTop(new VBox(header, options, chart));

        list.setId("timelineList");
        list.setCellFactory(v -> new Cell());
        Label empty = new Label("No dated sentences in these articles. Dates that name a day (\"Tuesday\", \"23 April\") appear here.");
        empty.setWrapText(true);
        empty.setMaxWidth(380);
        empty.getStyleClass().add(Css.EMPTY_STATE_TEXT);
        list.setPlaceholder(empty);
        list.setOnMouseClicked(e -> openSelected(opened));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(opened);
            }
        });
        setCenter(list);
        vm.groups().addListener((ListChangeListener<TimelineGrouping.Group>) c -> show());
        show();
    }

    private void openSelected(Runnable opened) {
        Row row = list.getSelectionModel().getSelectedItem();
        if (row != null && row.entry() != null) {
            vm.onOpen(row.entry());
            opened.run();
        }
    }

    private void show() {
        List<Row> rows = new ArrayList<>();
        for (TimelineGrouping.Group g : vm.groups()) {
            rows.add(new Row(g, null));
            g.sentences().forEach(e -> rows.add(new Row(null, e)));
        }
        list.getItems().setAll(rows);
        TimelineAxis axis = vm.axisProperty().get();
        chart.show(axis);
        chart.setVisible(!axis.isEmpty());
        chart.setManaged(chart.isVisible());
    }

    /** Scrolls the list to the first sentence naming a day in the bin (its period's heading when it has one). */
    private void scrollTo(TimelineAxis.Bin bin) {
        List<Row> rows = list.getItems();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            boolean heading = r.group() != null && r.group().start().equals(bin.start());
            boolean names = r.entry() != null && r.entry().days().stream()
                    .anyMatch(d -> !d.isBefore(bin.start()) && d.isBefore(bin.end()));
            if (heading || names) {
                list.scrollTo(i);
                return;
            }
        }
    }

    /** Reuses its nodes; a heading and a sentence share the cell and switch graphic. */
    private static final class Cell extends ListCell<Row> {
        private static final double INDENT = 44;
        private final Label heading = new Label();
        private final Label sentence = new Label();
        private final HBox dates = new HBox(4);
        private final Label people = new Label();
        private final Label article = new Label();
        private final HBox meta = new HBox(10, dates, people);
        private final VBox entry = new VBox(3, sentence, meta, article);

        Cell() {
            heading.getStyleClass().add(Css.TIMELINE_GROUP);
            sentence.getStyleClass().add(Css.TIMELINE_SENTENCE);
            sentence.setWrapText(true);
            sentence.setMinHeight(Region.USE_PREF_SIZE);
            sentence.setMinWidth(0);
            sentence.prefWidthProperty().bind(widthProperty().subtract(INDENT));
            dates.setMinWidth(Region.USE_PREF_SIZE);
            dates.setAlignment(Pos.CENTER_LEFT);
            meta.setAlignment(Pos.CENTER_LEFT);
            people.getStyleClass().add(Css.TIMELINE_PEOPLE);
            people.setMinWidth(0);
            article.getStyleClass().add(Css.TIMELINE_ARTICLE);
            article.setMinWidth(0);
            article.maxWidthProperty().bind(widthProperty().subtract(INDENT));
            entry.getStyleClass().add(Css.TIMELINE_ENTRY);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            if (row.group() != null) {
                int n = row.group().sentences().size();
                heading.setText(row.group().label() + "   ·   " + n);
                setGraphic(heading);
                setAccessibleText(row.group().label() + ", " + n + " dated sentences");
                return;
            }
            TimelineSentence e = row.entry();
            String s = e.sentence() == null || e.sentence().isBlank() ? e.dates().get(0).text() : e.sentence().replaceAll("\\s+", " ").strip();
            sentence.setText(s);
            List<Label> chips = new ArrayList<>();
            for (java.time.LocalDate d : e.days()) {
                Label chip = new Label(ReadableDates.day(d));
                chip.getStyleClass().addAll(Css.TIMELINE_DATE, Css.TIMELINE_DATE_CHIP);
                chip.setMinWidth(Region.USE_PREF_SIZE);
                String written = e.dates().stream().filter(x -> d.equals(TimelineGrouping.day(x.day())))
                        .map(x -> "\u201c" + x.text() + "\u201d").distinct().collect(java.util.stream.Collectors.joining(", "));
                chip.setTooltip(new Tooltip("Written " + written));
                chips.add(chip);
            }
            dates.getChildren().setAll(chips);
            people.setText(String.join("  ·  ", e.actors()));
            article.setText(e.articleTitle());
            setGraphic(entry);
            setAccessibleText(s + ", " + chips.stream().map(Label::getText).collect(java.util.stream.Collectors.joining(", "))
                    + ", in " + e.articleTitle());
        }
    }
}
