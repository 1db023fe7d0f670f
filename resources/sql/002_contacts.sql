-- Schema version 2: companies, contacts, their e-mails and phones, tags and the search index.
CREATE TABLE company (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key   TEXT NOT NULL,               -- folded name: case- and diacritics-insensitive sort
    industry   TEXT NOT NULL DEFAULT '',
    website    TEXT NOT NULL DEFAULT '',
    address    TEXT NOT NULL DEFAULT '',
    owner      TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT                          -- set while the company is in the trash
);
CREATE INDEX company_by_name ON company (name_key, id) WHERE deleted_at IS NULL;
CREATE INDEX company_by_industry ON company (industry, name_key, id) WHERE deleted_at IS NULL;
CREATE INDEX company_by_created ON company (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX company_in_trash ON company (deleted_at, id) WHERE deleted_at IS NOT NULL;

CREATE TABLE company_channel (
    id         INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
    label      TEXT NOT NULL DEFAULT '',
    value      TEXT NOT NULL,                -- as the user typed it
    normalized TEXT NOT NULL DEFAULT '',     -- E.164 for phones, lower case for e-mails
    digits_rev TEXT,                         -- phones: national number digits reversed (suffix search)
    position   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX company_channel_by_company ON company_channel (company_id, kind, position);
CREATE INDEX company_channel_by_phone ON company_channel (digits_rev) WHERE digits_rev IS NOT NULL;

CREATE TABLE contact (
    id          INTEGER PRIMARY KEY,
    given_name  TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    name_key    TEXT NOT NULL,               -- folded "family given"
    position    TEXT NOT NULL DEFAULT '',
    company_id  INTEGER REFERENCES company (id) ON DELETE SET NULL,
    company_key TEXT NOT NULL DEFAULT '',    -- folded company name, kept by the services
    birthday    TEXT,                        -- YYYY-MM-DD
    address     TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT '',
    owner       TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    CHECK (length(trim(given_name)) + length(trim(family_name)) > 0)
);
CREATE INDEX contact_by_name ON contact (name_key, id) WHERE deleted_at IS NULL;
CREATE INDEX contact_by_company_name ON contact (company_key, name_key, id) WHERE deleted_at IS NULL;
CREATE INDEX contact_by_created ON contact (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX contact_by_company ON contact (company_id);
-- The name's sort key by id: sorting thousands of search hits by name reads this small index (which
-- stays in the page cache), not the rows.
CREATE INDEX contact_sort_keys ON contact (id, name_key) WHERE deleted_at IS NULL;
CREATE INDEX contact_in_trash ON contact (deleted_at, id) WHERE deleted_at IS NOT NULL;

CREATE TABLE contact_channel (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
    label      TEXT NOT NULL DEFAULT '',
    value      TEXT NOT NULL,
    normalized TEXT NOT NULL DEFAULT '',
    digits_rev TEXT,
    position   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contact_channel_by_contact ON contact_channel (contact_id, kind, position);
CREATE INDEX contact_channel_by_phone ON contact_channel (digits_rev) WHERE digits_rev IS NOT NULL;

CREATE TABLE tag (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE contact_tag (
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX contact_tag_by_tag ON contact_tag (tag_id, contact_id);

-- Full-text search: one folded document per live record (the distinct words of its names, company
-- and e-mail addresses). Records in the trash have no document. Searches are AND-ed word prefixes, so
-- the index keeps no positions (detail = none): a third of the size and build time of a full one.
CREATE TABLE contact_search (
    id  INTEGER PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,
    doc TEXT NOT NULL
);
CREATE VIRTUAL TABLE contact_fts USING fts5 (
    doc, content = 'contact_search', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2', detail = none
);
CREATE TRIGGER contact_search_ai AFTER INSERT ON contact_search BEGIN
    INSERT INTO contact_fts (rowid, doc) VALUES (new.id, new.doc);
END;
CREATE TRIGGER contact_search_ad AFTER DELETE ON contact_search BEGIN
    INSERT INTO contact_fts (contact_fts, rowid, doc) VALUES ('delete', old.id, old.doc);
END;
CREATE TRIGGER contact_search_au AFTER UPDATE ON contact_search BEGIN
    INSERT INTO contact_fts (contact_fts, rowid, doc) VALUES ('delete', old.id, old.doc);
    INSERT INTO contact_fts (rowid, doc) VALUES (new.id, new.doc);
END;

CREATE TABLE company_search (
    id  INTEGER PRIMARY KEY REFERENCES company (id) ON DELETE CASCADE,
    doc TEXT NOT NULL
);
CREATE VIRTUAL TABLE company_fts USING fts5 (
    doc, content = 'company_search', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2', detail = none
);
CREATE TRIGGER company_search_ai AFTER INSERT ON company_search BEGIN
    INSERT INTO company_fts (rowid, doc) VALUES (new.id, new.doc);
END;
CREATE TRIGGER company_search_ad AFTER DELETE ON company_search BEGIN
    INSERT INTO company_fts (company_fts, rowid, doc) VALUES ('delete', old.id, old.doc);
END;
CREATE TRIGGER company_search_au AFTER UPDATE ON company_search BEGIN
    INSERT INTO company_fts (company_fts, rowid, doc) VALUES ('delete', old.id, old.doc);
    INSERT INTO company_fts (rowid, doc) VALUES (new.id, new.doc);
END;
