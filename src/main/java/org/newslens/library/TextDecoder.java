package org.newslens.library;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: UTF-8 (BOM optional), UTF-16 with a BOM, else Windows-1252; for HTML also the page's
 * declared charset. Refuses binary data.
 */
final class TextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF = 8192;

    private TextDecoder() {
    }

    static String decode(byte[] bytes) throws ImportException {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16");
        }
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        }
        if (looksBinary(bytes, offset)) {
            throw new ImportException("binary file, not text");
        }
        try {
            return decodeStrict(bytes, offset, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            if (offset == 3) {
                throw new ImportException("invalid UTF-8 after a UTF-8 byte order mark");
            }
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** Where an HTML page may declare its encoding: the first bytes, as the HTML standard's prescan does. */
    private static final int HTML_PRESCAN = 4096;
    private static final java.util.regex.Pattern META_CHARSET = java.util.regex.Pattern.compile(
            "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * An HTML page's bytes to text: a byte order mark wins; else the charset the server declared
     * ({@code serverCharset}, null for a saved file), else the one a {@code <meta charset>} or
     * {@code <meta http-equiv="Content-Type" content="...; charset=...">} in the first 4 KiB declares,
     * if Java knows it and the bytes are valid in it (a page declared UTF-8 but written in Windows-1252
     * is read as Windows-1252); else UTF-8, else Windows-1252. ISO-8859-1 and ASCII labels mean
     * Windows-1252, as browsers read them.
     */
    static String decodeHtml(byte[] bytes, Charset serverCharset) throws ImportException {
        boolean bom = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
                || bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        Charset declared = bom ? null : serverCharset != null ? asBrowsersRead(serverCharset) : declaredCharset(bytes);
        if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
            return decode(bytes);
        }
        if (looksBinary(bytes, 0)) {
            throw new ImportException("binary file, not text");
        }
        try {
            return decodeStrict(bytes, 0, declared);
        } catch (CharacterCodingException wrongDeclaration) {
            return decode(bytes);
        }
    }

    /** A saved page: no server, so its own declaration or the bytes decide. */
    static String decodeHtml(byte[] bytes) throws ImportException {
        return decodeHtml(bytes, null);
    }

    /** The charset a page declares in its first bytes, or null (none, unknown, or a UTF-16 claim in ASCII bytes). */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HTML_PRESCAN), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
        if (name.startsWith("utf-16")) {
            return StandardCharsets.UTF_8; // the standard's rule: bytes that spell an ASCII tag are not UTF-16
        }
        try {
            return Charset.isSupported(name) ? asBrowsersRead(Charset.forName(name)) : null;
        } catch (java.nio.charset.IllegalCharsetNameException e) {
            return null;
        }
    }

    private static Charset asBrowsersRead(Charset cs) {
        return cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII) ? WINDOWS_1252 : cs;
    }

    private static String strict(byte[] bytes, int offset, Charset cs, String name) throws ImportException {
        try {
            return decodeStrict(bytes, offset, cs);
        } catch (CharacterCodingException e) {
            throw new ImportException("invalid " + name + " text");
        }
    }

    private static String decodeStrict(byte[] bytes, int offset, Charset cs) throws CharacterCodingException {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    /** NUL bytes, or many control characters, in the first 8 KiB mean binary data. */
    private static boolean looksBinary(byte[] bytes, int offset) {
        int end = Math.min(bytes.length, offset + SNIFF);
        int control = 0;
        for (int i = offset; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        int n = end - offset;
        return n > 0 && control * 10 > n; // over 10 % control characters
    }
}
