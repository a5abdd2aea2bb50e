-- Eerlijke stem: server-side secrets, such as the key of the fair order of the proposals list
-- (so nobody can predict or game that order). A value is created once, at first need, inside a
-- write transaction; every app instance on this database shares it.
CREATE TABLE app_secrets (
    name TEXT PRIMARY KEY,
    -- Hex-encoded random bytes.
    value TEXT NOT NULL CHECK (length(value) >= 64)
);
