package org.newslens.ui.reader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javafx.scene.image.Image;
import org.newslens.net.LoadedImage;

/**
 * Decodes fetched bytes into a JavaFX image, off the FX thread, scaled down when wider than asked.
 * JavaFX is only ever handed bytes, never an address: it would fetch that itself, past our fetcher.
 */
public final class FxImageDecoder implements ImagesViewModel.Decoder<Image> {
    @Override
    public Image decode(LoadedImage image, int maxWidth) throws IOException {
        InputStream in = new ByteArrayInputStream(image.bytes());
        Image img = image.width() > maxWidth ? new Image(in, maxWidth, 0, true, true) : new Image(in);
        if (img.isError() || img.getWidth() <= 0) {
            Exception e = img.getException();
            throw new IOException(e == null || e.getMessage() == null ? "not decodable" : e.getMessage(), e);
        }
        return img;
    }
}
