package org.newslens.ui.sidebar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newslens.model.ArticleExtraction;
import org.newslens.store.ExtractionStore;

/** The sidebar filled from the library's stored extraction: actors by salience, dates in calendar order. */
public final class StoreSidebarContent implements SidebarContent {
    private final ExtractionStore store;

    public StoreSidebarContent(ExtractionStore store) {
        this.store = store;
    }

    @Override
    public Map<SidebarSection, List<SidebarItem>> itemsFor(long articleId) {
        return itemsFor(store.load(articleId));
    }

    static Map<SidebarSection, List<SidebarItem>> itemsFor(ArticleExtraction x) {
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
            out.get(section).add(new SidebarItem(a.name(), String.join(" · ", a.roles()), a.mentionCount()));
        }
        Map<String, List<ArticleExtraction.DateMention>> byValue = new LinkedHashMap<>();
        x.dates().stream().sorted(Comparator.comparing((ArticleExtraction.DateMention d) -> DateLabels.sortKey(d.value()))
                        .thenComparingInt(ArticleExtraction.DateMention::start))
                .forEach(d -> byValue.computeIfAbsent(d.value(), k -> new ArrayList<>()).add(d));
        byValue.forEach((value, mentions) -> {
            List<String> texts = mentions.stream().map(ArticleExtraction.DateMention::text).distinct().toList();
            out.get(SidebarSection.DATES).add(new SidebarItem(DateLabels.label(value), String.join(", ", texts), mentions.size()));
        });
        return out;
    }
}
