-- Schema version 6: tasks, calls and notes (the activities a timeline shows), records shared with other
-- users, custom fields on deals, and route maps stored with their versions.

-- A task belongs to one user (assignee, app_user.login) and may relate to a deal, contact and company.
-- Priority: 0 low, 1 normal, 2 high. The reminder fires once (reminded_at) while the task is open.
CREATE TABLE task (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description  TEXT NOT NULL DEFAULT '',
    due_at       TEXT,                                  -- UTC
    assignee     TEXT NOT NULL DEFAULT '',
    deal_id      INTEGER REFERENCES deal (id) ON DELETE CASCADE,
    contact_id   INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    company_id   INTEGER REFERENCES company (id) ON DELETE SET NULL,
    priority     INTEGER NOT NULL DEFAULT 1 CHECK (priority IN (0, 1, 2)),
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    remind_at    TEXT,                                  -- UTC
    reminded_at  TEXT,                                  -- UTC, when the reminder was shown
    completed_at TEXT,                                  -- UTC, while done
    created_by   TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT
);
-- "My tasks": one user's open tasks by due time (overdue, today, upcoming) read this index alone.
CREATE INDEX task_open_by_assignee ON task (assignee, due_at, id) WHERE status = 'open' AND deleted_at IS NULL;
CREATE INDEX task_open_by_due ON task (due_at, id) WHERE status = 'open' AND deleted_at IS NULL;
CREATE INDEX task_reminder ON task (remind_at) WHERE remind_at IS NOT NULL AND reminded_at IS NULL
    AND status = 'open' AND deleted_at IS NULL;
CREATE INDEX task_by_deal ON task (deal_id, due_at) WHERE deal_id IS NOT NULL;
CREATE INDEX task_by_contact ON task (contact_id, due_at) WHERE contact_id IS NOT NULL;
CREATE INDEX task_by_company ON task (company_id, due_at) WHERE company_id IS NOT NULL;

-- A phone call. The contact is matched by number when the call is recorded (and may be set by hand).
CREATE TABLE call (
    id         INTEGER PRIMARY KEY,
    direction  TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    outcome    TEXT NOT NULL CHECK (outcome IN ('answered', 'missed')),
    phone      TEXT NOT NULL DEFAULT '',                -- as dialled or shown by caller ID
    normalized TEXT NOT NULL DEFAULT '',                -- E.164 when it parses, else digits
    contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    company_id INTEGER REFERENCES company (id) ON DELETE SET NULL,
    deal_id    INTEGER REFERENCES deal (id) ON DELETE SET NULL,
    user_login TEXT NOT NULL DEFAULT '',                -- who took or made it
    started_at TEXT NOT NULL,                           -- UTC
    duration_s INTEGER NOT NULL DEFAULT 0 CHECK (duration_s >= 0),
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX call_by_started ON call (started_at);
CREATE INDEX call_missed ON call (started_at) WHERE outcome = 'missed' AND deleted_at IS NULL;
CREATE INDEX call_by_contact ON call (contact_id, started_at) WHERE contact_id IS NOT NULL;
CREATE INDEX call_by_company ON call (company_id, started_at) WHERE company_id IS NOT NULL;
CREATE INDEX call_by_deal ON call (deal_id, started_at) WHERE deal_id IS NOT NULL;
CREATE INDEX call_by_user ON call (user_login, started_at);

-- A note on any record.
CREATE TABLE note (
    id         INTEGER PRIMARY KEY,
    entity     TEXT NOT NULL CHECK (entity IN ('contact', 'company', 'deal')),
    entity_id  INTEGER NOT NULL,
    body       TEXT NOT NULL CHECK (length(trim(body)) > 0),
    author     TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX note_by_record ON note (entity, entity_id, created_at);

-- Records a sales manager may see and change besides his own: shared with him by login.
CREATE TABLE record_share (
    entity    TEXT NOT NULL CHECK (entity IN ('contact', 'company', 'deal')),
    record_id INTEGER NOT NULL,
    login     TEXT NOT NULL,
    PRIMARY KEY (entity, record_id, login)
) WITHOUT ROWID;
CREATE INDEX record_share_by_login ON record_share (login, entity, record_id);

-- Custom fields on deals too. SQLite cannot change a CHECK constraint in place, so both tables are
-- rebuilt; their data is copied, not touched by cascades (the values are copied before anything drops).
DROP TRIGGER contact_purge_custom;
DROP TRIGGER company_purge_custom;
CREATE TABLE custom_field_v6 (
    id       INTEGER PRIMARY KEY,
    entity   TEXT NOT NULL CHECK (entity IN ('contact', 'company', 'deal')),
    key      TEXT NOT NULL,
    label    TEXT NOT NULL,
    type     TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'bool', 'choice')),
    choices  TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings, for type choice
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (entity, key)
);
INSERT INTO custom_field_v6 (id, entity, key, label, type, choices, position)
    SELECT id, entity, key, label, type, choices, position FROM custom_field;
CREATE TABLE custom_value_v6 (
    field_id  INTEGER NOT NULL REFERENCES custom_field_v6 (id) ON DELETE CASCADE,
    record_id INTEGER NOT NULL,
    value     TEXT NOT NULL,
    PRIMARY KEY (field_id, record_id)
) WITHOUT ROWID;
INSERT INTO custom_value_v6 (field_id, record_id, value) SELECT field_id, record_id, value FROM custom_value;
DROP TABLE custom_value;
DROP TABLE custom_field;
ALTER TABLE custom_field_v6 RENAME TO custom_field;
ALTER TABLE custom_value_v6 RENAME TO custom_value;
CREATE INDEX custom_value_by_record ON custom_value (record_id, field_id);
CREATE TRIGGER contact_purge_custom AFTER DELETE ON contact BEGIN
    DELETE FROM custom_value WHERE record_id = old.id
        AND field_id IN (SELECT id FROM custom_field WHERE entity = 'contact');
END;
CREATE TRIGGER company_purge_custom AFTER DELETE ON company BEGIN
    DELETE FROM custom_value WHERE record_id = old.id
        AND field_id IN (SELECT id FROM custom_field WHERE entity = 'company');
END;
-- Records that leave the trash for good take their notes, shares and custom values with them.
CREATE TRIGGER deal_purge_related AFTER DELETE ON deal BEGIN
    DELETE FROM custom_value WHERE record_id = old.id
        AND field_id IN (SELECT id FROM custom_field WHERE entity = 'deal');
    DELETE FROM note WHERE entity = 'deal' AND entity_id = old.id;
    DELETE FROM record_share WHERE entity = 'deal' AND record_id = old.id;
END;
CREATE TRIGGER contact_purge_related AFTER DELETE ON contact BEGIN
    DELETE FROM note WHERE entity = 'contact' AND entity_id = old.id;
    DELETE FROM record_share WHERE entity = 'contact' AND record_id = old.id;
END;
CREATE TRIGGER company_purge_related AFTER DELETE ON company BEGIN
    DELETE FROM note WHERE entity = 'company' AND entity_id = old.id;
    DELETE FROM record_share WHERE entity = 'company' AND record_id = old.id;
END;

-- Route maps (BPMN 2.0 XML). Each saved edit is a new version; older versions stay readable.
CREATE TABLE process_map (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    pipeline_id INTEGER REFERENCES pipeline (id) ON DELETE SET NULL, -- the deals that follow it
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE UNIQUE INDEX process_map_name ON process_map (name COLLATE NOCASE) WHERE deleted_at IS NULL;
CREATE TABLE process_map_version (
    map_id   INTEGER NOT NULL REFERENCES process_map (id) ON DELETE CASCADE,
    version  INTEGER NOT NULL CHECK (version > 0),
    xml      TEXT NOT NULL,
    comment  TEXT NOT NULL DEFAULT '',
    saved_at TEXT NOT NULL,                             -- UTC
    saved_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (map_id, version)
) WITHOUT ROWID;
