package org.newslens.extract;

/**
 * A temporal expression on its way through the date engine: its span in the body, TIMEX3 type and
 * value. The value is either final ({@code 2024-03-12}, {@code P3D}, {@code PAST_REF}), unanchored
 * ({@code XXXX-03-14}, {@code XXXX-WXX-2}: {@link Direction} picks the year or week) or, when
 * {@link #rel} is set, relative to an anchor that {@link NarrativeTime} supplies.
 */
record Timex(int start, int end, String text, String value, String type, Rel rel) {
    /** Where a relative expression counts from. */
    enum Anchor {
        /** The publication date: "two weeks ago", "last quarter". */
        DCT,
        /** The time the story is talking about at that point: "a year earlier", "the following day". */
        NARRATIVE,
        /** The period the story reports on, named at the unit's own granularity and not as a comparison: "the quarter". */
        PERIOD
    }

    /**
     * {@code amount} units ({@code unit}: Y, Q, M, W or D) from the anchor; the result has the unit's
     * granularity, or the anchor's own period (a quarter, a month) when {@code keepPeriod} and the
     * anchor is finer than the unit ("compared with 6 percent a year earlier" after "the third quarter").
     * {@code partOfDay} (TMO, TAF, TEV, TNI or null) is added to a day ("in morning trading").
     */
    record Rel(Anchor anchor, int amount, char unit, boolean keepPeriod, String partOfDay) {}

    static Timex of(int start, int end, String text, String value, String type) {
        return new Timex(start, end, text, value, type, null);
    }

    static Timex relative(int start, int end, String text, Anchor a, int amount, char unit, boolean keepPeriod) {
        return new Timex(start, end, text, null, "DATE", new Rel(a, amount, unit, keepPeriod, null));
    }

    Timex withValue(String v) { return new Timex(start, end, text, v, type, null); }

    Timex withValue(String v, String t) { return new Timex(start, end, text, v, t, null); }

    Timex withSpan(int s, int e, String body) { return new Timex(s, e, body.substring(s, e), value, type, rel); }

    /** The value, or "" when there is none yet. */
    String value0() { return value == null ? "" : value; }

    boolean overlaps(Timex o) { return start < o.end && o.start < end; }

    int length() { return end - start; }
}
