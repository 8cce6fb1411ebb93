package org.newslens.ui.filter;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.newslens.model.ArticleFilter;
import org.newslens.model.Cooccurrence;
import org.newslens.ui.actors.ActorChooserDialog;
import org.newslens.ui.state.PersonChip;
import org.newslens.ui.theme.Css;

/**
 * Above the panes: the search field, "Person…", the date range and the live count; below them, when
 * people are chosen, their removable chips, All/Any, and who appears with them.
 */
public final class FilterBarView extends VBox {
    private final FilterViewModel vm;
    private final CustomTextField search = new CustomTextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final FlowPane chips = new FlowPane(6, 6);
    private final FlowPane appears = new FlowPane(6, 6);
    private final ToggleButton all = new ToggleButton("All");
    private final ToggleButton any = new ToggleButton("Any");
    private boolean following;

    public FilterBarView(FilterViewModel vm, ObservableValue<String> countText) {
        this.vm = vm;
        getStyleClass().add(Css.FILTER_BAR);

        search.setPromptText("Search articles  ( / )");
        search.setId("searchField");
        search.setPrefColumnCount(22);
        search.textProperty().addListener((o, was, now) -> vm.onQuery(now));
        Button clearText = new Button("✕");
        clearText.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, Css.FILTER_CHIP_CLOSE);
        clearText.setFocusTraversable(false);
        clearText.setAccessibleText("Clear the search");
        clearText.setOnAction(e -> search.clear());
        clearText.visibleProperty().bind(search.textProperty().isNotEmpty());
        search.setRight(clearText);
        Button person = new Button("Person…");
        person.setId("personPickerButton");
        person.setTooltip(new Tooltip("Show only the articles that mention a person"));
        person.setOnAction(e -> choosePerson());
        from.setPromptText("From");
        to.setPromptText("To");
        from.setId("fromDate");
        to.setId("toDate");
        for (DatePicker p : new DatePicker[] {from, to}) {
            org.newslens.ui.theme.DateFields.install(p);
            p.setPrefWidth(140);
            p.valueProperty().addListener((o, was, now) -> {
                if (!following) {
                    vm.onRange(from.getValue(), to.getValue());
                }
            });
        }
        Label published = new Label("Published");
        published.getStyleClass().add(Css.FILTER_LABEL);
        Label dash = new Label("–");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label count = new Label();
        count.setId("filterCount");
        count.getStyleClass().add(Css.FILTER_COUNT);
        count.textProperty().bind(countText);
        Button clear = new Button("Clear filter");
        clear.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        clear.setTooltip(new Tooltip("Esc"));
        clear.setOnAction(e -> vm.onClear());
        clear.visibleProperty().bind(vm.activeProperty());
        clear.managedProperty().bind(clear.visibleProperty());
        // In a narrow window the search field and the date fields give way; labels and buttons keep their text.
        for (Region r : new Region[] {person, published, count, clear, dash}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        search.setMinWidth(110);
        from.setMinWidth(96);
        to.setMinWidth(96);
        HBox top = new HBox(8, search, person, published, from, dash, to, grow, count, clear);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add(Css.FILTER_ROW);

        ToggleGroup mode = new ToggleGroup();
        all.setToggleGroup(mode);
        any.setToggleGroup(mode);
        all.setTooltip(new Tooltip("Articles that mention every chosen person"));
        any.setTooltip(new Tooltip("Articles that mention at least one chosen person"));
        all.getStyleClass().addAll(Styles.LEFT_PILL, Styles.SMALL);
        any.getStyleClass().addAll(Styles.RIGHT_PILL, Styles.SMALL);
        all.setId("modeAll");
        any.setId("modeAny");
        all.setOnAction(e -> vm.onAny(false));
        any.setOnAction(e -> vm.onAny(true));
        HBox modeBox = new HBox(all, any);
        modeBox.visibleProperty().bind(javafx.beans.binding.Bindings.size(vm.persons()).greaterThan(1));
        modeBox.managedProperty().bind(modeBox.visibleProperty());
        Label mentioning = new Label("Mentioning");
        mentioning.getStyleClass().add(Css.FILTER_LABEL);
        chips.setId("filterChips");
        chips.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(chips, Priority.SOMETIMES);
        Label with = new Label("Appears with");
        with.getStyleClass().add(Css.FILTER_LABEL);
        with.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.appearsWith()));
        with.managedProperty().bind(with.visibleProperty());
        appears.setId("appearsWith");
        appears.getStyleClass().add(Css.APPEARS_WITH);
        appears.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(appears, Priority.ALWAYS);
        mentioning.setMinWidth(Region.USE_PREF_SIZE);
        with.setMinWidth(Region.USE_PREF_SIZE);
        HBox people = new HBox(8, mentioning, chips, modeBox, with, appears);
        people.setAlignment(Pos.CENTER_LEFT);
        people.getStyleClass().add(Css.FILTER_ROW);
        people.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.persons()));
        people.managedProperty().bind(people.visibleProperty());

        getChildren().addAll(top, people);
        vm.persons().addListener((ListChangeListener<PersonChip>) c -> showChips());
        vm.appearsWith().addListener((ListChangeListener<Cooccurrence>) c -> showAppearsWith());
        vm.filterProperty().addListener((o, was, now) -> follow(now));
        follow(vm.filterProperty().get());
        showChips();
    }

    /** The person picker: every person in the library with article counts, type-ahead. */
    public void choosePerson() {
        ActorChooserDialog.choose(getScene().getWindow(), "Filter by person", "Show the articles that mention…",
                vm.personPicker()).ifPresent(vm::onAddPerson);
    }

    /** Gives the search field the focus, its text selected (the "/" key). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Shows the filter as it is now (e.g. after Esc cleared it) without echoing it back. */
    private void follow(ArticleFilter f) {
        if (!Objects.equals(search.getText(), f.query()) && !search.getText().strip().equals(f.query())) {
            search.setText(f.query());
        }
        following = true;
        setIfDifferent(from, f.from());
        setIfDifferent(to, f.to());
        following = false;
        (f.any() ? any : all).setSelected(true);
    }

    private static void setIfDifferent(DatePicker p, LocalDate d) {
        if (!Objects.equals(p.getValue(), d)) {
            p.setValue(d);
        }
    }

    private void showChips() {
        chips.getChildren().clear();
        for (PersonChip p : vm.persons()) {
            Label name = new Label(p.name());
            Button remove = new Button("✕");
            remove.getStyleClass().addAll(Css.FILTER_CHIP_CLOSE, Styles.FLAT);
            remove.setAccessibleText("Remove " + p.name() + " from the filter");
            remove.setOnAction(e -> vm.onRemovePerson(p.actorId()));
            HBox chip = new HBox(2, name, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add(Css.FILTER_CHIP);
            chip.setUserData(p);
            chips.getChildren().add(chip);
        }
    }

    private void showAppearsWith() {
        appears.getChildren().clear();
        for (Cooccurrence c : vm.appearsWith()) {
            Button b = new Button(c.name() + "  " + c.articles());
            b.getStyleClass().addAll(Css.APPEARS_WITH_ITEM, Styles.FLAT, Styles.SMALL, kindClass(c.type()));
            b.setTooltip(new Tooltip("In " + c.articles() + (c.articles() == 1 ? " article" : " articles")
                    + " with the chosen people. Click to add to the filter."));
            b.setOnAction(e -> vm.onAddAppearsWith(c));
            // A click must not take the focus: these buttons are rebuilt at once, and the focus would then
            // fall to the search field, where j/k no longer move through the articles.
            b.setFocusTraversable(false);
            appears.getChildren().add(b);
        }
    }

    private static String kindClass(String type) {
        return switch (type) {
            case "PERSON" -> Css.MENTION_PERSON;
            case "ORGANIZATION" -> Css.MENTION_ORGANISATION;
            default -> Css.MENTION_PLACE;
        };
    }
}
