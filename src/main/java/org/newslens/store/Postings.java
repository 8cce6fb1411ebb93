package org.newslens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sorted article ids per actor, cached, for counting "articles mentioning A and B" by merging
 * two sorted arrays instead of probing the index once per article of the rarer actor. The cache
 * is dropped whenever any connection sees a commit ({@code PRAGMA data_version}), by this
 * process's writer or by another process.
 */
final class Postings {
    private static final int MAX_ACTORS = 256;

    private final Map<Long, int[]> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, int[]> eldest) {
            return size() > MAX_ACTORS;
        }
    };
    private final Map<Connection, Long> seenVersion = new IdentityHashMap<>();

    /** Drops the cache if the library changed since {@code c} last looked. */
    synchronized void checkFresh(Connection c) throws SQLException {
        long v;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            rs.next();
            v = rs.getLong(1);
        }
        Long before = seenVersion.put(c, v);
        if (before == null || before != v) {
            cache.clear();
        }
    }

    synchronized int[] of(Connection c, long actorId) throws SQLException {
        int[] ids = cache.get(actorId);
        if (ids == null) {
            try (PreparedStatement ps = c.prepareStatement("SELECT article_id FROM article_actor WHERE actor_id = ?")) {
                ps.setLong(1, actorId);
                int[] buf = new int[1024];
                int n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (n == buf.length) {
                            buf = Arrays.copyOf(buf, n * 2);
                        }
                        buf[n++] = rs.getInt(1);
                    }
                }
                ids = Arrays.copyOf(buf, n);
                Arrays.sort(ids);
            }
            cache.put(actorId, ids);
        }
        return ids;
    }

    /** How many articles mention all the actors. */
    int countAll(Connection c, List<Long> actorIds) throws SQLException {
        int[] acc = null;
        for (Long id : actorIds) {
            int[] next = of(c, id);
            acc = acc == null ? next : intersect(acc, next);
        }
        return acc == null ? 0 : acc.length;
    }

    /** How many articles mention any of the actors. */
    int countAny(Connection c, List<Long> actorIds) throws SQLException {
        int[] acc = new int[0];
        for (Long id : actorIds) {
            acc = union(acc, of(c, id));
        }
        return acc.length;
    }

    static int[] intersect(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out[n++] = a[i];
                i++;
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    static int[] union(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int x = j >= b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
            if (i < a.length && a[i] == x) {
                i++;
            }
            if (j < b.length && b[j] == x) {
                j++;
            }
            out[n++] = x;
        }
        return Arrays.copyOf(out, n);
    }
}
