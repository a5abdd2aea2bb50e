-- Agenda, part two: recurring series, edits, and personal calendar feeds.

-- A series: the same activity every week or every two weeks until a date. Each time is
-- its own row in activities (sign-ups, cancellations and edits are per time).
CREATE TABLE activity_series (
    id                  INTEGER PRIMARY KEY,
    buurt_id            INTEGER NOT NULL REFERENCES buurten(id),
    every_weeks         INTEGER NOT NULL CHECK (every_weeks IN (1, 2)),
    -- the last day (local date, YYYY-MM-DD)
    until_date          TEXT    NOT NULL,
    created_at          INTEGER NOT NULL
);

ALTER TABLE activities ADD COLUMN series_id INTEGER REFERENCES activity_series(id);
ALTER TABLE activities ADD COLUMN updated_at INTEGER;
CREATE INDEX activities_series ON activities (series_id, starts_at);
CREATE INDEX activities_buurt_end ON activities (buurt_id, ends_at);

-- The secret address of a resident's personal calendar feed (Mijn agenda): it only reads
-- their own agenda, and is shown on Mijn agenda to copy again. Making a new address
-- replaces (revokes) the old one; stopping deletes it.
CREATE TABLE calendar_feeds (
    user_id             INTEGER PRIMARY KEY REFERENCES users(id),
    token               TEXT    NOT NULL UNIQUE,
    created_at          INTEGER NOT NULL
);
