-- Eerlijke stem: a fair ballot.
-- Each round gets a random seed when it opens (128 bits, hex); with the voter's id in a keyed
-- hash it gives each voter their own order of the initiatives, the same on every visit.
-- Rounds opened before have no seed ('') and keep the order they were opened with.
ALTER TABLE vote_rounds ADD COLUMN ballot_seed TEXT NOT NULL DEFAULT '';
-- Why the commissie put more initiatives of one household on the ballot than the limit allows
-- (empty when it did not); shown on the round's page to every resident.
ALTER TABLE vote_rounds ADD COLUMN over_limit_reason TEXT NOT NULL DEFAULT '';
