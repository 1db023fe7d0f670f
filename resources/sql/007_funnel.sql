-- Schema version 7: what the funnel dashboard counts, kept on each deal, so that a million deals are
-- counted by reading one index instead of three million stage history rows. A trigger on the stage
-- history keeps it: every writer of stage moves (deal services, stage deletion, imports) inserts a
-- history row. Bulk loads drop the trigger for the load and write these columns themselves.

-- The bit of a stage in deal.funnel_reached: its rank by id among the stages of its pipeline (deleted
-- ones included), so reordering stages never changes it. Pipelines with more than 62 stages share bit 62.
ALTER TABLE stage ADD COLUMN funnel_bit INTEGER NOT NULL DEFAULT 0;
UPDATE stage SET funnel_bit = min(62, (SELECT count(*) FROM stage s WHERE s.pipeline_id = stage.pipeline_id
                                                                        AND s.id < stage.id));
CREATE TRIGGER stage_funnel_bit AFTER INSERT ON stage
BEGIN
    UPDATE stage SET funnel_bit = min(62, (SELECT count(*) FROM stage s WHERE s.pipeline_id = NEW.pipeline_id
                                                                          AND s.id < NEW.id))
    WHERE id = NEW.id;
END;

-- funnel_reached: the bits of the open stages and of Won of its pipeline the deal has ever entered
-- (since it last entered the pipeline, when it was moved from another one).
-- funnel_lost_at: while the deal is lost, the stage it was in when it was lost.
-- funnel_stays: every finished stay in a stage, "stage_id:seconds" joined by ";" (the current stay is
-- not in it; it starts at stage_entered_at).
ALTER TABLE deal ADD COLUMN funnel_reached INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deal ADD COLUMN funnel_lost_at INTEGER;
ALTER TABLE deal ADD COLUMN funnel_stays TEXT NOT NULL DEFAULT '';

CREATE TEMP TABLE funnel_fill AS
SELECT h.deal_id AS deal_id,
       sum(DISTINCT CASE WHEN s.kind <> 'lost' AND s.pipeline_id = (SELECT pipeline_id FROM deal WHERE id = h.deal_id)
                         THEN 1 << s.funnel_bit ELSE 0 END) AS reached,
       group_concat(CASE WHEN h.next_at IS NOT NULL
                         THEN h.to_stage_id || ':' ||
                              CAST(round((julianday(h.next_at) - julianday(h.at)) * 86400) AS INTEGER)
                    END, ';') AS stays,
       max(CASE WHEN h.next_at IS NULL AND s.kind = 'lost' THEN h.from_stage_id END) AS lost_at
FROM (SELECT deal_id, from_stage_id, to_stage_id, at,
             lead(at) OVER (PARTITION BY deal_id ORDER BY id) AS next_at
      FROM deal_stage_history) h
JOIN stage s ON s.id = h.to_stage_id
GROUP BY h.deal_id;
CREATE UNIQUE INDEX temp.funnel_fill_by_deal ON funnel_fill (deal_id);
UPDATE deal SET funnel_reached = f.reached, funnel_stays = coalesce(f.stays, ''),
                funnel_lost_at = CASE WHEN (SELECT kind FROM stage WHERE id = deal.stage_id) = 'lost'
                                      THEN f.lost_at END
FROM funnel_fill f WHERE f.deal_id = deal.id;
DROP TABLE temp.funnel_fill;

CREATE TRIGGER deal_stage_history_funnel AFTER INSERT ON deal_stage_history
BEGIN
    UPDATE deal SET
        funnel_reached =
            CASE WHEN (SELECT pipeline_id FROM stage WHERE id = NEW.from_stage_id) IS NOT
                      (SELECT pipeline_id FROM stage WHERE id = NEW.to_stage_id)
                 THEN 0 ELSE funnel_reached END |
            coalesce((SELECT 1 << funnel_bit FROM stage WHERE id = NEW.to_stage_id AND kind <> 'lost'), 0),
        funnel_lost_at = CASE WHEN (SELECT kind FROM stage WHERE id = NEW.to_stage_id) = 'lost'
                              THEN NEW.from_stage_id END,
        funnel_stays = funnel_stays || coalesce(
            (SELECT CASE WHEN deal.funnel_stays = '' THEN '' ELSE ';' END || p.to_stage_id || ':' ||
                    CAST(round((julianday(NEW.at) - julianday(p.at)) * 86400) AS INTEGER)
             FROM deal_stage_history p WHERE p.deal_id = NEW.deal_id AND p.id < NEW.id
             ORDER BY p.id DESC LIMIT 1), '')
    WHERE id = NEW.deal_id;
END;

-- The dashboard reads this index alone: a pipeline's deals by owner and creation time, with every fact
-- counted. Owners and a creation period are ranges of it (the owners are listed by seeking from one to
-- the next, so a period without an owner filter is a range per owner).
CREATE INDEX deal_funnel ON deal (pipeline_id, owner, created_at, stage_id, funnel_reached, funnel_lost_at,
                                  lost_reason_id, source, currency, amount_minor, stage_entered_at,
                                  closed_at, funnel_stays) WHERE deleted_at IS NULL;
