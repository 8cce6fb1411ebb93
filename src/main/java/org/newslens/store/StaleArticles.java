package org.newslens.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** Articles whose stored extraction came from another engine version (or none): the ones to analyse again. */
public final class StaleArticles {
    private final Database db;

    public StaleArticles(Database db) {
        this.db = db;
    }

    /** How many articles were analysed by an engine other than {@code version}, or never. */
    public int count(String version) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM article WHERE extractor_version IS NULL OR extractor_version <> ?")) {
                ps.setString(1, version);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }
}
