package org.newslens.notes.export;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.newslens.notes.AnnotatedArticle.AnnotatedHighlight;
import org.newslens.notes.Dossier;

/** A person's dossier as Markdown with YAML front matter. */
public final class DossierMarkdown {
    private DossierMarkdown() {
    }

    public static String write(Dossier d) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("title", "Dossier: " + d.person().name());
        fm.put("person", d.person().name());
        fm.put("type", d.person().type());
        fm.put("newslens_actor_id", d.person().id());
        fm.put("articles", d.entries().size());
        StringBuilder sb = new StringBuilder(FrontMatter.block(fm));
        sb.append("\n# ").append(MarkdownExport.line(d.person().name())).append("\n\n");
        sb.append("*").append(d.entries().size()).append(d.entries().size() == 1 ? " article" : " articles");
        Set<String> roles = roles(d);
        if (!roles.isEmpty()) {
            sb.append(" · ").append(MarkdownExport.line(String.join("; ", roles)));
        }
        sb.append("*\n\n");
        if (d.entries().isEmpty()) {
            sb.append("No article mentions this person.\n");
            return sb.toString();
        }
        sb.append("## Articles\n\n");
        for (Dossier.Entry e : d.entries()) {
            sb.append("- ").append(date(e)).append(" — ").append(MarkdownExport.line(e.article().title())).append(" — ")
                    .append(MarkdownExport.line(e.article().source())).append(" (NewsLens #").append(e.article().id()).append(")\n");
        }
        sb.append('\n');
        for (Dossier.Entry e : d.entries()) {
            entry(sb, e, d.person().name());
        }
        return sb.toString();
    }

    private static void entry(StringBuilder sb, Dossier.Entry e, String person) {
        sb.append("## ").append(date(e)).append(" · ").append(MarkdownExport.line(e.article().title())).append("\n\n");
        sb.append('*').append(MarkdownExport.line(e.article().source())).append(" · NewsLens #").append(e.article().id()).append("*\n\n");
        boolean named = !e.nameInArticle().equals(person);
        if (named) {
            sb.append("Named here as: ").append(MarkdownExport.line(e.nameInArticle())).append("  \n");
        }
        if (!e.roles().isEmpty()) {
            sb.append("Roles: ").append(MarkdownExport.line(String.join("; ", e.roles()))).append('\n');
        }
        if (named || !e.roles().isEmpty()) {
            sb.append('\n');
        }
        if (!e.quotes().isEmpty()) {
            sb.append("### Quotes\n\n");
            e.quotes().forEach(q -> sb.append(MarkdownExport.quote(q.text())).append('\n'));
        }
        if (!e.datedSentences().isEmpty()) {
            sb.append("### Dated sentences\n\n");
            for (Dossier.DatedSentence s : e.datedSentences()) {
                sb.append("- **").append(MarkdownExport.line(s.label())).append("** (").append(MarkdownExport.line(s.detail()))
                        .append("): ").append(MarkdownExport.line(s.sentence())).append('\n');
            }
            sb.append('\n');
        }
        if (!e.highlights().isEmpty()) {
            sb.append("### My highlights\n\n");
            for (AnnotatedHighlight h : e.highlights()) {
                MarkdownExport.highlight(sb, h);
            }
        }
        if (e.note() != null) {
            sb.append("### My note\n\n").append(e.note().body().strip()).append("\n\n");
        }
    }

    static String date(Dossier.Entry e) {
        return org.newslens.dates.ReadableDates.day(e.article().published());
    }

    static Set<String> roles(Dossier d) {
        Set<String> roles = new LinkedHashSet<>();
        d.entries().forEach(e -> roles.addAll(e.roles()));
        return roles;
    }
}
