package org.newslens.ui.sidebar;

import java.util.Objects;

/**
 * One line in a sidebar section: e.g. "Dmitry Peskov", "Kremlin spokesperson", 3 mentions; or
 * "2025-04-23", "tomorrow, April 23", 2. {@code detail} may be empty.
 */
public record SidebarItem(String name, String detail, int count) {
    public SidebarItem {
        Objects.requireNonNull(name, "name");
        detail = detail == null ? "" : detail;
    }
}
