package org.newslens.ui.reader;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.newslens.model.Block;
import org.newslens.ui.theme.Css;

/**
 * One block of the reader: its runs in a text flow, and behind them a soft highlight under each
 * mention (shapes of the flow's own line layout, so a name broken over two lines is marked on both).
 * A list item is indented by its depth with its bullet or number in the margin; a block quote is
 * indented with a rule on its left; headings and preformatted text take their look from the style
 * classes set here. The marker and the rule sit outside the flow, so the flow holds exactly the
 * block's text (selection and highlights map its characters to body offsets).
 */
final class ParagraphView extends Region {
    private static final List<String> BLOCK_CLASSES = List.of(Css.READER_HEADING, Css.READER_LIST_ITEM, Css.READER_QUOTE,
            Css.READER_PRE, Css.READER_HEADING + "-1", Css.READER_HEADING + "-2", Css.READER_HEADING + "-3",
            Css.READER_HEADING + "-4", Css.READER_HEADING + "-5", Css.READER_HEADING + "-6");

    private final TextFlow flow = new TextFlow();
    private final Group backdrop = new Group();
    private final Text marker = new Text();
    private final Region rule = new Region();
    private double laidOutWidth = -1;
    private double indent;

    ParagraphView() {
        getStyleClass().add(Css.READER_PARAGRAPH);
        backdrop.setManaged(false);
        backdrop.setMouseTransparent(true);
        marker.getStyleClass().addAll(Css.READER_RUN, Css.READER_MARKER);
        marker.setTextOrigin(javafx.geometry.VPos.TOP);
        marker.setManaged(false);
        marker.setVisible(false);
        rule.getStyleClass().add(Css.READER_QUOTE_RULE);
        rule.setManaged(false);
        rule.setVisible(false);
        getChildren().addAll(backdrop, rule, marker, flow);
    }

    TextFlow flow() {
        return flow;
    }

    void setLineSpacing(double spacing) {
        flow.setLineSpacing(spacing);
        laidOutWidth = -1;
    }

    /**
     * Shows the block's kind: {@code null} for a plain paragraph. {@code unit} is the indent of one
     * nesting level in pixels (about two ems of the reading size).
     */
    void setBlock(Block block, String markerText, double unit) {
        getStyleClass().removeAll(BLOCK_CLASSES);
        Block.Kind kind = block == null ? Block.Kind.PARAGRAPH : block.kind();
        int level = block == null ? 0 : Math.max(1, block.level());
        indent = 0;
        marker.setVisible(false);
        rule.setVisible(false);
        switch (kind) {
            case HEADING -> getStyleClass().addAll(Css.READER_HEADING, Css.READER_HEADING + "-" + Math.min(6, level));
            case LIST_ITEM, ORDERED_ITEM -> {
                getStyleClass().add(Css.READER_LIST_ITEM);
                indent = unit * level;
                marker.setText(markerText == null ? "" : markerText);
                marker.setVisible(!marker.getText().isEmpty());
            }
            case QUOTE -> {
                getStyleClass().add(Css.READER_QUOTE);
                indent = unit * level;
                rule.setVisible(true);
            }
            case PREFORMATTED -> getStyleClass().add(Css.READER_PRE);
            default -> {
            }
        }
        laidOutWidth = -1;
        requestLayout();
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

    private double flowWidth(double width) {
        Insets in = getInsets();
        return Math.max(1, width - in.getLeft() - in.getRight() - indent);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        return in.getTop() + flow.prefHeight(flowWidth(width < 0 ? getWidth() : width)) + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + indent + flow.prefWidth(height) + in.getRight();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = getWidth();
        double fw = flowWidth(w);
        double x = in.getLeft() + indent;
        flow.resizeRelocate(x, in.getTop(), fw, flow.prefHeight(fw));
        backdrop.setLayoutX(x);
        backdrop.setLayoutY(in.getTop());
        if (marker.isVisible()) {
            double mw = marker.getLayoutBounds().getWidth();
            marker.relocate(x - mw - Math.max(6, indent * 0.25), in.getTop());
        }
        if (rule.isVisible()) {
            double rw = Math.max(2, rule.prefWidth(-1));
            rule.resizeRelocate(x - indent * 0.6, 0, rw, getHeight());
        }
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
