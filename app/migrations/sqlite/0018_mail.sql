-- E-mail that people can stand (issue 14): what each person wants by mail, the outbox that
-- the sender job empties, and when each person last got a weekly digest.

-- A person's choices. No row: the defaults (straight away on, weekly digest on).
CREATE TABLE mail_choices (
    user_id             INTEGER PRIMARY KEY REFERENCES users(id),
    -- what concerns the person: answers to their proposals, a place from the waiting list,
    -- a room request decided, a change or cancellation of what they signed up for
    personal            INTEGER NOT NULL DEFAULT 1 CHECK (personal IN (0, 1)),
    -- once a week: the coming week's activities, new proposals, results
    digest              INTEGER NOT NULL DEFAULT 1 CHECK (digest IN (0, 1)),
    -- the week (e.g. '2026-W49', Dutch time) of the last digest queued, so it goes once a week
    digest_week         TEXT,
    -- when that digest was queued: the next one lists what is new since then
    digest_at           INTEGER,
    updated_at          INTEGER NOT NULL
);

-- Mails to send. A row is written in the same transaction as the event that causes it, with
-- its subject and text already in the reader's language; the sender job claims a row for a
-- while (claimed_until), sends it and marks it sent. A row is never sent once sent_at is set.
CREATE TABLE mail_outbox (
    id                  INTEGER PRIMARY KEY,
    user_id             INTEGER NOT NULL REFERENCES users(id),
    to_address          TEXT    NOT NULL,
    -- 'persoonlijk' or 'overzicht': which choice the one-click unsubscribe link switches off;
    -- 'account': a mail the person asked for (a sign-in link), always sent, no unsubscribe link
    kind                TEXT    NOT NULL CHECK (kind IN ('persoonlijk', 'overzicht', 'account')),
    lang                TEXT    NOT NULL,
    subject             TEXT    NOT NULL,
    -- the text and the simple HTML (user-typed parts escaped), without the link lines
    body_text           TEXT    NOT NULL,
    body_html           TEXT    NOT NULL,
    -- the page in question, a path on the site (made absolute when sent)
    link                TEXT    NOT NULL,
    created_at          INTEGER NOT NULL,
    -- not before: the next try after a failure
    due_at              INTEGER NOT NULL,
    attempts            INTEGER NOT NULL DEFAULT 0,
    claimed_until       INTEGER,
    sent_at             INTEGER,
    -- given up after too many failures (or too old to still send)
    given_up_at         INTEGER,
    last_error          TEXT
);
CREATE INDEX mail_outbox_due ON mail_outbox (due_at) WHERE sent_at IS NULL AND given_up_at IS NULL;
CREATE INDEX mail_outbox_user ON mail_outbox (user_id);
