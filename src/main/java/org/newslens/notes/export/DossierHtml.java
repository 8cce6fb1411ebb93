package org.newslens.notes.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newslens.notes.Dossier;

/** A person's dossier as a stand-alone HTML page. */
public final class DossierHtml {
    private DossierHtml() {
    }

    public static String write(Dossier d) {
        StringBuilder sb = new StringBuilder();
        sb.append("<h1>").append(Html.escape(d.person().name())).append("</h1>\n<p class=\"meta\">").append(d.entries().size())
                .append(d.entries().size() == 1 ? " article" : " articles");
        Set<String> roles = DossierMarkdown.roles(d);
        if (!roles.isEmpty()) {
            sb.append(" · ").append(Html.escape(String.join("; ", roles)));
        }
        sb.append("</p>\n");
        if (d.entries().isEmpty()) {
            sb.append("<p>No article mentions this person.</p>\n");
        } else {
            sb.append("<h2>Articles</h2>\n<ul>\n");
            for (Dossier.Entry e : d.entries()) {
                sb.append("<li><a href=\"#article-").append(e.article().id()).append("\">").append(DossierMarkdown.date(e)).append(" — ")
                        .append(Html.escape(e.article().title())).append("</a> — ").append(Html.escape(e.article().source())).append("</li>\n");
            }
            sb.append("</ul>\n");
        }
        for (Dossier.Entry e : d.entries()) {
            entry(sb, e, d.person().name());
        }
        return Html.page("Dossier: " + d.person().name(), sb.toString());
    }

    private static void entry(StringBuilder sb, Dossier.Entry e, String person) {
        sb.append("<article id=\"article-").append(e.article().id()).append("\">\n<h2>").append(Html.escape(e.article().title()))
                .append("</h2>\n<p class=\"meta\">").append(DossierMarkdown.date(e)).append(" · ").append(Html.escape(e.article().source()))
                .append(" · NewsLens #").append(e.article().id()).append("</p>\n");
        List<String> facts = new ArrayList<>();
        if (!e.nameInArticle().equals(person)) {
            facts.add("Named here as: " + Html.escape(e.nameInArticle()));
        }
        if (!e.roles().isEmpty()) {
            facts.add("Roles: " + Html.escape(String.join("; ", e.roles())));
        }
        if (!facts.isEmpty()) {
            sb.append("<p>").append(String.join("<br>\n", facts)).append("</p>\n");
        }
        if (!e.quotes().isEmpty()) {
            sb.append("<h3>Quotes</h3>\n");
            e.quotes().forEach(q -> sb.append("<blockquote>\n").append(Html.paragraphs(q.text(), null)).append("</blockquote>\n"));
        }
        if (!e.datedSentences().isEmpty()) {
            sb.append("<h3>Dated sentences</h3>\n<ul>\n");
            for (Dossier.DatedSentence s : e.datedSentences()) {
                sb.append("<li><strong>").append(Html.escape(s.label())).append("</strong> (")
                        .append(Html.escape(s.detail())).append("): ").append(Html.escape(s.sentence())).append("</li>\n");
            }
            sb.append("</ul>\n");
        }
        if (!e.highlights().isEmpty()) {
            sb.append("<h3>My highlights</h3>\n");
            e.highlights().forEach(h -> HtmlExport.highlight(sb, h));
        }
        if (e.note() != null) {
            sb.append("<h3>My note</h3>\n<div class=\"note\">").append(Html.escape(e.note().body().strip())).append("</div>\n");
        }
        sb.append("</article>\n");
    }
}
