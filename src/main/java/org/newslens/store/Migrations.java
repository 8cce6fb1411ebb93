package org.newslens.store;

import java.util.List;

/**
 * Numbered schema migrations. Version N is stored in {@code PRAGMA user_version} once migration N ran.
 * Never edit a released migration: add the next one.
 */
final class Migrations {
    private Migrations() {
    }

    /** Migration i (0-based) takes the schema from version i to i + 1. */
    static final List<List<String>> ALL = List.of(
            // 1: articles with full-text search, and the tables that extraction and notes fill.
            List.of(
                    """
                    CREATE TABLE meta (
                      key   TEXT PRIMARY KEY,
                      value TEXT NOT NULL
                    )""",
                    """
                    CREATE TABLE article (
                      id                 INTEGER PRIMARY KEY,
                      title              TEXT NOT NULL,
                      source             TEXT NOT NULL,
                      published          TEXT,               -- ISO yyyy-mm-dd, NULL when unknown
                      published_inferred INTEGER NOT NULL DEFAULT 0,
                      imported_at        TEXT NOT NULL,      -- ISO-8601 instant
                      body               TEXT NOT NULL,
                      content_hash       TEXT NOT NULL UNIQUE,
                      extractor_version  TEXT
                    )""",
                    // Newest first: scanned backwards; NULL dates sort last.
                    "CREATE INDEX article_by_published ON article(published, id)",
                    """
                    CREATE VIRTUAL TABLE article_fts USING fts5(
                      title, body, content='article', content_rowid='id',
                      tokenize='unicode61 remove_diacritics 2')""",
                    """
                    CREATE TRIGGER article_fts_ai AFTER INSERT ON article BEGIN
                      INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
                    END""",
                    """
                    CREATE TRIGGER article_fts_ad AFTER DELETE ON article BEGIN
                      INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
                    END""",
                    """
                    CREATE TRIGGER article_fts_au AFTER UPDATE OF title, body ON article BEGIN
                      INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
                      INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
                    END""",
                    // One row per real-world actor across the library; name_key folds case, diacritics, variants.
                    """
                    CREATE TABLE actor (
                      id       INTEGER PRIMARY KEY,
                      type     TEXT NOT NULL CHECK (type IN ('PERSON', 'ORGANIZATION', 'LOCATION')),
                      name     TEXT NOT NULL,
                      name_key TEXT NOT NULL,
                      hidden   INTEGER NOT NULL DEFAULT 0,
                      renamed  INTEGER NOT NULL DEFAULT 0,
                      UNIQUE (type, name_key)
                    )""",
                    // User corrections that outlive an actor: a merged or renamed key points to the survivor,
                    // so later imports land on it too.
                    """
                    CREATE TABLE actor_key (
                      type     TEXT NOT NULL,
                      name_key TEXT NOT NULL,
                      actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
                      PRIMARY KEY (type, name_key)
                    )""",
                    // published is copied from article so that (actor_id, published, article_id) serves
                    // "articles mentioning X, newest first" without a sort.
                    """
                    CREATE TABLE article_actor (
                      article_id    INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                      actor_id      INTEGER NOT NULL REFERENCES actor(id),
                      published     TEXT,
                      name          TEXT NOT NULL,              -- canonical name in this article
                      aliases       TEXT NOT NULL DEFAULT '[]',  -- JSON array, as written
                      roles         TEXT NOT NULL DEFAULT '[]',  -- JSON array
                      mention_count INTEGER NOT NULL DEFAULT 0,
                      salience      REAL NOT NULL DEFAULT 0,
                      PRIMARY KEY (article_id, actor_id)
                    ) WITHOUT ROWID""",
                    "CREATE INDEX article_actor_by_actor ON article_actor(actor_id, published, article_id)",
                    """
                    CREATE TABLE mention (
                      id         INTEGER PRIMARY KEY,
                      article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                      actor_id   INTEGER NOT NULL REFERENCES actor(id),
                      start      INTEGER NOT NULL,
                      end        INTEGER NOT NULL,
                      text       TEXT NOT NULL
                    )""",
                    "CREATE INDEX mention_by_article ON mention(article_id, start)",
                    "CREATE INDEX mention_by_actor ON mention(actor_id)",
                    """
                    CREATE TABLE date_mention (
                      id             INTEGER PRIMARY KEY,
                      article_id     INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                      start          INTEGER NOT NULL,
                      end            INTEGER NOT NULL,
                      text           TEXT NOT NULL,
                      value          TEXT NOT NULL,   -- TIMEX3 value
                      type           TEXT NOT NULL,   -- DATE, TIME, DURATION, SET
                      day            TEXT,            -- yyyy-mm-dd when the value names one day (timeline)
                      sentence_start INTEGER NOT NULL,
                      sentence_end   INTEGER NOT NULL
                    )""",
                    "CREATE INDEX date_by_article ON date_mention(article_id, start)",
                    "CREATE INDEX date_by_day ON date_mention(day)",
                    """
                    CREATE TABLE date_actor (
                      date_id  INTEGER NOT NULL REFERENCES date_mention(id) ON DELETE CASCADE,
                      actor_id INTEGER NOT NULL REFERENCES actor(id),
                      PRIMARY KEY (date_id, actor_id)
                    ) WITHOUT ROWID""",
                    "CREATE INDEX date_actor_by_actor ON date_actor(actor_id)",
                    """
                    CREATE TABLE quote (
                      id               INTEGER PRIMARY KEY,
                      article_id       INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                      start            INTEGER NOT NULL,
                      end              INTEGER NOT NULL,
                      text             TEXT NOT NULL,
                      speaker_actor_id INTEGER REFERENCES actor(id),
                      speaker          TEXT
                    )""",
                    "CREATE INDEX quote_by_article ON quote(article_id, start)",
                    "CREATE INDEX quote_by_speaker ON quote(speaker_actor_id)",
                    """
                    CREATE TABLE note (
                      article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
                      body       TEXT NOT NULL,
                      updated_at TEXT NOT NULL
                    )""",
                    // Anchored by offsets plus the quoted text and its context, to survive re-import.
                    """
                    CREATE TABLE highlight (
                      id         INTEGER PRIMARY KEY,
                      article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                      start      INTEGER NOT NULL,
                      end        INTEGER NOT NULL,
                      quote      TEXT NOT NULL,
                      prefix     TEXT NOT NULL DEFAULT '',
                      suffix     TEXT NOT NULL DEFAULT '',
                      comment    TEXT NOT NULL DEFAULT '',
                      tags       TEXT NOT NULL DEFAULT '[]',
                      created_at TEXT NOT NULL,
                      updated_at TEXT NOT NULL
                    )""",
                    "CREATE INDEX highlight_by_article ON highlight(article_id, start)"
            ),
            // 2: lets a full-text search sort its matches by date from a small index instead of the article rows.
            List.of("CREATE INDEX article_id_published ON article(id, published)"),
            // 3: notes and export. A highlight whose text can no longer be found in its article is kept,
            // marked orphaned; each file written by a repeatable export is recorded with its content hash,
            // so that a later export updates its own files and leaves files the user edited alone.
            List.of(
                    "ALTER TABLE highlight ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0",
                    """
                    CREATE TABLE export_file (
                      path        TEXT PRIMARY KEY,            -- absolute, normalised
                      folder      TEXT NOT NULL,               -- the export's folder (the file's parent)
                      article_id  INTEGER,                     -- NULL for a whole-library file
                      sha256      TEXT NOT NULL,               -- of the bytes NewsLens wrote
                      exported_at TEXT NOT NULL
                    )""",
                    "CREATE INDEX export_file_by_article ON export_file(folder, article_id)"
            ),
            // web pages and Markdown with structure: what a page says about its article, and the cleaned
            // structure (blocks as JSON, see StructureJson) whose plain text is the body. All NULL for
            // articles stored before: the reader then splits the body into paragraphs.
            List.of(
                    "ALTER TABLE article ADD COLUMN url TEXT",
                    "ALTER TABLE article ADD COLUMN site TEXT",
                    "ALTER TABLE article ADD COLUMN authors TEXT",   // JSON array of names
                    "ALTER TABLE article ADD COLUMN language TEXT",
                    "ALTER TABLE article ADD COLUMN structure TEXT"  // JSON, StructureJson
            ),
            // Feeds (issue 9, section 2): folders (nested by parent), subscribed feeds with their fetch state
            // (conditional GET validators, hash of the last document, schedule, failures and back-off, per-feed
            // refresh interval and full-page mode), and each feed's items (unique per feed by guid) pointing at
            // the article they became. article(source) finds an article by its canonical URL across feeds.
            List.of(
                    """
                    CREATE TABLE feed_folder (
                      id        INTEGER PRIMARY KEY,
                      name      TEXT NOT NULL,
                      parent_id INTEGER REFERENCES feed_folder(id) ON DELETE CASCADE
                    )""",
                    "CREATE UNIQUE INDEX feed_folder_by_name ON feed_folder(ifnull(parent_id, 0), name COLLATE NOCASE)",
                    """
                    CREATE TABLE feed (
                      id              INTEGER PRIMARY KEY,
                      url             TEXT NOT NULL UNIQUE,
                      title           TEXT NOT NULL DEFAULT '',
                      site_url        TEXT,
                      folder_id       INTEGER REFERENCES feed_folder(id) ON DELETE SET NULL,
                      etag            TEXT,
                      last_modified   TEXT,
                      body_hash       TEXT,                -- SHA-256 of the last document fetched and parsed
                      last_fetched    TEXT,                -- ISO-8601 instants
                      next_fetch      TEXT,
                      failures        INTEGER NOT NULL DEFAULT 0,  -- consecutive
                      last_error      TEXT,
                      refresh_minutes INTEGER CHECK (refresh_minutes IS NULL OR refresh_minutes >= 10),
                      full_page       TEXT NOT NULL DEFAULT 'automatic' CHECK (full_page IN ('automatic', 'always', 'never')),
                      added_at        TEXT NOT NULL
                    )""",
                    "CREATE INDEX feed_by_folder ON feed(folder_id)",
                    """
                    CREATE TABLE feed_item (
                      id         INTEGER PRIMARY KEY,
                      feed_id    INTEGER NOT NULL REFERENCES feed(id) ON DELETE CASCADE,
                      guid       TEXT NOT NULL,
                      link       TEXT,                     -- canonical URL of the item's article
                      article_id INTEGER REFERENCES article(id) ON DELETE SET NULL,
                      seen_at    TEXT NOT NULL,
                      UNIQUE (feed_id, guid)
                    )""",
                    "CREATE INDEX feed_item_by_link ON feed_item(link)",
                    "CREATE INDEX feed_item_by_article ON feed_item(article_id)",
                    "CREATE INDEX article_by_source ON article(source)"
            ),
            // removing articles (issue 11): the notes and highlights of a removed article, kept on request as
            // orphaned notes by the article's content hash, until the same text is imported again.
            List.of(
                    """
                    CREATE TABLE orphan_note (
                      content_hash TEXT PRIMARY KEY,
                      title        TEXT NOT NULL,
                      source       TEXT NOT NULL,
                      published    TEXT,
                      removed_at   TEXT NOT NULL,
                      rows         TEXT NOT NULL     -- JSON: {"note": [{column: value}], "highlight": [...]}
                    )"""
            ),
            // Reading state and a person watch: read_at (NULL = unread) and starred on article, watched on
            // actor. "Unread" and "starred" are partial indexes in list order, so their newest page is an
            // index walk. article_actor.unread copies the read state (triggers keep it) so that "unread
            // articles mentioning X" and its count are a range of one partial index. article_id_state lets
            // a text search check the state from an index, never from the (wide) article row.
            List.of(
                    "ALTER TABLE article ADD COLUMN read_at TEXT",
                    "ALTER TABLE article ADD COLUMN starred INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE actor ADD COLUMN watched INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE article_actor ADD COLUMN unread INTEGER NOT NULL DEFAULT 1",
                    "CREATE INDEX article_unread ON article(published, id) WHERE read_at IS NULL",
                    "CREATE INDEX article_starred ON article(published, id, read_at) WHERE starred = 1",
                    "CREATE INDEX article_id_state ON article(id, published, read_at, starred)",
                    "CREATE INDEX article_actor_unread ON article_actor(actor_id, published, article_id) WHERE unread = 1",
                    "CREATE INDEX actor_watched ON actor(id) WHERE watched = 1",
                    """
                    CREATE TRIGGER article_read_state AFTER UPDATE OF read_at ON article
                    WHEN (old.read_at IS NULL) <> (new.read_at IS NULL) BEGIN
                      UPDATE article_actor SET unread = (new.read_at IS NULL) WHERE article_id = new.id;
                    END""",
                    """
                    CREATE TRIGGER article_actor_read_state AFTER INSERT ON article_actor BEGIN
                      UPDATE article_actor SET unread = (SELECT read_at IS NULL FROM article WHERE id = new.article_id)
                      WHERE article_id = new.article_id AND actor_id = new.actor_id;
                    END""",
                    // The sources pane's feed and folder filter: for a big feed the list walks its date index newest
                    // first and checks each article's feeds here, by (article_id, feed_id), without reading feed_item rows ...
                    "DROP INDEX feed_item_by_article",
                    "CREATE INDEX feed_item_by_article_feed ON feed_item(article_id, feed_id)",
                    // ... and a feed's (or folder's) articles and their count from the feed's side, for small feeds.
                    "CREATE INDEX feed_item_by_feed_article ON feed_item(feed_id, article_id)"
            ),
            // Loading images (issue 9): per-site reader settings, keyed by the article's host (lower case,
            // without "www."). load_images = 1: the images of that site's articles load without asking.
            List.of(
                    """
                    CREATE TABLE site_setting (
                      host        TEXT PRIMARY KEY,
                      load_images INTEGER NOT NULL DEFAULT 0
                    )"""
            )
    );

    static int latestVersion() {
        return ALL.size();
    }
}
