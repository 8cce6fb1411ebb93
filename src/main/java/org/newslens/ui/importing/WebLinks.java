package org.newslens.ui.importing;

import java.net.URI;
import java.util.Optional;
import javafx.scene.input.Clipboard;
import org.newslens.library.UrlImport;

/**
 * The web address a user pastes or drops: a URL (a browser's link drag puts it as
 * {@code text/uri-list}) or plain text that is one http(s) address. Files are not links.
 */
public final class WebLinks {
    private WebLinks() {
    }

    /** The link on a clipboard or drag board ({@link javafx.scene.input.Dragboard} is a Clipboard), if any. */
    public static Optional<URI> onClipboard(Clipboard board) {
        if (board.hasUrl()) {
            Optional<URI> url = UrlImport.find(board.getUrl());
            if (url.isPresent()) {
                return url;
            }
        }
        return board.hasString() ? UrlImport.find(board.getString()) : Optional.empty();
    }
}
