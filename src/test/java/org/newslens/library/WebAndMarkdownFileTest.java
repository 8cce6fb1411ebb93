package org.newslens.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.ArticleStructure;
import org.newslens.model.Block;
import org.newslens.model.NewArticle;
import org.newslens.web.WebPage;

/** Saved web pages and Markdown files: decoding, the structure kept, and the plain text that offsets index. */
class WebAndMarkdownFileTest {
    @TempDir
    Path dir;

    static byte[] resource(String name) throws IOException {
        try (InputStream in = WebAndMarkdownFileTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    /** Each text block sits at its start offset in the body; images are not part of it. */
    static void assertOffsetsIndexTheBody(NewArticle a) {
        ArticleStructure s = a.structure();
        assertNotNull(s);
        assertEquals(s.plainText(), a.body());
        int[] starts = s.starts();
        for (int i = 0; i < starts.length; i++) {
            Block b = s.blocks().get(i);
            if (b.isText()) {
                assertEquals(b.text(), a.body().substring(starts[i], starts[i] + b.text().length()));
            } else {
                assertEquals(-1, starts[i]);
            }
        }
    }

    @Test
    void aSavedPageKeepsItsArticleAndDropsTheRest() throws Exception {
        Path page = dir.resolve("bridge.html");
        Files.write(page, resource("web/bridge.html"));
        NewArticle a = ArticleFile.read(page);
        assertTrue(a.title().contains("Council approves the new bridge"), a.title());
        assertTrue(a.body().contains("The city council voted on Thursday to build a new bridge"), a.body());
        assertTrue(a.body().contains("Residents can comment on the plans until April 30"), a.body());
        for (String dropped : List.of("script ran", "document.cookie", "color: red", "Home", "Copyright", "steal")) {
            assertFalse(a.body().contains(dropped), "kept " + dropped + ": " + a.body());
        }
        assertOffsetsIndexTheBody(a);
        assertTrue(a.structure().blocks().stream().anyMatch(b -> b.kind() == Block.Kind.HEADING && b.text().equals("What happens next")));
        assertTrue(a.structure().blocks().stream().anyMatch(b -> b.kind() == Block.Kind.LIST_ITEM && b.text().equals("Two lanes for cars and buses")));
        String source = a.meta().url() != null ? a.meta().url() : page.toAbsolutePath().normalize().toString();
        assertEquals(source, a.source(), "the page's canonical address, else the file");
        assertEquals(ArticleFile.Kind.HTML, ArticleFile.Kind.of("Saved Page.HTM"));
    }

    @Test
    void aPageWithoutArticleTextIsRefusedInOneLine() throws Exception {
        ImportException e = assertThrows(ImportException.class,
                () -> ArticleFile.parse(resource("web/empty-page.html"), "s", ArticleFile.Kind.HTML));
        assertEquals("no article text found in the page", e.getMessage());
        assertEquals("empty file", assertThrows(ImportException.class,
                () -> ArticleFile.parse(" \n\t ".getBytes(StandardCharsets.US_ASCII), "s", ArticleFile.Kind.HTML)).getMessage());
    }

    private static String page(String head, String text) {
        return "<!DOCTYPE html><html><head>" + head + "<title>T</title></head><body><p>" + text + "</p></body></html>";
    }

    private static String bodyOf(byte[] bytes) throws ImportException {
        return ArticleFile.parse(bytes, "s", ArticleFile.Kind.HTML).body();
    }

    @Test
    void aPageIsDecodedByItsDeclaredCharset() throws Exception {
        String text = "Café “quoted” – Zürich is where the council met on Tuesday to agree the cost of the new bridge.";
        Charset cp1252 = Charset.forName("windows-1252");
        assertEquals(text, bodyOf(page("<meta charset=\"windows-1252\">", text).getBytes(cp1252)));
        assertEquals(text, bodyOf(page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">", text).getBytes(cp1252)));
        // iso-8859-1 is read as Windows-1252, as browsers do (so the curly quotes survive).
        assertEquals(text, bodyOf(page("<META CHARSET=ISO-8859-1>", text).getBytes(cp1252)));
        String greek = "Η Αθήνα σήμερα είναι μια μεγάλη πόλη με πολλούς ανθρώπους και πολλά σπίτια κοντά στη θάλασσα και στα βουνά.";
        assertEquals(greek, bodyOf(page("<meta charset='iso-8859-7'>", greek).getBytes(Charset.forName("ISO-8859-7"))));
        assertEquals(text, bodyOf(page("<meta charset=\"utf-8\">", text).getBytes(StandardCharsets.UTF_8)));
        assertEquals(text, bodyOf(page("", text).getBytes(StandardCharsets.UTF_8)), "no declaration: UTF-8");
        assertEquals(text, bodyOf(page("", text).getBytes(cp1252)), "no declaration, not UTF-8: Windows-1252");
    }

    @Test
    void aWrongDeclarationOrABomDoesNotGarbleThePage() throws Exception {
        String text = "Café “quoted” – Zürich is where the council met on Tuesday to agree the cost of the new bridge.";
        // Declared UTF-8, written in Windows-1252: not valid UTF-8, so read as Windows-1252.
        assertEquals(text, bodyOf(page("<meta charset=\"utf-8\">", text).getBytes(Charset.forName("windows-1252"))));
        // A byte order mark wins over the declaration.
        byte[] utf8 = page("<meta charset=\"windows-1252\">", text).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertEquals(text, bodyOf(withBom));
        // An unknown charset name falls back to the usual order.
        assertEquals(text, bodyOf(page("<meta charset=\"x-no-such-charset\">", text).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void markdownBecomesItsStructureWithoutMarkup() throws Exception {
        NewArticle a = ArticleFile.parse(resource("md/budget.md"), "s", ArticleFile.Kind.MARKDOWN);
        assertEquals("Budget talks resume", a.title());
        assertEquals(LocalDate.of(2025, 6, 2), a.published());
        assertEquals(List.of("Jo Park", "Sam Reyes"), a.meta().authors());
        assertEquals("Capital Notes", a.meta().site());
        assertEquals("https://notes.example/budget", a.meta().url());
        assertOffsetsIndexTheBody(a);
        for (String markup : List.of("**", "*Monday*", "](", "##", "`", "```", "> ", "|---", "![")) {
            assertFalse(a.body().contains(markup), "markup " + markup + " in " + a.body());
        }
        List<Block> blocks = a.structure().blocks();
        Block first = blocks.get(0);
        assertEquals(Block.Kind.PARAGRAPH, first.kind());
        assertEquals("The finance committee resumed talks on Monday, Chair Lena Ortiz said.", first.text());
        assertEquals(List.of(new Block.Link(first.text().indexOf("Lena Ortiz"), first.text().indexOf("Lena Ortiz") + 10,
                "https://notes.example/ortiz")), first.links());
        assertEquals(new Block(Block.Kind.HEADING, 2, "The three sticking points", List.of(), null), blocks.get(1));
        assertEquals(List.of("ORDERED_ITEM 1 Teacher pay", "ORDERED_ITEM 1 Road repairs", "LIST_ITEM 2 in the north",
                "LIST_ITEM 2 in the south", "ORDERED_ITEM 1 A new reserve fund"),
                blocks.subList(2, 7).stream().map(b -> b.kind() + " " + b.level() + " " + b.text()).toList());
        assertEquals(Block.of(Block.Kind.QUOTE, 1, "The reserve is not negotiable, Ortiz told the committee."), blocks.get(7));
        assertEquals("Item" + MarkdownArticles.CELL_SEPARATOR + "Cost", blocks.get(8).text());
        assertEquals("Roads" + MarkdownArticles.CELL_SEPARATOR + "12m", blocks.get(9).text());
        assertEquals(Block.of(Block.Kind.PREFORMATTED, 0, "total = 12 + 3"), blocks.get(10));
        assertEquals(new Block(Block.Kind.IMAGE, 0, "Chart of the budget", List.of(), "https://notes.example/chart.png"), blocks.get(11));
        assertFalse(a.body().contains("Chart of the budget"), "alt text is not article text");
        Block last = blocks.get(12);
        assertEquals("A bad link stays text.", last.text());
        assertEquals(List.of(), last.links(), "a javascript: link keeps its text only");
    }

    @Test
    void markdownWithoutMarkupKeepsItsTextAsBefore() throws Exception {
        String text = "---\ntitle: T\n---\n\nThe S&P 500 rose [it has] 3% on Monday,\nanalysts said.\n\nSecond paragraph.\n";
        NewArticle a = ArticleFile.parse(text.getBytes(StandardCharsets.UTF_8), "s", ArticleFile.Kind.MARKDOWN);
        assertEquals("The S&P 500 rose [it has] 3% on Monday,\nanalysts said.\n\nSecond paragraph.", a.body());
        NewArticle h1 = ArticleFile.parse("# Markets fall\n\nStocks fell.".getBytes(StandardCharsets.UTF_8), "s", ArticleFile.Kind.MARKDOWN);
        assertEquals("Markets fall", h1.title());
        assertEquals("Stocks fell.", h1.body());
        assertEquals("empty file", assertThrows(ImportException.class,
                () -> ArticleFile.parse(" \n \n".getBytes(StandardCharsets.UTF_8), "s", ArticleFile.Kind.MARKDOWN)).getMessage());
        assertEquals("no article text", assertThrows(ImportException.class,
                () -> ArticleFile.parse("---\ntitle: X\n---\n\n---\n".getBytes(StandardCharsets.UTF_8), "s", ArticleFile.Kind.MARKDOWN)).getMessage());
    }

    @Test
    void markdownWithoutBlankLinesHasOneParagraphPerLine() throws Exception {
        NewArticle a = ArticleFile.parse("Line one.\nA [link](https://x.example/) two.\n- an item\n".getBytes(StandardCharsets.UTF_8),
                "s", ArticleFile.Kind.MARKDOWN);
        assertEquals(List.of(Block.paragraph("Line one."),
                new Block(Block.Kind.PARAGRAPH, 0, "A link two.", List.of(new Block.Link(2, 6, "https://x.example/")), null),
                Block.of(Block.Kind.LIST_ITEM, 1, "an item")), a.structure().blocks());
        assertOffsetsIndexTheBody(a);
        NewArticle wrapped = ArticleFile.parse("One sentence\nwrapped.\n\nTwo.".getBytes(StandardCharsets.UTF_8), "s", ArticleFile.Kind.MARKDOWN);
        assertEquals("One sentence\nwrapped.", wrapped.structure().blocks().get(0).text(), "with blank lines, a line break is a wrap");
    }

    @Test
    void aTextFileHasNoStructure() throws Exception {
        NewArticle a = ArticleFile.parse("One *star* here.\n\nTwo.".getBytes(StandardCharsets.UTF_8), "s", ArticleFile.Kind.TEXT);
        assertEquals("One *star* here.\n\nTwo.", a.body());
        assertNull(a.structure());
    }

    @Test
    void aPageBecomesAnArticleWithItsMetadataAndDate() throws Exception {
        ArticleStructure s = new ArticleStructure(List.of(Block.of(Block.Kind.HEADING, 2, "Sub"), Block.paragraph("Text here.")));
        WebPage page = new WebPage("Head", List.of("Ann Lee"), "The Paper", "https://paper.example/a", "en", LocalDate.of(2024, 5, 6), s);
        NewArticle a = PageArticles.from(page, "/tmp/a.html");
        assertEquals("Head", a.title());
        assertEquals("https://paper.example/a", a.source());
        assertEquals(LocalDate.of(2024, 5, 6), a.published(), "the page's date goes where front matter's would");
        assertEquals("Sub\n\nText here.", a.body());
        assertEquals(List.of("Ann Lee"), a.meta().authors());
        assertEquals("The Paper", a.meta().site());
        assertEquals("en", a.meta().language());
        assertEquals(s, a.structure());
        NewArticle noUrl = PageArticles.from(new WebPage("", List.of(), null, null, null, null, s), "/tmp/a.html");
        assertEquals("/tmp/a.html", noUrl.source());
        assertEquals("Sub", noUrl.title(), "no title: the first sentence");
    }
}
