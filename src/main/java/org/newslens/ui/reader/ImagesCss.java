package org.newslens.ui.reader;

/** Style classes of {@code images.css}: the reader's images and its "Load images" bar. */
final class ImagesCss {
    static final String STYLESHEET = "/org/newslens/ui/reader/images.css";

    static final String BAR = "images-bar";
    static final String BAR_TEXT = "images-bar-text";
    static final String LOADED = "reader-image-loaded";
    static final String FAILED = "reader-image-failed";
    static final String FAILURE = "reader-image-failure";

    private ImagesCss() {
    }
}
