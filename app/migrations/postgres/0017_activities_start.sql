-- The home page of a visitor lists the coming activities of every buurt by start time.
CREATE INDEX activities_start ON activities (starts_at);
