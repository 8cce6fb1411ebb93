package org.newslens.model;

import java.util.Locale;

/** Per feed: when to fetch and clean an item's linked page instead of keeping the feed's own text. */
public enum FullPage {
    /** When the item carries only a short summary. */
    AUTOMATIC,
    ALWAYS,
    NEVER;

    /** The stored form: {@code automatic}, {@code always}, {@code never}. */
    public String sql() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FullPage parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
