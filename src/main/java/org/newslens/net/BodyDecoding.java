package org.newslens.net;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes the Content-Encoding we asked for (gzip, deflate) with the same cap on the decompressed
 * size, so that a small bomb that inflates to gigabytes is refused after the cap's worth of output.
 */
final class BodyDecoding {
    private BodyDecoding() {
    }

    /** Thrown when the decompressed body goes over the cap. */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** Thrown for an encoding we did not ask for or a corrupt stream; the message is the reason. */
    static final class Undecodable extends Exception {
        private static final long serialVersionUID = 1L;

        Undecodable(String reason) {
            super(reason);
        }
    }

    /**
     * @param contentEncoding the Content-Encoding header, or null; encodings are undone last-applied first
     */
    static byte[] decode(byte[] body, String contentEncoding, long cap) throws TooLarge, Undecodable {
        if (contentEncoding == null || contentEncoding.isBlank()) {
            return body;
        }
        String[] codings = contentEncoding.toLowerCase(Locale.ROOT).split(",");
        byte[] out = body;
        for (int i = codings.length - 1; i >= 0; i--) {
            String c = codings[i].strip();
            out = switch (c) {
                case "", "identity" -> out;
                case "gzip", "x-gzip" -> inflate(out, cap, "gzip", false);
                case "deflate" -> inflate(out, cap, "deflate", true);
                default -> throw new Undecodable("unsupported Content-Encoding " + c);
            };
        }
        return out;
    }

    private static byte[] inflate(byte[] in, long cap, String name, boolean deflate) throws TooLarge, Undecodable {
        try {
            if (!deflate) {
                return readCapped(new GZIPInputStream(new ByteArrayInputStream(in), 8192), cap);
            }
            try {
                return inflateWith(in, cap, false);
            } catch (java.util.zip.ZipException zlib) {
                // Some servers send raw DEFLATE without the zlib wrapper.
                return inflateWith(in, cap, true);
            }
        } catch (TooLarge e) {
            throw e;
        } catch (IOException e) {
            throw new Undecodable("corrupt " + name + " response");
        }
    }

    private static byte[] inflateWith(byte[] in, long cap, boolean raw) throws IOException, TooLarge {
        Inflater inflater = new Inflater(raw);
        try {
            return readCapped(new InflaterInputStream(new ByteArrayInputStream(in), inflater, 8192), cap);
        } finally {
            inflater.end();
        }
    }

    private static byte[] readCapped(InputStream in, long cap) throws IOException, TooLarge {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[16384];
            long total = 0;
            int n;
            while ((n = in.read(chunk)) != -1) {
                total += n;
                if (total > cap) {
                    throw new TooLarge();
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        }
    }
}
