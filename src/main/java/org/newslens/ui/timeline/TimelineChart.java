package org.newslens.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.newslens.ui.theme.Css;

/**
 * The histogram over a real time axis: one slot per period from the first day to the last (empty
 * ones drawn as empty slots), a bar in each as high as its count, the axis line and labelled ticks
 * below, as many as fit the width without overlapping ({@link TimelineAxis#ticks}). Nodes, so the
 * theme's stylesheet colours it (light and dark). A click on a period calls back with its bin.
 */
final class TimelineChart extends Region {
    static final double BARS_HEIGHT = 44;
    private static final double TICK = 4;
    private static final double LABEL_GAP = 14;
    private static final double SLOT_GAP = 1;

    private final Consumer<TimelineAxis.Bin> chosen;
    private final Region line = new Region();
    /** Gives the labels' font (from the stylesheet) for measuring; never shown. */
    private final Label measure = new Label("0");
    private final List<Region> slots = new ArrayList<>();
    private final List<Region> bars = new ArrayList<>();
    private final List<Region> tickMarks = new ArrayList<>();
    private final List<Label> tickLabels = new ArrayList<>();
    private TimelineAxis axis = TimelineAxis.EMPTY;
    private double ticksForWidth = -1;
    private List<TimelineAxis.Tick> ticks = List.of();

    TimelineChart(Consumer<TimelineAxis.Bin> chosen) {
        this.chosen = chosen;
        getStyleClass().add(Css.TIMELINE_CHART);
        setId("timelineChart");
        line.getStyleClass().add(Css.TIMELINE_AXIS);
        measure.getStyleClass().add(Css.TIMELINE_TICK_LABEL);
        measure.setVisible(false);
        measure.setManaged(false);
        getChildren().addAll(line, measure);
        setMinHeight(USE_PREF_SIZE);
        setMinWidth(0);
    }

    TimelineAxis axis() {
        return axis;
    }

    /** The tick labels drawn now, left to right (for tests and accessibility). */
    List<String> tickTexts() {
        return tickLabels.stream().map(Label::getText).toList();
    }

    void show(TimelineAxis a) {
        axis = a;
        getChildren().removeAll(slots);
        getChildren().removeAll(bars);
        slots.clear();
        bars.clear();
        for (TimelineAxis.Bin b : a.bins()) {
            Region slot = new Region();
            slot.getStyleClass().add(Css.TIMELINE_SLOT);
            Region bar = new Region();
            bar.getStyleClass().add(b.count() == 0 ? Css.TIMELINE_SLOT_EMPTY : Css.TIMELINE_GROUP_BAR);
            String tip = b.label() + ": " + (b.count() == 1 ? "1 dated sentence" : b.count() + " dated sentences");
            Tooltip.install(slot, new Tooltip(tip));
            Tooltip.install(bar, new Tooltip(tip));
            if (b.count() > 0) {
                slot.setOnMouseClicked(e -> chosen.accept(b));
                bar.setOnMouseClicked(e -> chosen.accept(b));
            }
            slot.setAccessibleText(tip);
            slots.add(slot);
            bars.add(bar);
        }
        getChildren().addAll(0, slots);
        getChildren().addAll(slots.size(), bars);
        ticksForWidth = -1;
        requestLayout();
    }

    private double labelHeight() {
        return Math.ceil(measure.prefHeight(-1));
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + BARS_HEIGHT + 1 + TICK + 2 + labelHeight() + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + 200 + snappedRightInset();
    }

    @Override
    protected void layoutChildren() {
        double x0 = snappedLeftInset();
        double y0 = snappedTopInset();
        double w = Math.max(0, getWidth() - x0 - snappedRightInset());
        double base = y0 + BARS_HEIGHT;
        line.resizeRelocate(x0, base, w, 1);
        if (axis.isEmpty()) {
            clearTicks();
            return;
        }
        int most = Math.max(1, axis.most());
        List<TimelineAxis.Bin> bins = axis.bins();
        double gap = w / bins.size() > 4 ? SLOT_GAP : 0;
        for (int i = 0; i < bins.size(); i++) {
            TimelineAxis.Bin b = bins.get(i);
            double left = snapPositionX(x0 + axis.position(b.start()) * w);
            double right = snapPositionX(x0 + axis.position(b.end()) * w);
            double bw = Math.max(1, right - left - gap);
            slots.get(i).resizeRelocate(left, y0, bw, BARS_HEIGHT);
            double h = b.count() == 0 ? 2 : Math.max(3, Math.round(BARS_HEIGHT * b.count() / most));
            bars.get(i).resizeRelocate(left, base - h, bw, h);
        }
        if (w != ticksForWidth) {
            ticksForWidth = w;
            makeTicks(w);
        }
        double labelY = base + 1 + TICK + 2;
        double lh = labelHeight();
        for (int i = 0; i < ticks.size() && i < tickLabels.size(); i++) {
            double x = snapPositionX(x0 + ticks.get(i).position() * w);
            tickMarks.get(i).resizeRelocate(x, base + 1, 1, TICK);
            Label l = tickLabels.get(i);
            l.resizeRelocate(x, labelY, Math.ceil(textWidth(l.getText())) + 1, lh);
        }
    }

    /** Chooses the ticks for this width (only when the width or the axis changed) and makes their nodes. */
    private void makeTicks(double w) {
        clearTicks();
        ticks = axis.ticks(w, this::textWidth, LABEL_GAP);
        for (TimelineAxis.Tick t : ticks) {
            Region mark = new Region();
            mark.getStyleClass().add(Css.TIMELINE_TICK);
            Label label = new Label(t.label());
            label.getStyleClass().add(Css.TIMELINE_TICK_LABEL);
            label.setMinWidth(USE_PREF_SIZE);
            tickMarks.add(mark);
            tickLabels.add(label);
        }
        getChildren().addAll(tickMarks);
        getChildren().addAll(tickLabels);
    }

    private void clearTicks() {
        ticks = List.of();
        getChildren().removeAll(tickMarks);
        getChildren().removeAll(tickLabels);
        tickMarks.clear();
        tickLabels.clear();
    }

    private double textWidth(String s) {
        Text t = new Text(s);
        t.setFont(measure.getFont());
        return t.getLayoutBounds().getWidth();
    }
}
