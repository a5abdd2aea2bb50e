-- Getting back in: one-time codes that let a resident choose a new password. A herstelbrief
-- from the sociaal werker holds a 'letter' code (valid 7 days); the e-mail link a 'link'
-- token (valid 30 minutes). Only the SHA-256 of a code is stored, never the code.
CREATE TABLE recovery_codes (
    id              INTEGER PRIMARY KEY,
    user_id         INTEGER NOT NULL REFERENCES users(id),
    kind            TEXT    NOT NULL CHECK (kind IN ('letter', 'link')),
    code_hash       TEXT    NOT NULL UNIQUE,
    -- the staff member who made a letter, and the buurt they made it in (NULL for a link)
    created_by      INTEGER REFERENCES users(id),
    buurt_id        INTEGER REFERENCES buurten(id),
    created_at      INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL,
    used_at         INTEGER,
    -- set when a newer code or a password reset made this one worthless
    revoked_at      INTEGER
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id, kind, created_at);
