package org.newslens.notes.export;

import org.newslens.model.Note;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.notes.AnnotatedArticle;
import org.newslens.notes.AnnotationQuery;
import org.newslens.notes.Fixture;
import org.newslens.notes.HighlightStore;
import org.newslens.notes.NoteFilter;
import org.newslens.notes.NoteStore;
import org.newslens.store.Database;
import org.yaml.snakeyaml.Yaml;

class ExportFormatsTest {
    static final String NASTY_TITLE = "Peace: “talks”, 'deals' & <b>#1</b>";

    @TempDir
    Path dir;
    Database db;
    long a;
    long b;
    List<AnnotatedArticle> all;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        a = Fixture.article(db, NASTY_TITLE, LocalDate.of(2025, 4, 22), "Ann Lee", "Bo Chan");
        b = Fixture.article(db, "Undated", null, "Cy Dee");
        new NoteStore(db).save(a, "# My note\n\n- =SUM(A1) is not a formula\n- \"quoted\", with comma");
        new HighlightStore(db).addFirstOccurrence(a, "Ann Lee said on Monday", "=HYPERLINK(\"http://x\")", List.of("talks", "two words"));
        new HighlightStore(db).addFirstOccurrence(a, "Bo Chan said", "line one\nline two, with \"quotes\"", List.of());
        new HighlightStore(db).addFirstOccurrence(b, "Cy Dee", "-minus", List.of("@at"));
        all = new AnnotationQuery(db).list(NoteFilter.all());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void jsonRoundTripGivesTheSameContent() {
        String json = JsonExport.write(all, "all notes");
        List<AnnotatedArticle> back = JsonExport.read(json);
        assertEquals(all, back);
        assertEquals(json, JsonExport.write(back, "all notes"));
        assertThrows(IllegalArgumentException.class, () -> JsonExport.read("{\"format\":\"other\"}"));
        assertThrows(IllegalArgumentException.class, () -> JsonExport.read("not json"));
    }

    @Test
    void csvQuotesAndNeutralisesFormulas() {
        assertEquals("plain", CsvExport.cell("plain"));
        assertEquals("\"a,b\"", CsvExport.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvExport.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvExport.cell("two\nlines"));
        assertEquals("'=1+1", CsvExport.cell("=1+1"));
        assertEquals("'+1", CsvExport.cell("+1"));
        assertEquals("'-1", CsvExport.cell("-1"));
        assertEquals("'@SUM(A1)", CsvExport.cell("@SUM(A1)"));
        assertEquals("'\tx", CsvExport.cell("\tx"));
        assertEquals("\"'\rx\"", CsvExport.cell("\rx"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvExport.cell("=HYPERLINK(\"http://x\")"));

        String csv = CsvExport.write(all);
        assertTrue(csv.endsWith("\r\n"));
        List<List<String>> rows = parseCsv(csv);
        assertEquals(CsvExport.HEADER, rows.get(0));
        assertEquals(1 + 4, rows.size(), rows.toString()); // 3 highlights + 1 note
        for (List<String> r : rows) {
            assertEquals(CsvExport.HEADER.size(), r.size(), r.toString());
        }
        List<String> first = rows.get(1);
        assertEquals(Long.toString(a), first.get(0));
        assertEquals(NASTY_TITLE, first.get(1));
        assertEquals("2025-04-22", first.get(2));
        assertEquals("Ann Lee; Bo Chan", first.get(4));
        assertEquals("highlight", first.get(5));
        assertEquals("Ann Lee said on Monday", first.get(6));
        assertEquals("'=HYPERLINK(\"http://x\")", first.get(7));
        assertEquals("talks; two words", first.get(8));
        assertEquals("line one\nline two, with \"quotes\"", rows.get(2).get(7));
        assertEquals("note", rows.get(3).get(5));
        assertTrue(rows.get(3).get(7).contains("- =SUM(A1) is not a formula"));
        assertEquals("'-minus", rows.get(4).get(7));
        assertEquals("'@at", rows.get(4).get(8));
        assertEquals("", rows.get(4).get(2));
    }

    /** A strict RFC 4180 reader for the test. */
    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                assertEquals(0, cell.length(), "quote inside an unquoted field");
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r') {
                assertEquals('\n', s.charAt(i + 1));
                i++;
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                assertFalse(ch == '\n', "bare line feed outside quotes");
                cell.append(ch);
            }
        }
        assertFalse(quoted);
        return rows;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> frontMatter(String md) {
        assertTrue(md.startsWith("---\n"), md);
        int end = md.indexOf("\n---\n", 4);
        assertTrue(end > 0, md);
        return new Yaml().load(md.substring(4, end));
    }

    @Test
    @SuppressWarnings("unchecked")
    void markdownArticleHasYamlFrontMatterQuotesAndNote() {
        AnnotatedArticle x = all.get(0);
        String md = MarkdownExport.article(x);
        Map<String, Object> fm = frontMatter(md);
        assertEquals(NASTY_TITLE, fm.get("title"));
        assertEquals("Fixture Times", fm.get("source"));
        assertEquals("2025-04-22", String.valueOf(fm.get("published")));
        assertEquals(List.of("Ann Lee", "Bo Chan"), fm.get("actors"));
        assertEquals(List.of("talks", "two-words"), fm.get("tags"));
        assertEquals(a, ((Number) fm.get("newslens_id")).longValue());
        assertEquals(x.contentHash(), fm.get("content_hash"));
        assertTrue(md.contains("\n# " + NASTY_TITLE + "\n"), md);
        assertTrue(md.contains("## Highlights\n\n> Ann Lee said on Monday\n\n=HYPERLINK(\"http://x\")\n\nTags: #talks #two-words · People: Ann Lee · Dates: Monday (" + org.newslens.dates.ReadableDates.day(java.time.LocalDate.of(2025, 4, 21)) + ")\n"), md);
        assertTrue(md.contains("> Bo Chan said\n\nline one\nline two"), md);
        assertTrue(md.contains("## Note\n\n# My note\n"), md);
        assertEquals(md, MarkdownExport.article(x), "deterministic");

        String doc = MarkdownExport.document(all, "all notes");
        Map<String, Object> dfm = frontMatter(doc);
        assertEquals(2, ((List<Object>) dfm.get("articles")).size());
        assertTrue(doc.contains("\n## " + NASTY_TITLE + "\n"), doc);
        assertTrue(doc.contains("\n## Undated\n\n*Undated · Fixture Times"), doc);
    }

    @Test
    void htmlIsEscapedAndStandAlone() {
        String html = HtmlExport.write(all, "all <notes>");
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<style>"));
        assertFalse(html.contains("<b>#1</b>"), "title not escaped");
        assertTrue(html.contains("Peace: “talks”, &#39;deals&#39; &amp; &lt;b&gt;#1&lt;/b&gt;"), html);
        assertTrue(html.contains("all &lt;notes&gt;"));
        assertTrue(html.contains("<blockquote>\n<p>Ann Lee said on Monday</p>\n</blockquote>"), html);
        assertTrue(html.contains("=HYPERLINK(&quot;http://x&quot;)"), html);
        assertTrue(html.contains("line one<br>\nline two"), html);
        assertTrue(html.contains("<span class=\"tag\">two words</span>"), html);
        assertFalse(html.contains("<script"));
    }

    @Test
    void slugsAndFileNamesAreStable() {
        assertEquals("peace-talks-deals-b-1-b", FileNames.slug(NASTY_TITLE));
        assertEquals("zelensky-s-offer", FileNames.slug("Zélensky’s offer"));
        assertEquals("article", FileNames.slug("“…”"));
        assertTrue(FileNames.slug("word ".repeat(40)).length() <= 60);
        assertEquals("2025-04-22-peace-talks-deals-b-1-b-" + a + ".md", FileNames.article(all.get(0), "md"));
        assertEquals("undated-undated-" + b + ".md", FileNames.article(all.get(1), "md"));
    }
}
