-- Agenda: activities published for a buurt, and residents' sign-ups with a waiting list.

CREATE TABLE activities (
    id                  INTEGER PRIMARY KEY,
    buurt_id            INTEGER NOT NULL REFERENCES buurten(id),
    title               TEXT    NOT NULL,
    description         TEXT    NOT NULL DEFAULT '',
    starts_at           INTEGER NOT NULL,
    ends_at             INTEGER NOT NULL,
    place               TEXT    NOT NULL DEFAULT '',
    audience            TEXT    NOT NULL CHECK (audience IN ('iedereen', 'kinderen', 'jongeren', 'volwassenen', 'ouderen')),
    category            TEXT    NOT NULL CHECK (category IN ('bewegen', 'ontmoeten', 'leren', 'creatief', 'eten', 'informatie', 'anders')),
    -- NULL: no limit
    capacity            INTEGER CHECK (capacity IS NULL OR capacity > 0),
    costs               TEXT    NOT NULL DEFAULT '',
    -- sign-up closes this many minutes before the start; NULL: open until the start
    signup_closes_min   INTEGER CHECK (signup_closes_min IS NULL OR signup_closes_min >= 0),
    organiser_id        INTEGER NOT NULL REFERENCES users(id),
    cancelled_at        INTEGER,
    cancel_reason       TEXT    NOT NULL DEFAULT '',
    created_at          INTEGER NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX activities_buurt_start ON activities (buurt_id, starts_at);

CREATE TABLE activity_signups (
    -- the id gives the order of arrival, also on the waiting list
    id                  INTEGER PRIMARY KEY,
    activity_id         INTEGER NOT NULL REFERENCES activities(id),
    user_id             INTEGER NOT NULL REFERENCES users(id),
    status              TEXT    NOT NULL CHECK (status IN ('aangemeld', 'wachtlijst')),
    created_at          INTEGER NOT NULL,
    UNIQUE (activity_id, user_id)
);
CREATE INDEX activity_signups_user ON activity_signups (user_id);
