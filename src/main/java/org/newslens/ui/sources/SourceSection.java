package org.newslens.ui.sources;

import javafx.collections.ObservableList;

/**
 * A section of the sources pane: a title, its lines (read-only; the view model fills them) and what
 * to say when it has none.
 */
public record SourceSection(String id, String title, ObservableList<SourceItem> items, String placeholder) {
}
