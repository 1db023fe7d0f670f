-- Schema version 3: typed custom fields for contacts and companies, defined in settings.
CREATE TABLE custom_field (
    id       INTEGER PRIMARY KEY,
    entity   TEXT NOT NULL CHECK (entity IN ('contact', 'company')),
    key      TEXT NOT NULL,
    label    TEXT NOT NULL,
    type     TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'bool', 'choice')),
    choices  TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings, for type choice
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (entity, key)
);

-- Values are stored as text in a canonical form: numbers with a dot, dates YYYY-MM-DD,
-- yes/no as 1/0, choices as the chosen string.
CREATE TABLE custom_value (
    field_id  INTEGER NOT NULL REFERENCES custom_field (id) ON DELETE CASCADE,
    record_id INTEGER NOT NULL,
    value     TEXT NOT NULL,
    PRIMARY KEY (field_id, record_id)
) WITHOUT ROWID;
CREATE INDEX custom_value_by_record ON custom_value (record_id, field_id);

-- Records that leave the trash for good take their custom values with them.
CREATE TRIGGER contact_purge_custom AFTER DELETE ON contact BEGIN
    DELETE FROM custom_value WHERE record_id = old.id
        AND field_id IN (SELECT id FROM custom_field WHERE entity = 'contact');
END;
CREATE TRIGGER company_purge_custom AFTER DELETE ON company BEGIN
    DELETE FROM custom_value WHERE record_id = old.id
        AND field_id IN (SELECT id FROM custom_field WHERE entity = 'company');
END;
