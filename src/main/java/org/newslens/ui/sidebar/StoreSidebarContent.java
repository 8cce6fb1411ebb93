package org.newslens.ui.sidebar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newslens.model.Article;
import org.newslens.model.ArticleExtraction;
import org.newslens.store.ArticleStore;
import org.newslens.store.ExtractionStore;

/**
 * The sidebar filled from the library's stored extraction: actors by salience, dates in calendar
 * order with their sentence, quotes in text order.
 */
public final class StoreSidebarContent implements SidebarContent {
    private static final int QUOTE_MAX = 220;
    private static final int SENTENCE_MAX = 200;
    private final ExtractionStore store;
    private final ArticleStore articles;

    public StoreSidebarContent(ExtractionStore store) {
        this(store, null);
    }

    /** With {@code articles}, dates show their sentence. */
    public StoreSidebarContent(ExtractionStore store, ArticleStore articles) {
        this.store = store;
        this.articles = articles;
    }

    @Override
    public Map<SidebarSection, List<SidebarItem>> itemsFor(long articleId) {
        String body = articles == null ? "" : articles.find(articleId).map(Article::body).orElse("");
        return itemsFor(store.load(articleId), body);
    }

    static Map<SidebarSection, List<SidebarItem>> itemsFor(ArticleExtraction x) {
        return itemsFor(x, "");
    }

    static Map<SidebarSection, List<SidebarItem>> itemsFor(ArticleExtraction x, String body) {
        Map<SidebarSection, List<SidebarItem>> out = new EnumMap<>(SidebarSection.class);
        for (SidebarSection s : SidebarSection.values()) {
            out.put(s, new ArrayList<>());
        }
        for (ArticleExtraction.ArticleActor a : x.actors()) {
            if (a.hidden()) {
                continue;
            }
            SidebarSection section = switch (a.type()) {
                case "PERSON" -> SidebarSection.PEOPLE;
                case "ORGANIZATION" -> SidebarSection.ORGANISATIONS;
                default -> SidebarSection.PLACES;
            };
            int first = a.mentions().isEmpty() ? -1 : a.mentions().get(0).start();
            int firstEnd = a.mentions().isEmpty() ? -1 : a.mentions().get(0).end();
            out.get(section).add(new SidebarItem(a.name(), String.join(" · ", a.roles()), a.mentionCount(), a.actorId(), a.type(),
                    "", first, firstEnd));
        }
        Map<String, List<ArticleExtraction.DateMention>> byValue = new LinkedHashMap<>();
        x.dates().stream().sorted(Comparator.comparing((ArticleExtraction.DateMention d) -> DateLabels.sortKey(d.value()))
                        .thenComparingInt(ArticleExtraction.DateMention::start))
                .forEach(d -> byValue.computeIfAbsent(d.value(), k -> new ArrayList<>()).add(d));
        byValue.forEach((value, mentions) -> {
            String label = DateLabels.label(value);
            // The words as written, unless they only repeat the label ("1991").
            List<String> texts = mentions.stream().map(ArticleExtraction.DateMention::text).distinct()
                    .filter(t -> !t.equalsIgnoreCase(label)).toList();
            ArticleExtraction.DateMention d = mentions.get(0);
            out.get(SidebarSection.DATES).add(new SidebarItem(label, String.join(", ", texts), mentions.size(),
                    0, "", sentence(body, d.sentenceStart(), d.sentenceEnd()), d.start(), d.end()));
        });
        for (ArticleExtraction.QuoteMention q : x.quotes()) {
            String speaker = q.speaker() == null || q.speaker().isBlank() ? "Unattributed" : q.speaker();
            out.get(SidebarSection.QUOTES).add(new SidebarItem(speaker, "“" + shorten(q.text().strip(), QUOTE_MAX) + "”", 0,
                    0, "", "", q.start(), q.end()));
        }
        return out;
    }

    private static String sentence(String body, int start, int end) {
        if (body == null || start < 0 || end > body.length() || start >= end) {
            return "";
        }
        return shorten(body.substring(start, end).replaceAll("\\s+", " ").strip(), SENTENCE_MAX);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
    }
}
