package org.newslens.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application. (Placeholder until the window lands.) */
public final class NewsLensApp extends Application {
    static volatile Path libraryDir;

    @Override
    public void start(Stage stage) {
        stage.setTitle("NewsLens");
        stage.setScene(new Scene(new Label("NewsLens: " + libraryDir), 800, 600));
        stage.show();
    }
}
