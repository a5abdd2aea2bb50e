-- PostgreSQL twin of sqlite/0021_mail_topics.sql.
-- E-mail choices per kind (issue 14): a person chooses per kind of straight-away mail whether
-- it comes (the weekly digest stays a switch in mail_choices). Mail about the account itself
-- (a herstelbrief was made) is always sent and cannot be switched off.

-- The kinds of straight-away mail a person switched off. No row: that kind comes (the
-- default: everything that concerns the person, straight away).
CREATE TABLE mail_topics_off (
    user_id             BIGINT NOT NULL REFERENCES users(id),
    -- 'activiteit': a place from the waiting list, a change or cancellation of what they
    -- signed up for; 'ruimte': their room requests; 'voorstel': answers to their proposals;
    -- 'groep': their groups and tasks; 'stemronde': a new stemronde in their buurt
    topic               TEXT    NOT NULL CHECK (topic IN ('activiteit', 'ruimte', 'voorstel', 'groep', 'stemronde')),
    PRIMARY KEY (user_id, topic)
);

-- Whoever had switched all straight-away mail off keeps getting none: every kind is off.
INSERT INTO mail_topics_off (user_id, topic)
SELECT c.user_id, t.topic
FROM mail_choices c
CROSS JOIN (SELECT 'activiteit' AS topic UNION ALL SELECT 'ruimte' UNION ALL SELECT 'voorstel'
            UNION ALL SELECT 'groep' UNION ALL SELECT 'stemronde') t
WHERE c.personal = 0;

-- The one switch for all straight-away mail is now the kinds above.
ALTER TABLE mail_choices DROP COLUMN personal;

-- What a queued straight-away mail is about (the codes above, or 'account'): the sender checks
-- that kind is still wanted, and its one-click link switches off only that kind. NULL for a
-- straight-away mail queued before this migration (its link switches off all of them) and
-- for the digest and account mails.
ALTER TABLE mail_outbox ADD COLUMN topic TEXT;
