package org.newslens.ui;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The window tests' way to read the scene graph on the FX thread and wait for it, each within {@code seconds}. */
public record FxWait(long seconds) {
    /** Runs on the FX thread and waits: the scene graph is read only there. */
    public <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(seconds, TimeUnit.SECONDS);
    }

    /** Waits until {@code condition}, checked on the FX thread, holds. */
    public void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition));
    }

    /** The texts of the visible nodes {@code query} finds: a label's text, else the node's accessible text. */
    public List<String> texts(FxRobot robot, String query) throws Exception {
        return texts(robot, query, n -> n instanceof Label l ? l.getText() : n.getAccessibleText());
    }

    /** The non-null {@code text} of the visible nodes {@code query} finds. */
    public List<String> texts(FxRobot robot, String query, Function<Node, String> text) throws Exception {
        return fx(() -> robot.lookup(query).queryAll().stream()
                .filter(Node::isVisible)
                .map(text)
                .filter(Objects::nonNull)
                .toList());
    }
}
