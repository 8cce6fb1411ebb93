package org.newslens.library;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bytes of a fetched web page to text: the charset the server declared in Content-Type, then
 * what {@link TextDecoder#decodeHtml(byte[], Charset)} does for any page (byte order mark, meta
 * charset, UTF-8, Windows-1252).
 */
public final class HtmlDecoder {
    private static final Pattern CHARSET_PARAM = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9_.:+-]+)");

    private HtmlDecoder() {
    }

    /**
     * @param contentType the Content-Type header, or null
     */
    public static String decode(byte[] bytes, String contentType) throws ImportException {
        return TextDecoder.decodeHtml(bytes, charsetParam(contentType));
    }

    /** The charset parameter of a Content-Type header, if it names one this JDK knows. */
    static Charset charsetParam(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET_PARAM.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
