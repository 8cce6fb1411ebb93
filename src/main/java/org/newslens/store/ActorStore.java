package org.newslens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.newslens.extract.ActorType;
import org.newslens.extract.NameKeys;
import org.newslens.model.ActorRef;

/**
 * Actors across the library: one row per real entity, found by type and folded name key. User
 * corrections (rename, merge, hide) persist; merged and renamed keys point to the survivor in
 * {@code actor_key}, so later imports land on the corrected actor.
 */
public final class ActorStore {
    private final Database db;

    public ActorStore(Database db) {
        this.db = db;
    }

    /**
     * The actor id for {@code name} of {@code type}, created when new. Runs inside a write.
     *
     * <p>Identity does not depend on import order: a surname-only person joins the library's one
     * person of that surname; a new full name takes in the surname-only actors made before it, when
     * it is the only person of that surname (see {@link #absorbSurnameOnly}); an organisation with a
     * group word ("Chrysler Group") and the one without it ("Chrysler") are one actor when the
     * library has exactly one of that stem. User corrections win: a key in {@code actor_key} is
     * followed first, and a renamed, hidden or merged-into actor is never taken in automatically.
     */
    static long resolve(Connection c, ActorType type, String name) throws SQLException {
        String key = NameKeys.key(name, type);
        if (key.isEmpty()) {
            key = name.strip().toLowerCase(Locale.ROOT);
        }
        OptionalLong id = byKey(c, type.name(), key);
        if (id.isPresent()) {
            return id.getAsLong();
        }
        // A person named by surname only is the library's one person of that surname, if exactly one.
        if (type == ActorType.PERSON && !key.contains(" ")) {
            OptionalLong only = onlyOne(c, "SELECT id FROM actor WHERE type = 'PERSON' AND name_key LIKE ? ESCAPE '\\' LIMIT 2",
                    "% " + like(key));
            if (only.isPresent()) {
                return only.getAsLong();
            }
        }
        if (type == ActorType.ORGANIZATION) {
            OptionalLong group = sameGroup(c, key);
            if (group.isPresent()) {
                if (NameKeys.withoutGroupWord(key) != null) {
                    // The fuller name ("Bramwell Holdings PLC") names the actor, whichever came first.
                    try (PreparedStatement ps = c.prepareStatement("UPDATE actor SET name = ? WHERE id = ? AND renamed = 0")) {
                        ps.setString(1, name.strip());
                        ps.setLong(2, group.getAsLong());
                        ps.executeUpdate();
                    }
                }
                return group.getAsLong();
            }
        }
        // A place the gazetteer knows is named as it names it ("US" and "America" are "United States").
        String shown = type == ActorType.LOCATION && NameKeys.canonicalPlace(name) != null ? NameKeys.canonicalPlace(name) : name.strip();
        long created;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO actor(type, name, name_key) VALUES (?, ?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, type.name());
            ps.setString(2, shown);
            ps.setString(3, key);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                created = rs.getLong(1);
            }
        }
        if (type == ActorType.PERSON && key.contains(" ")) {
            absorbSurnameOnly(c, created, key);
        }
        return created;
    }

    /** Generational suffixes that are not a surname ("John C. Maxwell Jr."). */
    private static final java.util.Set<String> GENERATION = java.util.Set.of("jr", "sr", "ii", "iii", "iv");

    /**
     * A new full name ("Grace Okafor") takes in the surname-only actors ("Okafor", "Ms Okafor") stored
     * before it, when it is now the library's only person of that surname. An actor the user renamed,
     * hid or merged into, or whose key a correction points elsewhere, stays as it is.
     */
    private static void absorbSurnameOnly(Connection c, long fullId, String fullKey) throws SQLException {
        String[] words = fullKey.split(" ");
        int last = words.length - 1;
        while (last > 0 && GENERATION.contains(words[last])) {
            last--;
        }
        if (last == 0) {
            return;
        }
        String surname = words[last];
        OptionalLong onlyPerson = onlyOne(c, """
                SELECT id FROM actor WHERE type = 'PERSON' AND (name_key LIKE ?1 ESCAPE '\\' OR name_key LIKE ?2 ESCAPE '\\')
                LIMIT 2""", "% " + like(surname), "% " + like(surname) + " %");
        if (onlyPerson.isEmpty() || onlyPerson.getAsLong() != fullId) {
            return; // two people of that surname: a surname alone could be either
        }
        List<Long> shortForms = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.id FROM actor a
                WHERE a.type = 'PERSON' AND a.name_key = ? AND a.renamed = 0 AND a.hidden = 0
                  AND NOT EXISTS (SELECT 1 FROM actor_key k WHERE k.actor_id = a.id OR (k.type = a.type AND k.name_key = a.name_key))""")) {
            ps.setString(1, surname);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    shortForms.add(rs.getLong(1));
                }
            }
        }
        for (long s : shortForms) {
            moveInto(c, s, fullId, false);
        }
    }

    /**
     * "Chrysler Group" for "Chrysler" and back: the organisation that has the same stem with or without
     * a group word, when the library has exactly one (an explicit key was looked up before).
     */
    private static OptionalLong sameGroup(Connection c, String key) throws SQLException {
        String stem = NameKeys.withoutGroupWord(key);
        if (stem != null) {
            // "Chrysler Group" joins "Chrysler", never another group of that stem ("Chrysler Holdings").
            return byKey(c, ActorType.ORGANIZATION.name(), stem);
        }
        return onlyOne(c, """
                SELECT id FROM actor WHERE type = 'ORGANIZATION'
                  AND name_key IN (?1 || ' group', ?1 || ' holdings', ?1 || ' holding', ?1 || ' company')
                LIMIT 2""", key);
    }

    /** The id the query finds when it finds exactly one row. */
    private static OptionalLong onlyOne(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return OptionalLong.empty();
                }
                long only = rs.getLong(1);
                return rs.next() ? OptionalLong.empty() : OptionalLong.of(only);
            }
        }
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static OptionalLong byKey(Connection c, String type, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT actor_id FROM actor_key WHERE type = ?1 AND name_key = ?2
                UNION ALL SELECT id FROM actor WHERE type = ?1 AND name_key = ?2 LIMIT 1""")) {
            ps.setString(1, type);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** Actors with their article counts, most mentioned first. {@code type} null for all types. */
    public List<ActorRef> list(String type, boolean includeHidden) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT a.id, a.type, a.name, a.hidden, count(aa.article_id) AS n, a.watched
                    FROM actor a LEFT JOIN article_actor aa ON aa.actor_id = a.id
                    WHERE (?1 IS NULL OR a.type = ?1) AND (?2 OR a.hidden = 0)
                    GROUP BY a.id ORDER BY n DESC, a.name COLLATE NOCASE""")) {
                ps.setString(1, type == null ? null : type.toUpperCase(Locale.ROOT));
                ps.setBoolean(2, includeHidden);
                List<ActorRef> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ActorRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4) != 0, rs.getInt(5),
                                rs.getInt(6) != 0));
                    }
                }
                return List.copyOf(out);
            }
        });
    }

    public Optional<ActorRef> find(long id) {
        return list(null, true).stream().filter(a -> a.id() == id).findFirst();
    }

    /**
     * Actors whose canonical name or an alias matches {@code nameOrId} (an id, or a name compared
     * case-, diacritic- and variant-insensitively).
     */
    public List<ActorRef> lookup(String nameOrId) {
        String q = nameOrId.strip();
        if (q.matches("\\d+")) {
            return find(Long.parseLong(q)).map(List::of).orElse(List.of());
        }
        String key = NameKeys.key(q);
        String orgKey = NameKeys.key(q, ActorType.ORGANIZATION);
        // One word (a surname) also matches the people whose full name ends with it.
        String surnamePattern = key.isEmpty() || key.contains(" ") ? "" : "% " + key.replace("%", "").replace("_", "");
        List<Long> ids = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id FROM actor WHERE name_key = ?1 OR lower(name) = lower(?2)
                      OR (type = 'ORGANIZATION' AND name_key = ?4)
                      OR (?3 <> '' AND type = 'PERSON' AND name_key LIKE ?3)
                    UNION SELECT actor_id FROM actor_key WHERE name_key = ?1
                    UNION SELECT DISTINCT aa.actor_id FROM article_actor aa, json_each(aa.aliases) j
                      WHERE lower(j.value) = lower(?2)""")) {
                ps.setString(1, key);
                ps.setString(2, q);
                ps.setString(3, surnamePattern);
                ps.setString(4, orgKey);
                List<Long> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
                return out;
            }
        });
        List<ActorRef> all = list(null, true);
        return all.stream().filter(a -> ids.contains(a.id())).toList();
    }

    /** Renames an actor; later imports of the new name land on it too. */
    public void rename(long id, String newName) {
        String name = newName.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("the new name is empty");
        }
        db.write(c -> {
            String type = typeOf(c, id);
            String key = NameKeys.key(name, ActorType.valueOf(type));
            OptionalLong other = byKey(c, type, key);
            if (other.isPresent() && other.getAsLong() != id) {
                throw new IllegalArgumentException("another actor is already called '" + name + "' (#" + other.getAsLong()
                        + "); merge them instead");
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE actor SET name = ?, renamed = 1 WHERE id = ?")) {
                ps.setString(1, name);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            addKey(c, type, key, id);
            return null;
        });
    }

    /** Shows or hides an actor in lists and the sidebar; its data stays. */
    public void setHidden(long id, boolean hidden) {
        setFlag(id, "hidden", hidden);
    }

    /**
     * Watches an actor (the sources pane then counts the unread articles that mention it) or stops.
     * A merge keeps the watch when either side was watched.
     */
    public void setWatched(long id, boolean watched) {
        setFlag(id, "watched", watched);
    }

    /** Sets the 0/1 column {@code flag} (a name from this class, never from input) of an existing actor. */
    private void setFlag(long id, String flag, boolean on) {
        db.write(c -> {
            typeOf(c, id);
            try (PreparedStatement ps = c.prepareStatement("UPDATE actor SET " + flag + " = ? WHERE id = ?")) {
                ps.setInt(1, on ? 1 : 0);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Merges {@code fromId} into {@code intoId} (same type): mentions, dates, quotes and keys move over. */
    public void merge(long fromId, long intoId) {
        if (fromId == intoId) {
            throw new IllegalArgumentException("cannot merge an actor into itself");
        }
        db.write(c -> {
            String fromType = typeOf(c, fromId);
            String intoType = typeOf(c, intoId);
            if (!fromType.equals(intoType)) {
                throw new IllegalArgumentException("cannot merge a " + fromType.toLowerCase(Locale.ROOT) + " into a "
                        + intoType.toLowerCase(Locale.ROOT));
            }
            moveInto(c, fromId, intoId, true);
            return null;
        });
    }

    /**
     * Moves everything of {@code fromId} to {@code intoId} and deletes it. {@code remember}: the user
     * merged them, so later imports of the old key land on the survivor through {@code actor_key}.
     */
    private static void moveInto(Connection c, long fromId, long intoId, boolean remember) throws SQLException {
        exec(c, """
                UPDATE article_actor AS t SET
                  mention_count = t.mention_count + f.mention_count,
                  salience = t.salience + f.salience,
                  aliases = (SELECT json_group_array(DISTINCT v) FROM (
                      SELECT value AS v FROM json_each(t.aliases) UNION SELECT value FROM json_each(f.aliases)
                      UNION SELECT f.name WHERE f.name <> t.name)),
                  roles = (SELECT json_group_array(DISTINCT v) FROM (
                      SELECT value AS v FROM json_each(t.roles) UNION SELECT value FROM json_each(f.roles)))
                FROM article_actor AS f
                WHERE t.actor_id = ?2 AND f.actor_id = ?1 AND f.article_id = t.article_id""", fromId, intoId);
        exec(c, "DELETE FROM article_actor WHERE actor_id = ?1 AND article_id IN (SELECT article_id FROM article_actor WHERE actor_id = ?2)",
                fromId, intoId);
        // Moved rows take the target's name (the one the user kept); their own name stays as an alias.
        exec(c, """
                UPDATE article_actor SET actor_id = ?2,
                  name = (SELECT name FROM actor WHERE id = ?2),
                  aliases = (SELECT json_group_array(DISTINCT v) FROM (
                      SELECT value AS v FROM json_each(article_actor.aliases)
                      UNION SELECT article_actor.name WHERE article_actor.name <> (SELECT name FROM actor WHERE id = ?2)))
                WHERE actor_id = ?1""", fromId, intoId);
        exec(c, "UPDATE mention SET actor_id = ?2 WHERE actor_id = ?1", fromId, intoId);
        exec(c, "INSERT OR IGNORE INTO date_actor(date_id, actor_id) SELECT date_id, ?2 FROM date_actor WHERE actor_id = ?1", fromId, intoId);
        exec(c, "DELETE FROM date_actor WHERE actor_id = ?1", fromId);
        exec(c, "UPDATE quote SET speaker_actor_id = ?2 WHERE speaker_actor_id = ?1", fromId, intoId);
        exec(c, "UPDATE actor_key SET actor_id = ?2 WHERE actor_id = ?1", fromId, intoId);
        if (remember) {
            exec(c, "INSERT OR REPLACE INTO actor_key(type, name_key, actor_id) SELECT type, name_key, ?2 FROM actor WHERE id = ?1",
                    fromId, intoId);
        }
        // A watched person stays watched under the name that survives.
        exec(c, "UPDATE actor SET watched = 1 WHERE id = ?2 AND (SELECT watched FROM actor WHERE id = ?1) = 1", fromId, intoId);
        exec(c, "DELETE FROM actor WHERE id = ?1", fromId);
    }

    private static void exec(Connection c, String sql, long... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setLong(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    private static void addKey(Connection c, String type, String key, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO actor_key(type, name_key, actor_id) VALUES (?, ?, ?)")) {
            ps.setString(1, type);
            ps.setString(2, key);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    private static String typeOf(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT type FROM actor WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no actor #" + id);
                }
                return rs.getString(1);
            }
        }
    }
}
