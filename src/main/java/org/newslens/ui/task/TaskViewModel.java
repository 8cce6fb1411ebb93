package org.newslens.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * A view model that runs one cancellable background task at a time (import, re-analysis, feeds) and
 * shows it through its {@link TaskState}: the bars bind to these read-only properties.
 */
public abstract class TaskViewModel {
    /** The running task's state; only the subclass changes it. */
    protected final TaskState task = new TaskState(this);

    public final ReadOnlyBooleanProperty runningProperty() {
        return task.runningProperty();
    }

    /** Fraction done in [0, 1] while running, or -1 while the amount of work is not known yet. */
    public final ReadOnlyDoubleProperty progressProperty() {
        return task.progressProperty();
    }

    /** What is happening now, or what the last task did ("2 imported, …", "3 feeds refreshed: …"). */
    public final ReadOnlyStringProperty messageProperty() {
        return task.messageProperty();
    }
}
