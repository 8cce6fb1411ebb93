package org.newslens.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.model.ArticleExtraction;
import org.newslens.model.ArticleExtraction.ArticleActor;
import org.newslens.model.ArticleExtraction.DateMention;
import org.newslens.model.ArticleExtraction.TextSpan;

class MarkedTextTest {
    @Test
    void mentionsAreFoundInTheShownParagraphsDespiteWrapsAndCrLf() {
        String body = "Ann  Lee met\r\nBo Chan on Monday.\r\n\r\nLater, Lee left.";
        int bo = body.indexOf("Bo Chan");
        int mon = body.indexOf("Monday");
        int lee = body.lastIndexOf("Lee");
        ArticleExtraction x = new ArticleExtraction(List.of(
                new ArticleActor(1, "PERSON", "Ann Lee", List.of(), List.of("teacher"), 2, 2, false,
                        List.of(new TextSpan(0, 8, "Ann  Lee"), new TextSpan(lee, lee + 3, "Lee"))),
                new ArticleActor(2, "PERSON", "Bo Chan", List.of(), List.of(), 1, 1, true, List.of(new TextSpan(bo, bo + 7, "Bo Chan")))),
                List.of(new DateMention(9, "Monday", "2025-04-21", "DATE", "2025-04-21", mon, mon + 6, 0, 20, List.of())),
                List.of());

        List<MarkedText.Paragraph> ps = MarkedText.build(body, x);
        assertEquals(List.of("Ann Lee met Bo Chan on Monday.", "Later, Lee left."), ps.stream().map(MarkedText.Paragraph::text).toList());
        List<MarkedText.Run> first = ps.get(0).runs();
        assertEquals("Ann Lee", first.get(0).text());
        assertEquals(1, first.get(0).mark().actorId());
        assertEquals("Ann Lee\nteacher\n2 mentions  ·  click to select, double-click to filter", first.get(0).mark().tooltip());
        assertNull(first.get(1).mark(), "a hidden actor is not marked");
        MarkedText.Run monday = first.stream().filter(r -> r.text().equals("Monday")).findFirst().orElseThrow();
        assertEquals(MarkedText.Kind.DATE, monday.mark().kind());
        assertEquals(org.newslens.dates.ReadableDates.day(java.time.LocalDate.of(2025, 4, 21)), monday.mark().name());
        assertEquals(mon, monday.bodyStart());
        MarkedText.Run later = ps.get(1).runs().get(1);
        assertEquals("Lee", later.text());
        assertEquals(lee, later.bodyStart());
    }
}
