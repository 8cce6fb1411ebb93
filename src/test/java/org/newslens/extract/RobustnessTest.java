package org.newslens.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
        assertNotNull(e);
        assertEquals(D, e.published());
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
        Extraction zh = X.extract("北京时间昨天，中国宣布了新的经济政策。", D);
        assertNotNull(zh);
    }

    @Test
    void unresolvableDates() {
        Extraction e = X.extract("It happened on the 45th of Smarch in the year of the dragon, sometime.", null);
        assertNotNull(e);
        Extraction f = X.extract("Sales doubled on February 30.", null);
        assertNotNull(f);
    }

    @Test
    void unbalancedQuotesAndOddCharacters() {
        Extraction e = X.extract("\"He said \u201cyes and then \u2018no. \" \" \"\n\"", D);
        assertNotNull(e);
        Extraction f = X.extract("\uD83D\uDE00 emoji \u0000 nul \t tabs\r\nwindows lines", D);
        assertNotNull(f);
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
            for (ExtractedActor a : e.actors()) for (Span s : a.mentions()) assertEquals(s.text(), text.substring(s.start(), s.end()), text);
            for (ExtractedDate d : e.dates()) assertEquals(d.text(), text.substring(d.start(), d.end()), text);
            for (ExtractedQuote q : e.quotes()) assertEquals(q.text(), text.substring(q.start(), q.end()), text);
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
