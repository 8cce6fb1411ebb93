package org.newslens.ui.sidebar;

import org.newslens.dates.ReadableDates;

/** Readable labels for TIMEX3 values, as {@link ReadableDates} writes them ("Jun 1, 2009", "week 17 of 2025", "3 days"). */
public final class DateLabels {
    private DateLabels() {
    }

    public static String label(String value) {
        return ReadableDates.label(value);
    }

    /** Calendar order: dated values by their text (ISO sorts by time), then the rest. */
    public static String sortKey(String value) {
        return ReadableDates.sortKey(value);
    }
}
