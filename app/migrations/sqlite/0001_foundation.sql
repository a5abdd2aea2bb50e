-- Foundation: neighbourhoods, households, invite codes, accounts, roles, sessions,
-- notifications and the staff action log. Times are UTC unix seconds (INTEGER).

CREATE TABLE buurten (
    id              INTEGER PRIMARY KEY,
    slug            TEXT    NOT NULL UNIQUE,
    name            TEXT    NOT NULL,
    -- how many residents one invite code admits unless staff choose otherwise
    invite_uses     INTEGER NOT NULL DEFAULT 4 CHECK (invite_uses BETWEEN 1 AND 20),
    created_at      INTEGER NOT NULL
);

CREATE TABLE households (
    id              INTEGER PRIMARY KEY,
    buurt_id        INTEGER NOT NULL REFERENCES buurten(id),
    -- address or other label: only staff ever see it
    label           TEXT    NOT NULL,
    -- building or block, for participation figures by building
    building        TEXT    NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL
);
CREATE INDEX households_buurt ON households (buurt_id);

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    household_id    INTEGER REFERENCES households(id),
    -- NULL once the account is deleted: contributions then show "oud-bewoner"
    display_name    TEXT,
    -- lower-cased display name, unique, for sign-in by name
    name_key        TEXT    UNIQUE,
    email           TEXT    UNIQUE,
    password_hash   TEXT,
    age_band        TEXT,
    language        TEXT    NOT NULL DEFAULT 'nl',
    created_at      INTEGER NOT NULL,
    deleted_at      INTEGER
);
CREATE INDEX users_household ON users (household_id);

CREATE TABLE memberships (
    user_id         INTEGER NOT NULL REFERENCES users(id),
    buurt_id        INTEGER NOT NULL REFERENCES buurten(id),
    role            TEXT    NOT NULL CHECK (role IN ('bewoner', 'commissielid', 'sociaal_werker', 'beheerder')),
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (user_id, buurt_id)
);
CREATE INDEX memberships_buurt ON memberships (buurt_id);

CREATE TABLE invite_codes (
    id              INTEGER PRIMARY KEY,
    household_id    INTEGER NOT NULL REFERENCES households(id),
    code            TEXT    NOT NULL UNIQUE,
    max_uses        INTEGER NOT NULL CHECK (max_uses BETWEEN 1 AND 20),
    uses            INTEGER NOT NULL DEFAULT 0 CHECK (uses >= 0 AND uses <= max_uses),
    created_by      INTEGER REFERENCES users(id),
    created_at      INTEGER NOT NULL,
    revoked_at      INTEGER
);
CREATE INDEX invite_codes_household ON invite_codes (household_id);

CREATE TABLE sessions (
    id              TEXT    PRIMARY KEY,
    -- the signed-in user, so all their sessions can be ended at once
    user_id         INTEGER,
    data            TEXT    NOT NULL,
    expires_at      INTEGER NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE notifications (
    id              INTEGER PRIMARY KEY,
    user_id         INTEGER NOT NULL REFERENCES users(id),
    -- a Fluent key and its arguments as JSON, so each reader sees their own language
    message_key     TEXT    NOT NULL,
    args            TEXT    NOT NULL DEFAULT '{}',
    link            TEXT    NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    read_at         INTEGER
);
CREATE INDEX notifications_user ON notifications (user_id, read_at);

CREATE TABLE staff_log (
    id              INTEGER PRIMARY KEY,
    buurt_id        INTEGER REFERENCES buurten(id),
    actor_id        INTEGER REFERENCES users(id),
    action          TEXT    NOT NULL,
    subject         TEXT    NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL
);
CREATE INDEX staff_log_buurt ON staff_log (buurt_id, created_at);
