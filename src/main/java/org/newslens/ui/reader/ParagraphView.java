package org.newslens.ui.reader;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.newslens.ui.theme.Css;

/**
 * One paragraph of the reader: its runs in a text flow, and behind them a soft highlight under each
 * mention (shapes of the flow's own line layout, so a name broken over two lines is marked on both).
 */
final class ParagraphView extends Region {
    private final TextFlow flow = new TextFlow();
    private final Group backdrop = new Group();
    private double laidOutWidth = -1;

    ParagraphView() {
        getStyleClass().add(Css.READER_PARAGRAPH);
        backdrop.setManaged(false);
        backdrop.setMouseTransparent(true);
        getChildren().addAll(backdrop, flow);
    }

    TextFlow flow() {
        return flow;
    }

    void setLineSpacing(double spacing) {
        flow.setLineSpacing(spacing);
        laidOutWidth = -1;
    }

    void setRuns(List<Text> runs, String text) {
        flow.getChildren().setAll(runs);
        flow.setAccessibleText(text);
        setAccessibleText(text);
        laidOutWidth = -1;
        requestLayout();
    }

    /** Redraws the highlights at the next layout (a run's font changed, e.g. bold when selected). */
    void refreshBackdrop() {
        laidOutWidth = -1;
        requestLayout();
    }

    List<Node> runs() {
        return flow.getChildren();
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        return flow.prefHeight(width < 0 ? getWidth() : width);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return flow.prefWidth(height);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        flow.resizeRelocate(0, 0, w, flow.prefHeight(w));
        if (w != laidOutWidth) {
            laidOutWidth = w;
            flow.layout();
            drawBackdrop();
        }
    }

    private void drawBackdrop() {
        List<Node> shapes = new ArrayList<>();
        int at = 0;
        for (Node n : flow.getChildren()) {
            Text t = (Text) n;
            int len = t.getText().length();
            MarkedText.Run r = (MarkedText.Run) t.getUserData();
            if (r != null && r.mark() != null && len > 0) {
                PathElement[] elements = flow.rangeShape(at, at + len);
                Path p = new Path(elements);
                p.getStyleClass().addAll(Css.MENTION_BACKDROP, backdropClass(r.mark().kind()));
                p.setStrokeWidth(0);
                shapes.add(p);
            }
            at += len;
        }
        backdrop.getChildren().setAll(shapes);
    }

    static String backdropClass(MarkedText.Kind kind) {
        return switch (kind) {
            case PERSON -> Css.MENTION_PERSON;
            case ORGANISATION -> Css.MENTION_ORGANISATION;
            case PLACE -> Css.MENTION_PLACE;
            case DATE -> Css.MENTION_DATE;
        };
    }
}
