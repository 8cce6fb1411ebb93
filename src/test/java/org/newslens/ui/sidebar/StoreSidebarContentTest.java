package org.newslens.ui.sidebar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newslens.model.ArticleExtraction;
import org.newslens.model.ArticleExtraction.ArticleActor;
import org.newslens.model.ArticleExtraction.DateMention;

class StoreSidebarContentTest {
    private static ArticleActor actor(long id, String type, String name, List<String> roles, int count, boolean hidden) {
        return new ArticleActor(id, type, name, List.of(), roles, count, count, hidden, List.of());
    }

    private static DateMention date(String text, String value, int start) {
        return new DateMention(start, text, value, "DATE", value.length() == 10 ? value : null, start, start + text.length(), 0, 10, List.of());
    }

    @Test
    void sectionsByTypeDatesInCalendarOrderHiddenLeftOut() {
        ArticleExtraction x = new ArticleExtraction(
                List.of(actor(1, "PERSON", "Dmitry Peskov", List.of("Kremlin spokesperson"), 2, false),
                        actor(2, "ORGANIZATION", "Kremlin", List.of(), 1, false),
                        actor(3, "LOCATION", "Kyiv", List.of(), 3, false),
                        actor(4, "PERSON", "Hidden Person", List.of(), 5, true)),
                List.of(date("tomorrow", "2025-04-23", 50), date("April 21", "2025-04-21", 80), date("April 23", "2025-04-23", 10),
                        date("this week", "2025-W17", 5), date("now", "PRESENT_REF", 1)),
                List.of());
        Map<SidebarSection, List<SidebarItem>> items = StoreSidebarContent.itemsFor(x);
        SidebarItem peskov = items.get(SidebarSection.PEOPLE).get(0);
        assertEquals(1, items.get(SidebarSection.PEOPLE).size());
        assertEquals(List.of("Dmitry Peskov", "Kremlin spokesperson", 2, 1L, "PERSON"),
                List.of(peskov.name(), peskov.detail(), peskov.count(), peskov.actorId(), peskov.type()));
        assertEquals("Kremlin", items.get(SidebarSection.ORGANISATIONS).get(0).name());
        assertEquals("Kyiv", items.get(SidebarSection.PLACES).get(0).name());
        List<SidebarItem> dates = items.get(SidebarSection.DATES);
        assertEquals(List.of(org.newslens.dates.ReadableDates.day(java.time.LocalDate.of(2025, 4, 21)), org.newslens.dates.ReadableDates.day(java.time.LocalDate.of(2025, 4, 23)), "week 17 of 2025", "now"), dates.stream().map(SidebarItem::name).toList());
        assertEquals(List.of(org.newslens.dates.ReadableDates.day(java.time.LocalDate.of(2025, 4, 23)), "April 23, tomorrow", 2, 10), List.of(dates.get(1).name(), dates.get(1).detail(),
                dates.get(1).count(), dates.get(1).start()), "the first mention in the text is the one revealed");
    }

    @Test
    void datesCarryTheirSentenceAndQuotesTheirSpeaker() {
        String body = "Talks start tomorrow. \u201cWe are ready,\u201d Peskov said.";
        ArticleExtraction x = new ArticleExtraction(List.of(),
                List.of(new DateMention(1, "tomorrow", "2025-04-23", "DATE", "2025-04-23", 12, 20, 0, 21, List.of())),
                List.of(new ArticleExtraction.QuoteMention("Dmitry Peskov", 3L, "We are ready,", 22, 38),
                        new ArticleExtraction.QuoteMention(null, null, "Nobody said this", 40, 50)));
        Map<SidebarSection, List<SidebarItem>> items = StoreSidebarContent.itemsFor(x, body);
        assertEquals("Talks start tomorrow.", items.get(SidebarSection.DATES).get(0).sentence());
        List<SidebarItem> quotes = items.get(SidebarSection.QUOTES);
        assertEquals(List.of("Dmitry Peskov", "Unattributed"), quotes.stream().map(SidebarItem::name).toList());
        assertEquals("\u201cWe are ready,\u201d", quotes.get(0).detail());
        assertEquals(22, quotes.get(0).start());
    }

    @Test
    void readableLabelsForTimexValues() {
        assertEquals(org.newslens.dates.ReadableDates.day(java.time.LocalDate.of(2025, 4, 23)), DateLabels.label("2025-04-23"));
        assertEquals(org.newslens.dates.ReadableDates.day(java.time.LocalDate.of(2025, 4, 23)) + ", afternoon", DateLabels.label("2025-04-23TAF"));
        assertEquals(org.newslens.dates.ReadableDates.day(java.time.LocalDate.of(2025, 4, 23)) + ", 17:30", DateLabels.label("2025-04-23T17:30"));
        assertEquals("April 2025", DateLabels.label("2025-04"));
        assertEquals("Q3 2008", DateLabels.label("2008-Q3"));
        assertEquals("23 April (year unknown)", DateLabels.label("XXXX-04-23"));
        assertEquals("3 days", DateLabels.label("P3D"));
        assertEquals("4 hours", DateLabels.label("PT4H"));
        assertEquals("several months", DateLabels.label("PXM"));
        assertEquals("1 year", DateLabels.label("P1Y"));
        assertEquals("the past", DateLabels.label("PAST_REF"));
        assertEquals("2025-13-45", DateLabels.label("2025-13-45"));
    }
}
