package org.newslens.ui.sidebar;

import java.util.Objects;

/**
 * One line in a sidebar section: e.g. "Dmitry Peskov", "Kremlin spokesperson", 3 mentions; or
 * "Wed 23 Apr 2025", "tomorrow, April 23", 2, with its sentence. {@code detail} and {@code sentence}
 * may be empty. An actor's line has its {@code actorId} and {@code type} (else 0 and ""); a date's or
 * a quote's line has the body offsets to reveal ({@code start} -1 when none).
 */
public record SidebarItem(String name, String detail, int count, long actorId, String type, String sentence, int start, int end) {
    public SidebarItem {
        Objects.requireNonNull(name, "name");
        detail = detail == null ? "" : detail;
        type = type == null ? "" : type;
        sentence = sentence == null ? "" : sentence;
    }

    public SidebarItem(String name, String detail, int count) {
        this(name, detail, count, 0, "", "", -1, -1);
    }

    public boolean isActor() {
        return actorId > 0;
    }

    public boolean hasPlace() {
        return start >= 0;
    }
}
