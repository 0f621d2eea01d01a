-- The archive's first schema (SQLite). postgresql/0001_initial.sql is the same schema;
-- only the identity columns and the text index differ (FTS5 trigram here, pg_trgm there).

CREATE TABLE articles (
    id              INTEGER PRIMARY KEY,
    key             TEXT    NOT NULL,          -- canonical URL, else sha256:<content hash>
    version         INTEGER NOT NULL,
    is_latest       INTEGER NOT NULL,          -- 1 for the newest version of its key
    content_hash    TEXT    NOT NULL,
    url             TEXT,
    source_url      TEXT,
    title           TEXT,
    body            TEXT    NOT NULL,
    outlet          TEXT,
    language        TEXT,
    published       TEXT,                      -- YYYY-MM-DD
    source          TEXT,                      -- the path or URL it was ingested from
    ingested_at     TEXT    NOT NULL,          -- UTC, ISO 8601
    verified        INTEGER NOT NULL,          -- 1 when urazuke.verify checked it
    quote_count     INTEGER NOT NULL,
    flag_count      INTEGER NOT NULL,
    analysis        TEXT    NOT NULL,          -- the README's JSON, whole
    UNIQUE (key, version)
);
CREATE UNIQUE INDEX articles_latest_key ON articles (key) WHERE is_latest = 1;
CREATE INDEX articles_hash ON articles (content_hash);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_outlet ON articles (outlet);
-- Pages are newest first: "flagged only" walks the flagged articles in that order.
CREATE INDEX articles_flagged ON articles (published) WHERE is_latest = 1 AND flag_count > 0;

CREATE TABLE entities (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_key  TEXT    NOT NULL,              -- the id inside the article (e9)
    name        TEXT    NOT NULL,
    kind        TEXT,
    country     TEXT,
    kb          TEXT,
    roles       TEXT    NOT NULL,              -- JSON list
    mentions    INTEGER NOT NULL
);
CREATE INDEX entities_article ON entities (article_id);
CREATE INDEX entities_name ON entities (name);

-- Every form an entity takes in an article (ジョー・バイデン, バイデン): filters match any.
CREATE TABLE entity_names (
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_key  TEXT    NOT NULL,
    name        TEXT    NOT NULL
);
CREATE INDEX entity_names_name ON entity_names (name, article_id);
CREATE INDEX entity_names_article ON entity_names (article_id, entity_key);

CREATE TABLE quotes (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    text            TEXT    NOT NULL,
    kind            TEXT,
    speaker_name    TEXT,
    speaker_entity  TEXT,
    verb            TEXT,
    date            TEXT,
    span_start      INTEGER,
    span_end        INTEGER,
    sentence        INTEGER
);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_speaker ON quotes (speaker_name);

CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    actor_name      TEXT,
    actor_entity    TEXT,
    action          TEXT,
    plover          TEXT,
    cameo           TEXT,
    target_name     TEXT,
    place           TEXT,
    date            TEXT,
    negated         INTEGER NOT NULL,
    data            TEXT    NOT NULL           -- the event's JSON, whole
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_actor ON events (actor_name);
CREATE INDEX events_plover ON events (plover);
CREATE INDEX events_cameo ON events (cameo);
CREATE INDEX events_action ON events (action);

-- Who acts in each event: the actor, and each member of a group actor (米国、韓国、日本).
CREATE TABLE event_actors (
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,              -- the event's position in its article
    name        TEXT    NOT NULL,
    entity_key  TEXT
);
CREATE INDEX event_actors_name ON event_actors (name);
CREATE INDEX event_actors_article ON event_actors (article_id, position);

CREATE TABLE flags (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT,
    severity    TEXT,
    message_ja  TEXT,
    message_en  TEXT,
    data        TEXT    NOT NULL               -- the flag's JSON, whole (claim, evidence)
);
CREATE INDEX flags_article ON flags (article_id);
CREATE INDEX flags_kind ON flags (kind);

CREATE TABLE verdicts (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    data        TEXT    NOT NULL               -- the verdict's JSON, whole
);
CREATE INDEX verdicts_article ON verdicts (article_id);

-- Japanese full text: trigram tokens match any substring of 3+ characters. Shorter
-- queries (米国, 首脳) fall back to instr() on the base table (see sqlite.py).
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body, content = 'articles', content_rowid = 'id', tokenize = 'trigram'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
