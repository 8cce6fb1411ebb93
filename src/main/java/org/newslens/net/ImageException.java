package org.newslens.net;

/** An image that was not loaded; {@link #reason()} is one line for the user ("not an image (text/html)"). */
public final class ImageException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImageException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public String reason() {
        return getMessage();
    }
}
