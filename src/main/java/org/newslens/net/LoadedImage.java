package org.newslens.net;

import java.net.URI;

/**
 * An image's bytes as fetched and checked by {@link ImageLoader}: a PNG, JPEG, GIF or BMP, within
 * the size cap. The array is shared with the cache: read it, never change it.
 *
 * @param uri    the address the article names (the cache key)
 * @param format the format its bytes are in ("png", "jpeg", "gif", "bmp")
 * @param width  width in pixels, from the image's header
 * @param height height in pixels, from the image's header
 */
public record LoadedImage(URI uri, String format, int width, int height, byte[] bytes) {
}
