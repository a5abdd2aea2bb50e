-- Stemronde: voting rounds on accepted initiatives with a vote budget per resident and a
-- secret ballot.
--
-- Secrecy: who voted (round_voters, for turnout and assisted votes) is kept apart from what
-- was voted (ballot_votes, keyed by an opaque random ballot id). The link between the two
-- (ballot_keys) exists only while the round is open, so a resident can change their votes;
-- closing deletes it and rewrites the ballot rows in a random order under fresh ids, so
-- neither the ids nor the row order can be matched against round_voters.

CREATE TABLE vote_rounds (
    id                  INTEGER PRIMARY KEY,
    buurt_id            INTEGER NOT NULL REFERENCES buurten(id),
    title               TEXT    NOT NULL,
    description         TEXT    NOT NULL DEFAULT '',
    starts_at           INTEGER NOT NULL,
    ends_at             INTEGER NOT NULL,
    -- votes each resident may spread, and at most this many on one initiative
    vote_budget         INTEGER NOT NULL CHECK (vote_budget BETWEEN 1 AND 50),
    max_per_option      INTEGER NOT NULL CHECK (max_per_option >= 1 AND max_per_option <= vote_budget),
    -- residents whose age band is at least this may vote (an age band code); NULL: all ages
    min_age_band        TEXT,
    -- the money to spend (euro cents); NULL: no money budget, then `winners` initiatives win
    money_cents         INTEGER CHECK (money_cents IS NULL OR money_cents > 0),
    winners             INTEGER NOT NULL DEFAULT 1 CHECK (winners BETWEEN 1 AND 50),
    created_by          INTEGER REFERENCES users(id),
    created_at          INTEGER NOT NULL,
    -- closing is final: the results below are computed once, from the ballots, and stored
    closed_at           INTEGER,
    closed_by           INTEGER REFERENCES users(id),
    -- residents who could vote when the round closed, and who did
    eligible            INTEGER,
    turnout             INTEGER,
    CHECK (ends_at > starts_at)
);
CREATE INDEX vote_rounds_buurt ON vote_rounds (buurt_id, closed_at, ends_at);

-- The initiatives on the ballot, with their estimated cost and, once closed, the results.
CREATE TABLE round_options (
    round_id            INTEGER NOT NULL REFERENCES vote_rounds(id),
    proposal_id         INTEGER NOT NULL REFERENCES proposals(id),
    position            INTEGER NOT NULL,
    cost_cents          INTEGER CHECK (cost_cents IS NULL OR cost_cents >= 0),
    votes               INTEGER,
    voters              INTEGER,
    rank                INTEGER,
    won                 INTEGER CHECK (won IS NULL OR won IN (0, 1)),
    PRIMARY KEY (round_id, proposal_id)
);
CREATE INDEX round_options_proposal ON round_options (proposal_id);

-- Who voted, when (last change), and who helped. Never what.
CREATE TABLE round_voters (
    round_id            INTEGER NOT NULL REFERENCES vote_rounds(id),
    user_id             INTEGER NOT NULL REFERENCES users(id),
    voted_at            INTEGER NOT NULL,
    -- the sociaal werker who recorded the votes for this resident, and when
    assisted_by         INTEGER REFERENCES users(id),
    assisted_at         INTEGER,
    PRIMARY KEY (round_id, user_id)
);

-- The link voter → ballot, only while the round is open. Deleted at closing.
CREATE TABLE ballot_keys (
    round_id            INTEGER NOT NULL REFERENCES vote_rounds(id),
    user_id             INTEGER NOT NULL REFERENCES users(id),
    ballot              TEXT    NOT NULL UNIQUE,
    PRIMARY KEY (round_id, user_id)
);

-- What was voted: per ballot, the votes on each initiative (only rows with votes). No time,
-- no user.
CREATE TABLE ballot_votes (
    round_id            INTEGER NOT NULL REFERENCES vote_rounds(id),
    ballot              TEXT    NOT NULL,
    proposal_id         INTEGER NOT NULL REFERENCES proposals(id),
    votes               INTEGER NOT NULL CHECK (votes > 0),
    PRIMARY KEY (round_id, ballot, proposal_id)
);
