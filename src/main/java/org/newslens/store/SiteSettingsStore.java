package org.newslens.store;

import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Optional;

/**
 * Per-site reader settings (the {@code site_setting} table): for now whether a site's images load
 * without asking. A site is its host name in lower case without a leading "www." ({@link #siteOf}),
 * so www.example.com and example.com share their setting; the port does not count.
 */
public final class SiteSettingsStore {
    private final Database db;

    public SiteSettingsStore(Database db) {
        this.db = db;
    }

    /** The site of a web address (http/https with a host), or empty (a file, a bad address). */
    public static Optional<String> siteOf(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        try {
            URI u = new URI(address.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            String host = u.getHost();
            if (!(scheme.equals("http") || scheme.equals("https")) || host == null || host.isBlank()) {
                return Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT);
            if (host.endsWith(".")) {
                host = host.substring(0, host.length() - 1);
            }
            if (host.startsWith("www.") && host.length() > 4) {
                host = host.substring(4);
            }
            return Optional.of(host);
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Whether images of {@code site}'s articles load without asking (false when never set). */
    public boolean loadsImages(String site) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT load_images FROM site_setting WHERE host = ?")) {
                ps.setString(1, site);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getInt(1) != 0;
                }
            }
        });
    }

    /** Sets whether images of {@code site}'s articles load without asking, in its own transaction. */
    public void setLoadsImages(String site, boolean on) {
        if (site == null || site.isBlank()) {
            throw new IllegalArgumentException("no site");
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO site_setting(host, load_images) VALUES (?, ?) "
                    + "ON CONFLICT(host) DO UPDATE SET load_images = excluded.load_images")) {
                ps.setString(1, site);
                ps.setInt(2, on ? 1 : 0);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
