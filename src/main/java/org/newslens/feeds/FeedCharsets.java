package org.newslens.feeds;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a fetched document's bytes into text. Order: a byte-order mark; else the XML declaration's
 * encoding; else the Content-Type charset; else UTF-8. Text declared (or assumed) UTF-8 whose bytes
 * are not valid UTF-8 is read as Windows-1252, the usual mistake of old publishing tools.
 */
final class FeedCharsets {
    private static final Pattern XML_ENCODING = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern CT_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private FeedCharsets() {
    }

    static String decode(byte[] b, String contentType) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) return lenientUtf8(b, 3);
        if (startsWith(b, 0xFE, 0xFF)) return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        if (startsWith(b, 0xFF, 0xFE)) return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        if (startsWith(b, 0x00, 0x3C, 0x00, 0x3F)) return new String(b, StandardCharsets.UTF_16BE);
        if (startsWith(b, 0x3C, 0x00, 0x3F, 0x00)) return new String(b, StandardCharsets.UTF_16LE);
        Charset cs = declared(b);
        if (cs == null) cs = fromContentType(contentType);
        if (cs == null || cs.equals(StandardCharsets.UTF_8) || cs.equals(StandardCharsets.US_ASCII)) {
            return lenientUtf8(b, 0);
        }
        if (cs.equals(StandardCharsets.ISO_8859_1)) cs = WINDOWS_1252; // as browsers do: a superset
        return new String(b, cs);
    }

    private static Charset declared(byte[] b) {
        int n = Math.min(b.length, 200);
        String head = new String(b, 0, n, StandardCharsets.ISO_8859_1).stripLeading();
        Matcher m = XML_ENCODING.matcher(head);
        return m.find() ? charset(m.group(1)) : null;
    }

    static Charset fromContentType(String contentType) {
        if (contentType == null) return null;
        Matcher m = CT_CHARSET.matcher(contentType);
        return m.find() ? charset(m.group(1)) : null;
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null; // unknown or unsupported: fall through to the next rule
        }
    }

    /** Strict UTF-8; if the bytes are not UTF-8, Windows-1252 (every byte maps to a character). */
    private static String lenientUtf8(byte[] b, int offset) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = d.decode(ByteBuffer.wrap(b, offset, b.length - offset));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return new String(b, offset, b.length - offset, WINDOWS_1252);
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
