-- Schema version 4: users and roles, pipelines and stages, deals with their stage history, products and
-- line items. Money is an integer in minor units plus an ISO 4217 code; quantities are integer thousandths.

-- "user" is a reserved word in PostgreSQL, hence app_user.
CREATE TABLE app_user (
    id           INTEGER PRIMARY KEY,
    login        TEXT NOT NULL UNIQUE CHECK (length(trim(login)) > 0),
    display_name TEXT NOT NULL DEFAULT '',
    role         TEXT NOT NULL CHECK (role IN ('sales_manager', 'process_owner', 'director', 'administrator')),
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at   TEXT NOT NULL
);

CREATE TABLE pipeline (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    position INTEGER NOT NULL DEFAULT 0
);

-- Open stages in their order, then the two closing outcomes of every pipeline (kind won and lost).
-- A deleted stage is kept (deleted_at set) because the stage history refers to it for good.
CREATE TABLE stage (
    id              INTEGER PRIMARY KEY,
    pipeline_id     INTEGER NOT NULL REFERENCES pipeline (id),
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind            TEXT NOT NULL DEFAULT 'open' CHECK (kind IN ('open', 'won', 'lost')),
    colour          TEXT NOT NULL DEFAULT '#808080',   -- #rrggbb
    probability     INTEGER NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 100),
    checkpoint_days INTEGER CHECK (checkpoint_days IS NULL OR checkpoint_days > 0),
    position        INTEGER NOT NULL DEFAULT 0,
    deleted_at      TEXT
);
CREATE UNIQUE INDEX stage_name ON stage (pipeline_id, name) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX stage_outcome ON stage (pipeline_id, kind) WHERE kind <> 'open';
CREATE INDEX stage_by_position ON stage (pipeline_id, position) WHERE deleted_at IS NULL;

CREATE TABLE lost_reason (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    position INTEGER NOT NULL DEFAULT 0,
    active   INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE deal (
    id               INTEGER PRIMARY KEY,
    title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
    pipeline_id      INTEGER NOT NULL REFERENCES pipeline (id),
    stage_id         INTEGER NOT NULL REFERENCES stage (id),
    amount_minor     INTEGER NOT NULL DEFAULT 0,
    currency         TEXT NOT NULL CHECK (length(currency) = 3),
    amount_from_items INTEGER NOT NULL DEFAULT 0 CHECK (amount_from_items IN (0, 1)),
    contact_id       INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    company_id       INTEGER REFERENCES company (id) ON DELETE SET NULL,
    owner            TEXT NOT NULL DEFAULT '',          -- app_user.login
    expected_close   TEXT,                              -- YYYY-MM-DD
    probability      INTEGER CHECK (probability IS NULL OR probability BETWEEN 0 AND 100), -- NULL: the stage's
    source           TEXT NOT NULL DEFAULT '',
    lost_reason_id   INTEGER REFERENCES lost_reason (id),
    stage_entered_at TEXT NOT NULL,                     -- UTC; the checkpoint's late marker counts from it
    closed_at        TEXT,                              -- UTC, while in a won or lost stage
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT
);
-- Board columns: count and total per stage and currency read this index alone.
CREATE INDEX deal_by_stage ON deal (pipeline_id, stage_id, currency, amount_minor) WHERE deleted_at IS NULL;
CREATE INDEX deal_by_owner ON deal (owner, pipeline_id, stage_id) WHERE deleted_at IS NULL;
CREATE INDEX deal_by_contact ON deal (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX deal_by_company ON deal (company_id) WHERE company_id IS NOT NULL;
CREATE INDEX deal_in_trash ON deal (deleted_at, id) WHERE deleted_at IS NOT NULL;

-- Every stage change, the first placement included (from_stage_id NULL). The funnel counts this table.
CREATE TABLE deal_stage_history (
    id            INTEGER PRIMARY KEY,
    deal_id       INTEGER NOT NULL REFERENCES deal (id) ON DELETE CASCADE,
    from_stage_id INTEGER REFERENCES stage (id),
    to_stage_id   INTEGER NOT NULL REFERENCES stage (id),
    at            TEXT NOT NULL,                        -- UTC
    actor         TEXT NOT NULL,                        -- app_user.login, or the robot's name
    via           TEXT NOT NULL CHECK (via IN ('user', 'robot', 'import'))
);
CREATE INDEX deal_stage_history_by_deal ON deal_stage_history (deal_id, id);
CREATE INDEX deal_stage_history_by_stage ON deal_stage_history (to_stage_id, at);

CREATE TABLE product (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    sku         TEXT NOT NULL DEFAULT '',
    unit        TEXT NOT NULL DEFAULT '',
    price_minor INTEGER NOT NULL DEFAULT 0,
    currency    TEXT NOT NULL CHECK (length(currency) = 3),
    tax_bp      INTEGER NOT NULL DEFAULT 0 CHECK (tax_bp BETWEEN 0 AND 10000), -- 1900 = 19%
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE UNIQUE INDEX product_by_sku ON product (sku) WHERE sku <> '';

-- total_minor = quantity_milli / 1000 × unit_price_minor × (1 − discount_bp / 10000), rounded half away
-- from zero once, to the minor unit.
CREATE TABLE deal_line_item (
    id               INTEGER PRIMARY KEY,
    deal_id          INTEGER NOT NULL REFERENCES deal (id) ON DELETE CASCADE,
    product_id       INTEGER REFERENCES product (id) ON DELETE SET NULL,
    name             TEXT NOT NULL,
    quantity_milli   INTEGER NOT NULL CHECK (quantity_milli > 0),
    unit_price_minor INTEGER NOT NULL,
    discount_bp      INTEGER NOT NULL DEFAULT 0 CHECK (discount_bp BETWEEN 0 AND 10000),
    total_minor      INTEGER NOT NULL,
    position         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX deal_line_item_by_deal ON deal_line_item (deal_id, position);
CREATE INDEX deal_line_item_by_product ON deal_line_item (product_id) WHERE product_id IS NOT NULL;

INSERT INTO pipeline (id, name, position) VALUES (1, 'Sales', 0), (2, 'Turnkey renovation', 1);
INSERT INTO stage (id, pipeline_id, name, kind, colour, probability, checkpoint_days, position) VALUES
    (1, 1, 'Presentation', 'open', '#4e79a7', 10, 7, 0),
    (2, 1, 'Commercial proposal', 'open', '#59a14f', 25, 10, 1),
    (3, 1, 'Agreement', 'open', '#edc948', 50, 14, 2),
    (4, 1, 'Payment', 'open', '#f28e2b', 75, 10, 3),
    (5, 1, 'Event', 'open', '#b07aa1', 90, 30, 4),
    (6, 1, 'Closing', 'open', '#76b7b2', 95, 7, 5),
    (7, 1, 'Won', 'won', '#2e7d32', 100, NULL, 100),
    (8, 1, 'Lost', 'lost', '#c62828', 0, NULL, 101),
    (9, 2, 'Request', 'open', '#4e79a7', 10, 3, 0),
    (10, 2, 'Site survey', 'open', '#59a14f', 20, 7, 1),
    (11, 2, 'Estimate', 'open', '#edc948', 40, 14, 2),
    (12, 2, 'Contract', 'open', '#f28e2b', 70, 14, 3),
    (13, 2, 'Works in progress', 'open', '#b07aa1', 90, 60, 4),
    (14, 2, 'Acceptance', 'open', '#76b7b2', 95, 10, 5),
    (15, 2, 'Won', 'won', '#2e7d32', 100, NULL, 100),
    (16, 2, 'Lost', 'lost', '#c62828', 0, NULL, 101);
INSERT INTO lost_reason (id, name, position) VALUES
    (1, 'Price too high', 0),
    (2, 'Chose a competitor', 1),
    (3, 'No budget', 2),
    (4, 'No response', 3),
    (5, 'Timing not right', 4);
