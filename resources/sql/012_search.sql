-- Search: phone numbers by their start, deal titles by word prefix, and letter-digit words kept whole.

-- Stored E.164 numbers by their start ("+40 721" or "0721" finds +40 721 …): a range of this index.
CREATE INDEX contact_channel_by_e164 ON contact_channel (normalized, contact_id) WHERE kind = 'phone';

-- Deal titles by the start of their words (case and most accents ignored, "#5000" finds "… #5000"),
-- indexed from the deal table itself, so that every writer of deals keeps it through these triggers.
-- Search documents and queries split text alike: a run of letters and digits is one word.
CREATE VIRTUAL TABLE deal_fts USING fts5 (
    title, content = 'deal', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2', detail = none
);
CREATE TRIGGER deal_fts_ai AFTER INSERT ON deal BEGIN
    INSERT INTO deal_fts (rowid, title) VALUES (new.id, new.title);
END;
CREATE TRIGGER deal_fts_ad AFTER DELETE ON deal BEGIN
    INSERT INTO deal_fts (deal_fts, rowid, title) VALUES ('delete', old.id, old.title);
END;
CREATE TRIGGER deal_fts_au AFTER UPDATE OF title ON deal BEGIN
    INSERT INTO deal_fts (deal_fts, rowid, title) VALUES ('delete', old.id, old.title);
    INSERT INTO deal_fts (rowid, title) VALUES (new.id, new.title);
END;
INSERT INTO deal_fts (deal_fts) VALUES ('rebuild');

-- Search documents made when a letter next to a digit split a word ("W1" was "w 1", so "W1" found
-- "W2 N15"): made again as the program makes them now (pristriy_search_words gives the distinct
-- folded words of its arguments; the migrator provides it). Only the documents that change are
-- written, and the full-text triggers re-index just those.
UPDATE contact_search SET doc = n.doc
FROM (
    SELECT c.id AS id,
           pristriy_search_words(c.given_name, c.family_name, co.name,
                                 (SELECT group_concat(value, ' ') FROM
                                      (SELECT value FROM contact_channel
                                       WHERE contact_id = c.id AND kind = 'email' ORDER BY position))) AS doc
    FROM contact c LEFT JOIN company co ON co.id = c.company_id
    WHERE c.deleted_at IS NULL
) n
WHERE n.id = contact_search.id AND n.doc <> contact_search.doc;

UPDATE company_search SET doc = n.doc
FROM (
    SELECT co.id AS id,
           pristriy_search_words(co.name, co.website,
                                 (SELECT group_concat(value, ' ') FROM
                                      (SELECT value FROM company_channel
                                       WHERE company_id = co.id AND kind = 'email' ORDER BY position))) AS doc
    FROM company co
    WHERE co.deleted_at IS NULL
) n
WHERE n.id = company_search.id AND n.doc <> company_search.doc;
