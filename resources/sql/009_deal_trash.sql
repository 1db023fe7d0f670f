-- Schema version 9: deals go to the trash with their tasks and calls, and line items keep the unit and
-- the tax rate they were sold with.

-- A task or call that went to the trash because its deal did (1), as opposed to one deleted by itself
-- (0): restoring the deal brings back only the first kind, and deleting the deal for good removes them.
-- Both are found through the deal's own index (task_by_deal, call_by_deal).
ALTER TABLE task ADD COLUMN trashed_with_deal INTEGER NOT NULL DEFAULT 0 CHECK (trashed_with_deal IN (0, 1));
ALTER TABLE call ADD COLUMN trashed_with_deal INTEGER NOT NULL DEFAULT 0 CHECK (trashed_with_deal IN (0, 1));

-- The unit and tax rate of a line item are copied from the product when the line is made, so that a
-- later change of the catalogue does not change what was offered. tax_bp: 1900 = 19 %.
ALTER TABLE deal_line_item ADD COLUMN unit TEXT NOT NULL DEFAULT '';
ALTER TABLE deal_line_item ADD COLUMN tax_bp INTEGER NOT NULL DEFAULT 0 CHECK (tax_bp BETWEEN 0 AND 10000);
UPDATE deal_line_item
SET unit = (SELECT p.unit FROM product p WHERE p.id = deal_line_item.product_id),
    tax_bp = (SELECT p.tax_bp FROM product p WHERE p.id = deal_line_item.product_id)
WHERE product_id IS NOT NULL AND EXISTS (SELECT 1 FROM product p WHERE p.id = deal_line_item.product_id);

