-- Schema version 9: deals go to the trash with their tasks and calls, and line items keep the unit and
-- the tax rate they were sold with. Every change here is O(1) on a large database (no row is rewritten
-- and no constraint has to be checked against old rows); the services check the values they write.

-- A task or call that went to the trash because its deal did (1), as opposed to one deleted by itself
-- (0): restoring the deal brings back only the first kind, and deleting the deal for good removes them.
-- Both are found through the deal's own index (task_by_deal, call_by_deal).
ALTER TABLE task ADD COLUMN trashed_with_deal INTEGER NOT NULL DEFAULT 0;
ALTER TABLE call ADD COLUMN trashed_with_deal INTEGER NOT NULL DEFAULT 0;

-- The unit and tax rate of a line item are copied from the product when the line is made, so that a
-- later change of the catalogue does not change what was offered. tax_bp: 1900 = 19 %. NULL (lines
-- made before this version): the product's, read through product_id.
ALTER TABLE deal_line_item ADD COLUMN unit TEXT;
ALTER TABLE deal_line_item ADD COLUMN tax_bp INTEGER;
