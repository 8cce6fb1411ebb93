package org.newslens.ui.sidebar;

/** The sidebar's sections, in display order. */
public enum SidebarSection {
    PEOPLE("People"),
    ORGANISATIONS("Organisations"),
    PLACES("Places"),
    DATES("Dates"),
    QUOTES("Quotes");

    private final String title;

    SidebarSection(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
