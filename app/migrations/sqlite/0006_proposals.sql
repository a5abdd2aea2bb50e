-- Meedoen: residents' proposals (activities and initiatives), their status history, who
-- supports them, the public moderation log and the participation limits of each buurt.

-- Limits that keep a few voices from dominating. A buurt without a row uses the defaults
-- (the column defaults below, repeated in `proposals::model::Settings::default`).
CREATE TABLE participation_settings (
    buurt_id                    INTEGER PRIMARY KEY REFERENCES buurten(id),
    -- open proposals (not yet declined, merged, done or withdrawn)
    max_open_per_resident       INTEGER NOT NULL DEFAULT 2  CHECK (max_open_per_resident BETWEEN 1 AND 20),
    max_open_per_household      INTEGER NOT NULL DEFAULT 3  CHECK (max_open_per_household BETWEEN 1 AND 50),
    -- comment slow mode
    comment_interval_seconds    INTEGER NOT NULL DEFAULT 60 CHECK (comment_interval_seconds BETWEEN 0 AND 86400),
    comments_per_day            INTEGER NOT NULL DEFAULT 20 CHECK (comments_per_day BETWEEN 1 AND 500),
    consecutive_replies         INTEGER NOT NULL DEFAULT 3  CHECK (consecutive_replies BETWEEN 1 AND 50),
    -- reports from this many different households hide a comment or proposal until reviewed
    report_threshold            INTEGER NOT NULL DEFAULT 3  CHECK (report_threshold BETWEEN 1 AND 50),
    -- the nudge: a resident who wrote at least this share (percent) of a thread of at least
    -- this many comments is told so before posting
    nudge_share_percent         INTEGER NOT NULL DEFAULT 40 CHECK (nudge_share_percent BETWEEN 1 AND 100),
    nudge_min_comments          INTEGER NOT NULL DEFAULT 10 CHECK (nudge_min_comments BETWEEN 2 AND 1000),
    updated_by                  INTEGER REFERENCES users(id),
    updated_at                  INTEGER
);

CREATE TABLE proposals (
    id              INTEGER PRIMARY KEY,
    buurt_id        INTEGER NOT NULL REFERENCES buurten(id),
    author_id       INTEGER REFERENCES users(id),
    -- the author's household when the proposal was made (for the per-household limit)
    household_id    INTEGER REFERENCES households(id),
    -- 'activiteit': becomes an agenda activity when accepted; 'initiatief': can go on a ballot
    kind            TEXT    NOT NULL CHECK (kind IN ('activiteit', 'initiatief')),
    title           TEXT    NOT NULL,
    description     TEXT    NOT NULL,
    audience        TEXT    NOT NULL DEFAULT '',
    date_wish       TEXT    NOT NULL DEFAULT '',
    help_needed     TEXT    NOT NULL DEFAULT '',
    -- ingediend → in_behandeling → geaccepteerd / aanpassen / afgewezen → gepland → uitgevoerd;
    -- 'samengevoegd' when merged into another proposal, 'ingetrokken' when the author withdrew it
    status          TEXT    NOT NULL DEFAULT 'ingediend' CHECK (status IN (
                        'ingediend', 'in_behandeling', 'aanpassen', 'geaccepteerd', 'afgewezen',
                        'gepland', 'uitgevoerd', 'samengevoegd', 'ingetrokken')),
    -- the reason given with the latest status (always for afgewezen and aanpassen)
    status_reason   TEXT    NOT NULL DEFAULT '',
    merged_into     INTEGER REFERENCES proposals(id),
    -- the agenda activity an accepted activity proposal became
    activity_id     INTEGER REFERENCES activities(id),
    -- hidden by the commissie or by reports: residents no longer see it; the commissie does
    hidden_at       INTEGER,
    hidden_reason   TEXT    NOT NULL DEFAULT '',
    hidden_by       INTEGER REFERENCES users(id),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    CHECK (status <> 'samengevoegd' OR merged_into IS NOT NULL)
);
CREATE INDEX proposals_buurt_status ON proposals (buurt_id, status, created_at);
CREATE INDEX proposals_author ON proposals (author_id, status);
CREATE INDEX proposals_household ON proposals (household_id, status);

-- One optional photo per proposal, already resized and re-encoded (no location data).
CREATE TABLE proposal_photos (
    proposal_id     INTEGER PRIMARY KEY REFERENCES proposals(id),
    content_type    TEXT    NOT NULL,
    width           INTEGER NOT NULL,
    height          INTEGER NOT NULL,
    bytes           BLOB    NOT NULL,
    created_at      INTEGER NOT NULL
);

-- The visible history of a proposal: every status change, with who (and in which role) and why.
CREATE TABLE proposal_events (
    id              INTEGER PRIMARY KEY,
    proposal_id     INTEGER NOT NULL REFERENCES proposals(id),
    status          TEXT    NOT NULL,
    reason          TEXT    NOT NULL DEFAULT '',
    actor_id        INTEGER REFERENCES users(id),
    actor_role      TEXT    NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX proposal_events_proposal ON proposal_events (proposal_id, created_at);

-- Residents who support a proposal ("Ik steun dit"), never twice.
CREATE TABLE proposal_supporters (
    proposal_id     INTEGER NOT NULL REFERENCES proposals(id),
    user_id         INTEGER NOT NULL REFERENCES users(id),
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (proposal_id, user_id)
);
CREATE INDEX proposal_supporters_user ON proposal_supporters (user_id);

-- The public moderation log of a buurt: every accept, request for changes, decline, merge,
-- hide and unhide, of proposals and of comments. Residents see the actor's role; staff and
-- the commissie also see the name.
CREATE TABLE moderation_log (
    id              INTEGER PRIMARY KEY,
    buurt_id        INTEGER NOT NULL REFERENCES buurten(id),
    actor_id        INTEGER REFERENCES users(id),
    -- the actor's role at the time ('commissielid', 'sociaal_werker', 'beheerder'), or
    -- 'meldingen' when reports from households hid something automatically
    actor_role      TEXT    NOT NULL,
    -- 'accepteren', 'aanpassen', 'afwijzen', 'samenvoegen', 'verbergen', 'terugzetten',
    -- 'plannen', 'uitgevoerd'
    action          TEXT    NOT NULL,
    -- 'voorstel' or 'reactie'
    target_kind     TEXT    NOT NULL CHECK (target_kind IN ('voorstel', 'reactie')),
    target_id       INTEGER NOT NULL,
    -- the title of the proposal concerned, so the log still reads well after a merge
    target_title    TEXT    NOT NULL DEFAULT '',
    reason          TEXT    NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL
);
CREATE INDEX moderation_log_buurt ON moderation_log (buurt_id, created_at);
