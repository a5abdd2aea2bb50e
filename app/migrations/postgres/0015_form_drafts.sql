-- What a person typed into a form that the server refused, kept for a few minutes so the page
-- they are sent back to shows it again (never passwords). Found by a random token in a cookie
-- of that browser; read once, then deleted.
CREATE TABLE form_drafts (
    token TEXT PRIMARY KEY,
    action TEXT NOT NULL,
    fields TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX form_drafts_expiry ON form_drafts (expires_at);
