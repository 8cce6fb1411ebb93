package org.newslens.library;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bytes of a web page to text: a byte order mark first, then the charset the server declared,
 * then a {@code <meta charset>} near the top, else UTF-8 or Windows-1252 as for files
 * ({@link TextDecoder}). A page declared UTF-8 whose bytes are not (a common server mistake) is
 * read as Windows-1252; ISO-8859-1 and ASCII mean Windows-1252, as browsers read them.
 */
final class HtmlDecoder {
    /** How far to look for a meta charset (browsers look at the first 1024 bytes; pages pad their heads). */
    private static final int PRESCAN = 4096;
    private static final Pattern CHARSET_PARAM = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9_.:+-]+)");
    private static final Pattern META = Pattern.compile("(?is)<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:+-]+)");

    private HtmlDecoder() {
    }

    /**
     * @param contentType the Content-Type header, or null (a saved file)
     */
    static String decode(byte[] bytes, String contentType) throws ImportException {
        if (hasBom(bytes)) {
            return TextDecoder.decode(bytes);
        }
        Charset declared = charsetParam(contentType);
        if (declared == null) {
            declared = metaCharset(bytes);
        }
        if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
            return TextDecoder.decode(bytes);
        }
        if (declared.equals(StandardCharsets.ISO_8859_1) || declared.equals(StandardCharsets.US_ASCII)) {
            declared = TextDecoder.WINDOWS_1252;
        }
        for (int i = 0; i < Math.min(bytes.length, 8192) && !declared.name().startsWith("UTF-16"); i++) {
            if (bytes[i] == 0) {
                throw new ImportException("binary file, not text");
            }
        }
        return new String(bytes, declared);
    }

    /** The charset parameter of a Content-Type header, if it names one this JDK knows. */
    static Charset charsetParam(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET_PARAM.matcher(contentType);
        return m.find() ? charset(m.group(1)) : null;
    }

    private static Charset metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        if (!m.find()) {
            return null;
        }
        // A meta tag readable as ASCII is not in UTF-16, whatever it says (HTML spec).
        return m.group(1).toLowerCase(Locale.ROOT).startsWith("utf-16") ? StandardCharsets.UTF_8 : charset(m.group(1));
    }

    private static Charset charset(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
                || b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }
}
