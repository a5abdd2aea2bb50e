-- Look-alike display names: the UTS #39 skeleton of each name ("Kees" with a Cyrillic "е"
-- has the skeleton of "Kees"). No two accounts may share one; the app checks that inside the
-- write transaction of sign-up and rename. SQL cannot compute a skeleton: the app fills the
-- column for existing accounts right after migrating (accounts::store::fill_name_skeletons).
ALTER TABLE users ADD COLUMN name_skeleton TEXT;
CREATE INDEX users_name_skeleton ON users (name_skeleton);
