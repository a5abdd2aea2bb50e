-- Help from the sociaal werker (issue 14): what a staff member did for a resident who asked
-- for help, so the resident, their data export and the staff log can show it. The act itself
-- (a sign-up, a reservation, a proposal) is stored as the resident's own.
CREATE TABLE on_behalf_acts (
    id              INTEGER PRIMARY KEY,
    buurt_id        INTEGER NOT NULL REFERENCES buurten(id),
    resident_id     INTEGER NOT NULL REFERENCES users(id),
    -- the staff member who helped (kept when their account goes: accountability)
    helper_id       INTEGER REFERENCES users(id),
    -- what was done: 'activiteit-aanmelden', 'activiteit-afmelden', 'ruimte-reserveren',
    -- 'voorstel', 'groep-aanmelden', 'taak-aanmelden'
    act             TEXT    NOT NULL,
    -- what it was about, as shown: the activity, room, proposal, group or task title
    subject         TEXT    NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX on_behalf_acts_resident ON on_behalf_acts (resident_id, created_at);

-- A household member the sociaal werker registered (no e-mail, no phone, no password): who
-- registered them. Such an account cannot sign in until the person claims it with the
-- household's invite code and chooses a password.
ALTER TABLE users ADD COLUMN registered_by INTEGER REFERENCES users(id);
