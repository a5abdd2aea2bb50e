-- Ontmoetingsruimte: the rooms of a buurt with their opening hours, closed days and booking
-- rules, and the reservations. Times are UTC unix seconds; local dates and clock times
-- (Europe/Amsterdam) are TEXT as 'YYYY-MM-DD' and 'HH:MM'.

CREATE TABLE rooms (
    id                      INTEGER PRIMARY KEY,
    buurt_id                INTEGER NOT NULL REFERENCES buurten(id),
    name                    TEXT    NOT NULL,
    description             TEXT    NOT NULL DEFAULT '',
    capacity                INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 1000),
    accessibility           TEXT    NOT NULL DEFAULT '',
    -- reservations start and end on whole slots of this many minutes
    slot_minutes            INTEGER NOT NULL CHECK (slot_minutes IN (15, 30, 60)),
    min_minutes             INTEGER NOT NULL CHECK (min_minutes > 0),
    max_minutes             INTEGER NOT NULL CHECK (max_minutes >= min_minutes AND max_minutes <= 1440),
    -- how far ahead a resident may book, and how long before the start at the latest
    book_ahead_days         INTEGER NOT NULL CHECK (book_ahead_days BETWEEN 1 AND 366),
    lead_minutes            INTEGER NOT NULL CHECK (lead_minutes BETWEEN 0 AND 43200),
    -- approval is needed for reservations longer than this (NULL: never for length)
    approval_over_minutes   INTEGER CHECK (approval_over_minutes IS NULL OR approval_over_minutes > 0),
    -- approval is needed for reservations that end after this local time (NULL: never)
    approval_after          TEXT,
    -- approval is needed for private (besloten) reservations: 1 or 0
    approval_private        INTEGER NOT NULL DEFAULT 1 CHECK (approval_private IN (0, 1)),
    -- fair use per household: minutes per calendar month and future reservations
    quota_minutes_month     INTEGER NOT NULL CHECK (quota_minutes_month > 0),
    quota_future            INTEGER NOT NULL CHECK (quota_future > 0),
    created_at              INTEGER NOT NULL,
    updated_at              INTEGER
);
CREATE INDEX rooms_buurt ON rooms (buurt_id);

-- Opening hours per weekday (1 = Monday); no row: closed that weekday.
CREATE TABLE room_hours (
    room_id                 INTEGER NOT NULL REFERENCES rooms(id),
    weekday                 INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens                   TEXT    NOT NULL,
    closes                  TEXT    NOT NULL,
    PRIMARY KEY (room_id, weekday),
    CHECK (closes > opens)
);

-- Days the room is closed (holidays, maintenance), as local dates.
CREATE TABLE room_closed_days (
    room_id                 INTEGER NOT NULL REFERENCES rooms(id),
    day                     TEXT    NOT NULL,
    reason                  TEXT    NOT NULL DEFAULT '',
    created_at              INTEGER NOT NULL,
    PRIMARY KEY (room_id, day)
);

-- A weekly recurring reservation made by staff; each time is its own reservation.
CREATE TABLE reservation_series (
    id                      INTEGER PRIMARY KEY,
    room_id                 INTEGER NOT NULL REFERENCES rooms(id),
    until_date              TEXT    NOT NULL,
    created_at              INTEGER NOT NULL
);

-- Reservations. Two reservations of a room never overlap when both hold the room
-- (bevestigd): every write checks that inside a BEGIN IMMEDIATE transaction.
CREATE TABLE reservations (
    id                      INTEGER PRIMARY KEY,
    room_id                 INTEGER NOT NULL REFERENCES rooms(id),
    -- the household whose quota it counts against (NULL for staff bookings)
    household_id            INTEGER REFERENCES households(id),
    user_id                 INTEGER NOT NULL REFERENCES users(id),
    purpose                 TEXT    NOT NULL,
    private                 INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1)),
    people                  INTEGER NOT NULL DEFAULT 1 CHECK (people >= 0),
    starts_at               INTEGER NOT NULL,
    ends_at                 INTEGER NOT NULL,
    status                  TEXT    NOT NULL CHECK (status IN ('bevestigd', 'in_afwachting', 'geweigerd', 'geannuleerd')),
    kind                    TEXT    NOT NULL CHECK (kind IN ('bewoner', 'terugkerend', 'blokkade', 'activiteit')),
    activity_id             INTEGER REFERENCES activities(id),
    series_id               INTEGER REFERENCES reservation_series(id),
    decided_by              INTEGER REFERENCES users(id),
    decision_reason         TEXT    NOT NULL DEFAULT '',
    created_at              INTEGER NOT NULL,
    updated_at              INTEGER,
    CHECK (ends_at > starts_at)
);
CREATE INDEX reservations_room_start ON reservations (room_id, starts_at);
CREATE INDEX reservations_room_status ON reservations (room_id, status, starts_at);
CREATE INDEX reservations_household ON reservations (household_id, starts_at);
CREATE INDEX reservations_user ON reservations (user_id, starts_at);
CREATE INDEX reservations_activity ON reservations (activity_id);

-- An agenda activity that takes place in a room holds a reservation of kind 'activiteit'.
ALTER TABLE activities ADD COLUMN room_id INTEGER REFERENCES rooms(id);
