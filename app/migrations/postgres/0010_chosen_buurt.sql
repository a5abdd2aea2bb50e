-- The buurt a person last chose to act in (header switcher). NULL: their first buurt.
ALTER TABLE users ADD COLUMN chosen_buurt_id BIGINT REFERENCES buurten(id) ON DELETE SET NULL;
