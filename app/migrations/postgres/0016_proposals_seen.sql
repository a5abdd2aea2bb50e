-- When a person last opened the proposals list (Meedoen) of a buurt: the home page counts
-- the proposals that are new since then. One row per person and buurt, replaced on each visit.
CREATE TABLE proposals_seen (
    user_id     BIGINT NOT NULL REFERENCES users(id),
    buurt_id    BIGINT NOT NULL REFERENCES buurten(id),
    seen_at     BIGINT NOT NULL,
    PRIMARY KEY (user_id, buurt_id)
);
-- The newest proposals of a buurt, for "new since your last visit" on the home page.
CREATE INDEX proposals_buurt_created ON proposals (buurt_id, created_at);
