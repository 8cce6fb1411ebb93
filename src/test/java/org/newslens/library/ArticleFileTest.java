package org.newslens.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.NewArticle;

class ArticleFileTest {
    @TempDir
    Path dir;

    private static NewArticle parse(String s) throws ImportException {
        return ArticleFile.parse(s.getBytes(StandardCharsets.UTF_8), "src");
    }

    @Test
    void frontMatterGivesTitleDateAndSource() throws Exception {
        NewArticle a = parse("---\ntitle: \"Airbus wins order\"\npublished: 2005-06-13\nsource: https://example.org/a\n---\n\nAirbus said on Monday it won an order.\n");
        assertEquals("Airbus wins order", a.title());
        assertEquals(LocalDate.of(2005, 6, 13), a.published());
        assertEquals("https://example.org/a", a.source());
        assertEquals("Airbus said on Monday it won an order.", a.body());
    }

    @Test
    void dateKeyAndDateTimeValuesWork() throws Exception {
        assertEquals(LocalDate.of(2024, 1, 2), parse("---\ndate: 2024-01-02\n---\nText here.").published());
        assertEquals(LocalDate.of(2024, 1, 2), parse("---\ndate: \"2024-01-02T10:15:00+00:00\"\n---\nText here.").published());
    }

    @Test
    void aWrongDateIsAClearError() {
        ImportException e = assertThrows(ImportException.class, () -> parse("---\ndate: 2024-13-45\n---\nText."));
        assertTrue(e.getMessage().contains("not a valid date"), e.getMessage());
        e = assertThrows(ImportException.class, () -> parse("---\npublished: last week\n---\nText."));
        assertTrue(e.getMessage().contains("not a valid date"), e.getMessage());
    }

    @Test
    void malformedFrontMatterIsAClearError() {
        ImportException e = assertThrows(ImportException.class, () -> parse("---\ntitle: [unclosed\njust words\n---\nText."));
        assertTrue(e.getMessage().startsWith("malformed front matter"), e.getMessage());
    }

    @Test
    void sloppyFrontMatterFromOtherToolsStillImports() throws Exception {
        NewArticle a = parse("---\ntitle: \"Boeing 787 \\\"Dreamliner\\\" flies\"\npublished: 2009-12-16\n"
                + "source: \"http://example.org/Boeing_787_\"Dreamliner\"_flies\"\n---\nThe plane flew.");
        assertEquals("Boeing 787 \"Dreamliner\" flies", a.title());
        assertEquals(LocalDate.of(2009, 12, 16), a.published());
        assertEquals("http://example.org/Boeing_787_\"Dreamliner\"_flies", a.source());
    }

    @Test
    void markdownHeadingIsTheTitleAndLeavesTheBody() throws Exception {
        NewArticle a = parse("# Markets fall\n\nStocks fell sharply today.\n");
        assertEquals("Markets fall", a.title());
        assertEquals("Stocks fell sharply today.", a.body());
        assertNull(a.published());
    }

    @Test
    void firstSentenceIsTheTitleOtherwiseCutAtAWord() throws Exception {
        assertEquals("Stocks fell sharply today.", parse("Stocks fell sharply today. Then they rose.").title());
        String longSentence = "word ".repeat(60).trim() + ".";
        String title = parse(longSentence).title();
        assertTrue(title.length() <= ArticleFile.TITLE_LIMIT + 1, title);
        assertTrue(title.endsWith("word…"), title);
    }

    @Test
    void decodesUtf8WithAndWithoutBom() throws Exception {
        byte[] body = "Zelenskyy met Müller in Kyiv — “talks”.".getBytes(StandardCharsets.UTF_8);
        assertEquals("Zelenskyy met Müller in Kyiv — “talks”.", ArticleFile.parse(body, "s").body());
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals("Zelenskyy met Müller in Kyiv — “talks”.", ArticleFile.parse(withBom, "s").body());
    }

    @Test
    void decodesUtf16WithBom() throws Exception {
        String text = "Café talks in Zürich.";
        assertEquals(text, ArticleFile.parse(bom(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)), "s").body());
        assertEquals(text, ArticleFile.parse(bom(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)), "s").body());
    }

    @Test
    void fallsBackToWindows1252() throws Exception {
        byte[] cp1252 = "Café “quoted” – done.".getBytes(Charset.forName("windows-1252"));
        assertEquals("Café “quoted” – done.", ArticleFile.parse(cp1252, "s").body());
    }

    @Test
    void crlfBecomesNewline() throws Exception {
        assertEquals("One.\nTwo.", parse("One.\r\nTwo.\r\n").body());
    }

    @Test
    void badInputGetsAOneLineReason() throws Exception {
        assertEquals("empty file", assertThrows(ImportException.class, () -> ArticleFile.parse(new byte[0], "s")).getMessage());
        assertEquals("empty file", assertThrows(ImportException.class, () -> parse("  \n\n \t\n")).getMessage());
        assertEquals("no article text", assertThrows(ImportException.class, () -> parse("---\ntitle: Only a title\n---\n\n")).getMessage());
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals("binary file, not text", assertThrows(ImportException.class, () -> ArticleFile.parse(binary, "s")).getMessage());

        Path huge = dir.resolve("huge.txt");
        Files.write(huge, new byte[(int) ArticleFile.MAX_BYTES + 1]);
        assertTrue(assertThrows(ImportException.class, () -> ArticleFile.read(huge)).getMessage().startsWith("file too large"));
        assertEquals("file not found", assertThrows(ImportException.class, () -> ArticleFile.read(dir.resolve("missing.txt"))).getMessage());
        Path pdf = dir.resolve("a.pdf");
        Files.writeString(pdf, "x");
        assertTrue(assertThrows(ImportException.class, () -> ArticleFile.read(pdf)).getMessage().startsWith("unsupported file type"));
    }

    private static byte[] bom(byte[] bom, byte[] rest) {
        byte[] out = new byte[bom.length + rest.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(rest, 0, out, bom.length, rest.length);
        return out;
    }
}
