package org.newslens.ui.theme;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/** Rows of a pane that are reused as its list changes: only their number changes, each is filled anew. */
public final class ReusedRows {
    private ReusedRows() {
    }

    /**
     * Makes {@code rows} hold one node per item (removing from the end, adding with {@code make}), then
     * {@code fill}s the i-th node with the i-th item. Every child of {@code rows} is a node {@code make} made.
     */
    @SuppressWarnings("unchecked")
    public static <T, N extends Node> void show(Pane rows, List<? extends T> items, Supplier<? extends N> make,
                                                BiConsumer<? super N, ? super T> fill) {
        List<Node> children = rows.getChildren();
        while (children.size() > items.size()) {
            children.remove(children.size() - 1);
        }
        while (children.size() < items.size()) {
            children.add(make.get());
        }
        for (int i = 0; i < items.size(); i++) {
            fill.accept((N) children.get(i), items.get(i));
        }
    }
}
