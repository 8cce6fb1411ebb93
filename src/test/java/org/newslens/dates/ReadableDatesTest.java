package org.newslens.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadableDatesTest {
    private Locale saved;

    @BeforeEach
    void locale() {
        saved = Locale.getDefault(Locale.Category.FORMAT);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, saved);
    }

    @Test
    void oneStyleInTheUsersLocale() {
        LocalDate d = LocalDate.of(2009, 6, 1);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        assertEquals("Jun 1, 2009", ReadableDates.day(d));
        assertEquals("Jun 1, 2009", ReadableDates.label("2009-06-01"));
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
        assertEquals("1 Jun 2009", ReadableDates.day(d));
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
        assertEquals("01.06.2009", ReadableDates.day(d));
        assertEquals("Undated", ReadableDates.day(null));
    }

    @Test
    void typedDatesInIsoOrTheLocalesFormsAndNothingElse() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        LocalDate d = LocalDate.of(2009, 1, 31);
        assertEquals(Optional.of(d), ReadableDates.parse("2009-01-31"));
        assertEquals(Optional.of(d), ReadableDates.parse(" 1/31/09 "));
        assertEquals(Optional.of(d), ReadableDates.parse("1/31/2009"));
        assertEquals(Optional.of(d), ReadableDates.parse("Jan 31, 2009"));
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
        assertEquals(Optional.of(d), ReadableDates.parse("31.01.2009"));
        assertEquals(Optional.of(d), ReadableDates.parse("2009-01-31"));
        for (String bad : List.of("", "  ", "yesterday", "2009-02-30", "2009-13-01", "31/31/2009", "2009")) {
            assertTrue(ReadableDates.parse(bad).isEmpty(), bad);
        }
    }

    @Test
    void timexValuesInWordsNeverAsCodes() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        assertEquals("the future", ReadableDates.label("FUTURE_REF"));
        assertEquals("several months", ReadableDates.label("PXM"));
        assertEquals("3 days", ReadableDates.label("P3D"));
        assertEquals("week 17 of 2025", ReadableDates.label("2025-W17"));
        assertEquals("April 2025", ReadableDates.label("2025-04"));
        assertEquals("summer 2009", ReadableDates.label("2009-SU"));
        assertEquals("the 1990s", ReadableDates.label("199X"));
        for (String code : List.of("FUTURE_REF", "PAST_REF", "PRESENT_REF", "PXM", "PXY", "P1Y6M", "XXXX-WXX", "2009-SU")) {
            String label = ReadableDates.label(code);
            assertFalse(label.contains("_") || label.matches(".*[A-Z]{2,}.*"), code + " -> " + label);
        }
    }
}
