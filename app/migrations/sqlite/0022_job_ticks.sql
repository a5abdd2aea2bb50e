-- Background jobs run once across app instances (issue 13): each job's next tick, claimed by
-- the first instance whose conditional update moves it on; the others skip that tick.
CREATE TABLE job_ticks (
    name                TEXT    PRIMARY KEY,
    -- unix seconds: the earliest moment the next tick may be claimed
    due_at              INTEGER NOT NULL
);
