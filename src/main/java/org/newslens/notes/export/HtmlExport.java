package org.newslens.notes.export;

import org.newslens.model.Note;
import java.util.ArrayList;
import java.util.List;
import org.newslens.notes.AnnotatedArticle;
import org.newslens.notes.AnnotatedArticle.AnnotatedHighlight;
import org.newslens.model.Highlight;

/** A readable stand-alone HTML page (inline CSS, no scripts); every user or article text is escaped. */
public final class HtmlExport {
    private HtmlExport() {
    }

    public static String write(List<AnnotatedArticle> articles, String scope) {
        StringBuilder sb = new StringBuilder();
        sb.append("<h1>NewsLens notes</h1>\n<p class=\"meta\">").append(Html.escape(scope)).append(" · ")
                .append(articles.size()).append(articles.size() == 1 ? " article" : " articles").append("</p>\n");
        for (AnnotatedArticle a : articles) {
            article(sb, a);
        }
        return Html.page("NewsLens notes: " + scope, sb.toString());
    }

    static void article(StringBuilder sb, AnnotatedArticle a) {
        sb.append("<article id=\"article-").append(a.id()).append("\">\n<h2>").append(Html.escape(a.title())).append("</h2>\n");
        sb.append("<p class=\"meta\">").append(org.newslens.dates.ReadableDates.day(a.published())).append(" · ")
                .append(Html.escape(a.source())).append(" · NewsLens #").append(a.id()).append("</p>\n");
        if (!a.actors().isEmpty()) {
            sb.append("<p class=\"meta\">Actors: ").append(Html.escape(String.join(", ", a.actors()))).append("</p>\n");
        }
        if (!a.highlights().isEmpty()) {
            sb.append("<h3>Highlights</h3>\n");
            a.highlights().forEach(h -> highlight(sb, h));
        }
        if (a.note() != null) {
            sb.append("<h3>Note</h3>\n<div class=\"note\">").append(Html.escape(a.note().body().strip())).append("</div>\n");
        }
        sb.append("</article>\n");
    }

    static void highlight(StringBuilder sb, AnnotatedHighlight ah) {
        Highlight h = ah.highlight();
        sb.append("<blockquote>\n").append(Html.paragraphs(h.quote(), null)).append("</blockquote>\n");
        if (h.orphaned()) {
            sb.append("<p class=\"orphan\">This passage is no longer found in the article's text.</p>\n");
        }
        if (!h.comment().isBlank()) {
            sb.append("<div class=\"comment\">\n").append(Html.paragraphs(h.comment(), null)).append("</div>\n");
        }
        List<String> facts = new ArrayList<>();
        if (!h.tags().isEmpty()) {
            facts.add(String.join("", h.tags().stream().map(t -> "<span class=\"tag\">" + Html.escape(t) + "</span>").toList()));
        }
        if (!ah.actors().isEmpty()) {
            facts.add("People: " + Html.escape(String.join(", ", ah.actors())));
        }
        if (!ah.dates().isEmpty()) {
            facts.add("Dates: " + Html.escape(String.join(", ", ah.dates().stream().map(MarkdownExport::date).toList())));
        }
        if (!facts.isEmpty()) {
            sb.append("<p class=\"facts\">").append(String.join(" · ", facts)).append("</p>\n");
        }
    }
}
