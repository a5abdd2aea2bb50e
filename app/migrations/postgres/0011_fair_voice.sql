-- Eerlijke stem: limits over time and thresholds for the fair-voice dashboard, set by the
-- commissie on the limits page. Defaults as the issue asks.
-- New proposals per rolling 30 days (withdrawn and declined ones count too).
ALTER TABLE participation_settings ADD COLUMN new_per_resident_30d BIGINT NOT NULL DEFAULT 2
    CHECK (new_per_resident_30d BETWEEN 1 AND 50);
ALTER TABLE participation_settings ADD COLUMN new_per_household_30d BIGINT NOT NULL DEFAULT 3
    CHECK (new_per_household_30d BETWEEN 1 AND 100);
-- Initiatives of one household on one ballot (the commissie may go over it with a reason).
ALTER TABLE participation_settings ADD COLUMN ballot_per_household BIGINT NOT NULL DEFAULT 1
    CHECK (ballot_per_household BETWEEN 1 AND 20);
-- Reports one household may make per day.
ALTER TABLE participation_settings ADD COLUMN reports_per_household_day BIGINT NOT NULL DEFAULT 5
    CHECK (reports_per_household_day BETWEEN 1 AND 100);
-- A dashboard signal when the 5 most active households hold at least this share (percent)
-- of a kind and each did at least this many times what the median household did.
ALTER TABLE participation_settings ADD COLUMN signal_top5_percent BIGINT NOT NULL DEFAULT 25
    CHECK (signal_top5_percent BETWEEN 1 AND 100);
ALTER TABLE participation_settings ADD COLUMN signal_median_ratio BIGINT NOT NULL DEFAULT 3
    CHECK (signal_median_ratio BETWEEN 1 AND 100);
