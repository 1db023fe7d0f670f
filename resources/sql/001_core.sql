-- Schema version 1: the outbox of domain events and database-wide settings.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Domain events, appended in the same transaction as the change they describe.
CREATE TABLE event (
    id          INTEGER PRIMARY KEY,
    occurred_at TEXT    NOT NULL,          -- UTC, ISO-8601 with milliseconds and Z
    type        TEXT    NOT NULL,          -- e.g. contact.created
    entity      TEXT    NOT NULL,          -- contact, company, ...
    entity_id   INTEGER,
    actor       TEXT    NOT NULL DEFAULT '',
    payload     TEXT    NOT NULL DEFAULT '{}' -- JSON object
);
CREATE INDEX event_by_entity ON event (entity, entity_id, id);

-- What each handler (robots, process engine) has consumed, so nothing is handled twice.
CREATE TABLE event_consumer (
    consumer      TEXT PRIMARY KEY,
    last_event_id INTEGER NOT NULL DEFAULT 0
);
