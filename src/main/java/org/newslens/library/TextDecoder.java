package org.newslens.library;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: UTF-8 (BOM optional), UTF-16 with a BOM, else Windows-1252. Refuses binary data.
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
