package org.newslens.ui.reader;

import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.newslens.ui.theme.Css;

/**
 * One image block of the reader: a box with the image's description until it is loaded, then the
 * image itself, never wider than the column (nor than its own width); a failure is said in the box
 * ("image failed: 404 Not Found").
 */
final class ImageBlockView extends VBox {
    private final String src;
    private final Label what = new Label("Image");
    private final Label alt = new Label();
    private final ImageView view = new ImageView();

    ImageBlockView(String src, String altText) {
        super(4);
        this.src = src;
        what.getStyleClass().add(Css.READER_IMAGE_LABEL);
        alt.setText(altText == null || altText.isBlank() ? "(no description)" : altText);
        alt.setWrapText(true);
        alt.setMinHeight(Region.USE_PREF_SIZE);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        // The box follows the column; the image follows the box (so a narrower window shrinks it).
        setMinWidth(0);
        widthProperty().addListener((obs, old, now) -> fit());
        setAccessibleText("Image: " + alt.getText());
        if (altText != null && !altText.isBlank()) {
            javafx.scene.control.Tooltip.install(view, new javafx.scene.control.Tooltip(altText));
        }
        show(ImagesViewModel.ImageState.placeholder());
    }

    /** The image's address, as the article's block has it. */
    String src() {
        return src;
    }

    /** The image loaded, or null. */
    ImageView imageView() {
        return view.getImage() == null ? null : view;
    }

    void show(ImagesViewModel.ImageState<?> state) {
        getStyleClass().removeAll(Css.READER_IMAGE, ImagesCss.LOADED, ImagesCss.FAILED);
        what.getStyleClass().remove(ImagesCss.FAILURE);
        switch (state.status()) {
            case LOADED -> {
                view.setImage((Image) state.image());
                getStyleClass().add(ImagesCss.LOADED);
                getChildren().setAll(view);
                fit();
                return;
            }
            case LOADING -> what.setText("Image · loading…");
            case FAILED -> {
                what.setText("image failed: " + state.reason());
                what.getStyleClass().add(ImagesCss.FAILURE);
                getStyleClass().add(ImagesCss.FAILED);
            }
            default -> what.setText("Image");
        }
        view.setImage(null);
        getStyleClass().add(Css.READER_IMAGE);
        getChildren().setAll(what, alt);
    }

    private void fit() {
        Image img = view.getImage();
        if (img == null) {
            return;
        }
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        view.setFitWidth(room > 0 ? Math.min(img.getWidth(), room) : img.getWidth());
    }
}
