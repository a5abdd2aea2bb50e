-- Eerlijke stem: an item that reports hid waits for the commissie, but not for ever. One row per
-- time reports hid a comment or proposal: since when, and how it ended ('verborgen' or 'in_orde'
-- when the commissie decided, 'vanzelf_terug' when it came back by itself after 72 hours).

CREATE TABLE report_holds (
    id              INTEGER PRIMARY KEY,
    buurt_id        INTEGER NOT NULL REFERENCES buurten(id),
    target_kind     TEXT    NOT NULL CHECK (target_kind IN ('voorstel', 'reactie')),
    target_id       INTEGER NOT NULL,
    -- the reason written on the item when the reports hid it (the job checks it is still that)
    reason          TEXT    NOT NULL,
    hidden_at       INTEGER NOT NULL,
    ended_at        INTEGER,
    outcome         TEXT
);
-- at most one open hold per item
CREATE UNIQUE INDEX report_holds_open ON report_holds (target_kind, target_id) WHERE ended_at IS NULL;
CREATE INDEX report_holds_due ON report_holds (ended_at, hidden_at);
-- reports per household per day, and the co-reports of the last 30 days
CREATE INDEX reports_household ON reports (household_id, created_at);

-- What reports hid before this migration waits the same way, from the moment it was hidden.
INSERT INTO report_holds (buurt_id, target_kind, target_id, reason, hidden_at)
    SELECT buurt_id, 'voorstel', id, hidden_reason, hidden_at FROM proposals
    WHERE hidden_at IS NOT NULL AND hidden_by IS NULL
      AND EXISTS (SELECT 1 FROM reports r WHERE r.target_kind = 'voorstel' AND r.target_id = proposals.id AND r.resolved_at IS NULL);
INSERT INTO report_holds (buurt_id, target_kind, target_id, reason, hidden_at)
    SELECT p.buurt_id, 'reactie', c.id, c.hidden_reason, c.hidden_at FROM comments c JOIN proposals p ON p.id = c.proposal_id
    WHERE c.hidden_at IS NOT NULL AND c.hidden_by IS NULL
      AND EXISTS (SELECT 1 FROM reports r WHERE r.target_kind = 'reactie' AND r.target_id = c.id AND r.resolved_at IS NULL);
