package org.newslens.notes.export;

import java.util.List;
import org.newslens.notes.AnnotatedArticle;
import org.newslens.notes.AnnotatedArticle.AnnotatedHighlight;

/**
 * CSV (RFC 4180: CRLF line ends, fields with comma, quote or line break quoted, quotes doubled), one row
 * per note or highlight. A cell that a spreadsheet would run as a formula (starting with =, +, -, @,
 * tab or CR) gets a leading apostrophe.
 */
public final class CsvExport {
    static final List<String> HEADER = List.of("article_id", "title", "published", "source", "actors", "kind", "quote",
            "comment", "tags", "people_in_quote", "dates_in_quote");

    private CsvExport() {
    }

    public static String write(List<AnnotatedArticle> articles) {
        StringBuilder sb = new StringBuilder();
        row(sb, HEADER);
        for (AnnotatedArticle a : articles) {
            String published = a.published() == null ? "" : a.published().toString();
            String actors = String.join("; ", a.actors());
            for (AnnotatedHighlight h : a.highlights()) {
                row(sb, List.of(Long.toString(a.id()), a.title(), published, a.source(), actors, "highlight", h.highlight().quote(),
                        h.highlight().comment(), String.join("; ", h.highlight().tags()), String.join("; ", h.actors()),
                        String.join("; ", h.dates().stream().map(MarkdownExport::date).toList())));
            }
            if (a.note() != null) {
                row(sb, List.of(Long.toString(a.id()), a.title(), published, a.source(), actors, "note", "", a.note().body(), "", "", ""));
            }
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        sb.append("\r\n");
    }

    /** One field: neutralised if it could run as a formula, then quoted if needed. */
    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
