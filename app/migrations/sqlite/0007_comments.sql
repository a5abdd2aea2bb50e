-- Meedoen: comments on proposals (replies one level deep) and reports by residents.

CREATE TABLE comments (
    id              INTEGER PRIMARY KEY,
    proposal_id     INTEGER NOT NULL REFERENCES proposals(id),
    -- a reply points at a top-level comment; replies to replies are not allowed
    parent_id       INTEGER REFERENCES comments(id),
    author_id       INTEGER REFERENCES users(id),
    -- the author's household when writing (figures per household)
    household_id    INTEGER REFERENCES households(id),
    body            TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    -- hidden by the commissie or by reports: residents see "verborgen", the commissie the text and reason
    hidden_at       INTEGER,
    hidden_reason   TEXT    NOT NULL DEFAULT '',
    hidden_by       INTEGER REFERENCES users(id),
    -- removed by its author
    deleted_at      INTEGER
);
CREATE INDEX comments_proposal ON comments (proposal_id, created_at);
CREATE INDEX comments_author ON comments (author_id, created_at);

-- A resident's report of a comment or proposal, with a reason. Reports from several people of
-- one household count once towards the threshold that hides the item until it is reviewed.
CREATE TABLE reports (
    id              INTEGER PRIMARY KEY,
    buurt_id        INTEGER NOT NULL REFERENCES buurten(id),
    target_kind     TEXT    NOT NULL CHECK (target_kind IN ('voorstel', 'reactie')),
    target_id       INTEGER NOT NULL,
    reporter_id     INTEGER NOT NULL REFERENCES users(id),
    household_id    INTEGER REFERENCES households(id),
    -- a short choice: 'kwetsend', 'privegegevens', 'reclame', 'anders'
    reason          TEXT    NOT NULL,
    -- what the reporter added in their own words (optional)
    note            TEXT    NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    -- when the commissie looked at it, and what they decided ('verborgen', 'in_orde')
    resolved_at     INTEGER,
    resolved_by     INTEGER REFERENCES users(id),
    outcome         TEXT,
    UNIQUE (target_kind, target_id, reporter_id)
);
CREATE INDEX reports_open ON reports (buurt_id, resolved_at, created_at);
CREATE INDEX reports_target ON reports (target_kind, target_id);
