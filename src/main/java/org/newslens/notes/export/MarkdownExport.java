package org.newslens.notes.export;

import org.newslens.model.Note;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newslens.notes.AnnotatedArticle;
import org.newslens.notes.AnnotatedArticle.AnnotatedHighlight;
import org.newslens.notes.AnnotatedArticle.DateRef;
import org.newslens.model.Highlight;

/**
 * Markdown, Obsidian-friendly: YAML front matter, highlights as block quotes followed by their comment
 * and tags, then the note. Output is deterministic (no export time) so that a repeated export of
 * unchanged notes writes identical files.
 */
public final class MarkdownExport {
    private MarkdownExport() {
    }

    /** One article as a file of its own: front matter with the article's metadata and id. */
    public static String article(AnnotatedArticle a) {
        StringBuilder sb = new StringBuilder(FrontMatter.block(FrontMatter.article(a)));
        sb.append('\n').append("# ").append(line(a.title())).append("\n\n");
        body(sb, a, "##");
        return sb.toString();
    }

    /** Several articles in one file: the front matter lists them; each is a section. */
    public static String document(List<AnnotatedArticle> articles, String scope) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("title", "NewsLens notes");
        fm.put("scope", scope);
        List<Map<String, Object>> list = new ArrayList<>();
        articles.forEach(a -> list.add(FrontMatter.article(a)));
        fm.put("articles", list);
        StringBuilder sb = new StringBuilder(FrontMatter.block(fm));
        sb.append("\n# NewsLens notes: ").append(line(scope)).append("\n\n");
        if (articles.isEmpty()) {
            sb.append("No notes or highlights.\n");
        }
        for (AnnotatedArticle a : articles) {
            sb.append("## ").append(line(a.title())).append("\n\n");
            body(sb, a, "###");
        }
        return sb.toString();
    }

    private static void body(StringBuilder sb, AnnotatedArticle a, String h) {
        sb.append(meta(a)).append("\n\n");
        if (!a.actors().isEmpty()) {
            sb.append("Actors: ").append(String.join(", ", a.actors())).append("\n\n");
        }
        if (!a.highlights().isEmpty()) {
            sb.append(h).append(" Highlights\n\n");
            for (AnnotatedHighlight ah : a.highlights()) {
                highlight(sb, ah);
            }
        }
        if (a.note() != null) {
            sb.append(h).append(" Note\n\n").append(a.note().body().strip()).append("\n\n");
        }
    }

    static String meta(AnnotatedArticle a) {
        return "*" + org.newslens.dates.ReadableDates.day(a.published()) + " · " + line(a.source())
                + " · NewsLens #" + a.id() + "*";
    }

    static void highlight(StringBuilder sb, AnnotatedHighlight ah) {
        Highlight hl = ah.highlight();
        sb.append(quote(hl.quote()));
        if (hl.orphaned()) {
            sb.append("\n*(This passage is no longer found in the article's text.)*\n");
        }
        if (!hl.comment().isBlank()) {
            sb.append('\n').append(hl.comment().strip()).append('\n');
        }
        List<String> facts = new ArrayList<>();
        if (!hl.tags().isEmpty()) {
            facts.add("Tags: " + String.join(" ", hl.tags().stream().map(t -> "#" + FrontMatter.obsidianTag(t)).toList()));
        }
        if (!ah.actors().isEmpty()) {
            facts.add("People: " + String.join(", ", ah.actors()));
        }
        if (!ah.dates().isEmpty()) {
            facts.add("Dates: " + String.join(", ", ah.dates().stream().map(MarkdownExport::date).toList()));
        }
        if (!facts.isEmpty()) {
            sb.append('\n').append(String.join(" · ", facts)).append('\n');
        }
        sb.append('\n');
    }

    static String date(DateRef d) {
        String readable = org.newslens.dates.ReadableDates.label(d.day() != null ? d.day() : d.value());
        return readable.isBlank() || readable.equals(d.text()) ? d.text() : d.text() + " (" + readable + ")";
    }

    /** A Markdown block quote of {@code text}, every line prefixed. */
    static String quote(String text) {
        StringBuilder sb = new StringBuilder();
        for (String l : text.strip().split("\\R", -1)) {
            sb.append(l.isBlank() ? ">" : "> " + l.stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /** Text for a single line (headings, meta): line breaks become spaces. */
    static String line(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
