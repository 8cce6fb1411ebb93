package org.newslens.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input never crashes or hangs; the engine is safe from several threads. */
@Timeout(120)
class RobustnessTest {
    static final NlpExtractor X = NlpExtractor.shared();
    static final LocalDate D = LocalDate.of(2024, 3, 13);

    @Test
    void emptyAndBlank() {
        assertEquals(0, X.extract("", D).actors().size());
        assertEquals(0, X.extract("  \n ", null).dates().size());
        assertEquals(0, X.extract(null, D).quotes().size());
    }

    @Test
    void oneWord() {
        Extraction e = X.extract("Hello", D);
        assertEquals(D, e.published());
        assertFalse(e.publishedInferred());
        assertEquals(List.of(), e.actors());
        assertEquals(List.of(), e.dates());
        assertEquals(List.of(), e.quotes());
    }

    @Test
    void hugeTextIsRefusedQuicklyWithAClearMessage() {
        String big = "word ".repeat(2 * 1024 * 1024 / 5);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> X.extract(big, D));
        assertTrue(ex.getMessage().contains("too long"));
    }

    @Test
    void longTextWithoutSentencePunctuationIsCutIntoPieces() {
        String text = "the market rose again and traders in London bought shares on Monday ".repeat(300);
        long t0 = System.nanoTime();
        Extraction e = X.extract(text, D);
        assertTrue(e.dates().size() > 0);
        assertTrue((System.nanoTime() - t0) / 1e9 < 60);
        for (ExtractedDate d : e.dates()) assertEquals(d.text(), text.substring(d.start(), d.end()));
    }

    @Test
    void nonEnglishText() {
        String ru = "Владимир Путин заявил в понедельник, что Россия готова к переговорам. «Мы готовы», — сказал он.";
        Extraction e = X.extract(ru, D);
        for (ExtractedQuote q : e.quotes()) assertEquals(q.text(), ru.substring(q.start(), q.end()));
        String zhText = "北京时间昨天，中国宣布了新的经济政策。";
        Extraction zh = X.extract(zhText, D);
        assertEquals(D, zh.published());
        assertEquals(List.of(), zh.quotes(), "no quotation marks, no quotes");
        assertSpansMatch(zhText, zh);
    }

    @Test
    void unresolvableDates() {
        String smarch = "It happened on the 45th of Smarch in the year of the dragon, sometime.";
        Extraction e = X.extract(smarch, null);
        assertNull(e.published(), "nothing to infer a publication date from");
        assertFalse(e.publishedInferred());
        assertSpansMatch(smarch, e);
        for (ExtractedDate d : e.dates()) assertFalse(isCalendarDay(d.value()), "no real day is named: " + d);
        String feb30 = "Sales doubled on February 30.";
        Extraction f = X.extract(feb30, null);
        assertNull(f.published());
        assertSpansMatch(feb30, f);
        for (ExtractedDate d : f.dates()) {
            assertFalse(d.value() != null && d.value().endsWith("-02-30"), "an impossible day is not a value: " + d);
        }
    }

    @Test
    void unbalancedQuotesAndOddCharacters() {
        String quotes = "\"He said \u201cyes and then \u2018no. \" \" \"\n\"";
        Extraction e = X.extract(quotes, D);
        assertEquals(List.of(), e.actors(), "no names in the text");
        assertSpansMatch(quotes, e);
        String odd = "\uD83D\uDE00 emoji \u0000 nul \t tabs\r\nwindows lines";
        Extraction f = X.extract(odd, D);
        assertEquals(D, f.published());
        assertEquals(List.of(), f.actors());
        assertEquals(List.of(), f.dates());
        assertEquals(List.of(), f.quotes());
    }

    /** Every actor mention, date and quote of {@code e} is the text it claims to cover. */
    static void assertSpansMatch(String text, Extraction e) {
        for (ExtractedActor a : e.actors()) for (Span s : a.mentions()) assertEquals(s.text(), text.substring(s.start(), s.end()), text);
        for (ExtractedDate d : e.dates()) assertEquals(d.text(), text.substring(d.start(), d.end()), text);
        for (ExtractedQuote q : e.quotes()) assertEquals(q.text(), text.substring(q.start(), q.end()), text);
    }

    static boolean isCalendarDay(String value) {
        if (value == null) return false;
        try {
            LocalDate.parse(value);
            return true;
        } catch (java.time.format.DateTimeParseException notADay) {
            return false;
        }
    }

    @Test
    void randomTextNeverThrowsAndSpansMatch() {
        String[] parts = {"\"", "“", "”", "‘", "’", "'", "„", "«", "»", "\n", " ", ".", ",", ":", "—", "said", "he",
                "Smith", "John Smith", "Monday", "April 3", "tomorrow", "today,", "15\"", "Inc.", "Jr.", "(", ")", "\u0000",
                "\uD83D\uDE00", "Москва", "2024", "11.30pm", "the company", "Apple", "Mr", "years", "GM"};
        java.util.Random r = new java.util.Random(42);
        for (int n = 0; n < 150; n++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + r.nextInt(40);
            for (int i = 0; i < len; i++) b.append(parts[r.nextInt(parts.length)]).append(r.nextInt(3) == 0 ? " " : "");
            String text = b.toString();
            Extraction e = X.extract(text, r.nextBoolean() ? D : null);
            assertSpansMatch(text, e);
        }
    }

    @Test
    void concurrentCallsGiveTheSameResultAsSequentialOnes() throws Exception {
        String a = "Maria Lindqvist met Tom Berger in Oslo on Monday. \"It went well,\" Lindqvist said.";
        String b = "The bank will report results on Friday, its chief executive Omar Haddad said.";
        Extraction ea = X.extract(a, D), eb = X.extract(b, D);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Extraction>> fs = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) { String t = i % 2 == 0 ? a : b; fs.add(pool.submit(() -> X.extract(t, D))); }
            for (int i = 0; i < fs.size(); i++) assertEquals(i % 2 == 0 ? ea : eb, fs.get(i).get());
        } finally {
            pool.shutdownNow();
        }
    }
}
