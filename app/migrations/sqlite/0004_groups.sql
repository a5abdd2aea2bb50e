-- Vrijwilligersgroepen: volunteer groups, who is in them (with history, for participation
-- figures), announcements, tasks or shifts with a number of hands, sign-ups and hours given.

CREATE TABLE volunteer_groups (
    id              INTEGER PRIMARY KEY,
    buurt_id        INTEGER NOT NULL REFERENCES buurten(id),
    name            TEXT    NOT NULL,
    -- what the group does
    description     TEXT    NOT NULL DEFAULT '',
    -- who it is for, and how much time it asks (short free texts)
    audience        TEXT    NOT NULL DEFAULT '',
    time_needed     TEXT    NOT NULL DEFAULT '',
    -- 'open': join at once; 'toestemming': after a coordinator says yes
    join_policy     TEXT    NOT NULL CHECK (join_policy IN ('open', 'toestemming')),
    created_by      INTEGER REFERENCES users(id),
    created_at      INTEGER NOT NULL
);
CREATE INDEX volunteer_groups_buurt ON volunteer_groups (buurt_id, name);

-- One row per request or membership period. A person leaves by ending the row; joining again
-- adds a new row, so "who was an active member when" can always be counted.
CREATE TABLE group_members (
    id              INTEGER PRIMARY KEY,
    group_id        INTEGER NOT NULL REFERENCES volunteer_groups(id),
    user_id         INTEGER NOT NULL REFERENCES users(id),
    role            TEXT    NOT NULL DEFAULT 'lid' CHECK (role IN ('lid', 'coordinator')),
    -- 'verzoek': asked to join; 'actief': member; 'afgewezen': request declined; 'weg': left
    status          TEXT    NOT NULL CHECK (status IN ('verzoek', 'actief', 'afgewezen', 'weg')),
    requested_at    INTEGER NOT NULL,
    joined_at       INTEGER,
    ended_at        INTEGER,
    -- the coordinator or staff member who accepted or declined the request
    decided_by      INTEGER REFERENCES users(id),
    CHECK (status <> 'actief' OR (joined_at IS NOT NULL AND ended_at IS NULL)),
    CHECK (status NOT IN ('afgewezen', 'weg') OR ended_at IS NOT NULL),
    CHECK (role = 'lid' OR status = 'actief' OR status = 'weg')
);
-- Never twice: one open request or membership per person and group.
CREATE UNIQUE INDEX group_members_current ON group_members (group_id, user_id) WHERE status IN ('verzoek', 'actief');
CREATE INDEX group_members_user ON group_members (user_id, status);
CREATE INDEX group_members_group ON group_members (group_id, status);

-- Short messages from a coordinator to the group; members also get them in Meldingen.
CREATE TABLE group_announcements (
    id              INTEGER PRIMARY KEY,
    group_id        INTEGER NOT NULL REFERENCES volunteer_groups(id),
    author_id       INTEGER REFERENCES users(id),
    body            TEXT    NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX group_announcements_group ON group_announcements (group_id, created_at);

-- A task or shift: what, when, where, and how many hands are needed.
CREATE TABLE group_tasks (
    id              INTEGER PRIMARY KEY,
    group_id        INTEGER NOT NULL REFERENCES volunteer_groups(id),
    title           TEXT    NOT NULL,
    place           TEXT    NOT NULL DEFAULT '',
    starts_at       INTEGER NOT NULL,
    ends_at         INTEGER NOT NULL,
    needed          INTEGER NOT NULL CHECK (needed BETWEEN 1 AND 50),
    created_by      INTEGER REFERENCES users(id),
    created_at      INTEGER NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX group_tasks_group_start ON group_tasks (group_id, starts_at);

-- Who signed up for a task (never twice), and afterwards the minutes they gave.
CREATE TABLE task_signups (
    id              INTEGER PRIMARY KEY,
    task_id         INTEGER NOT NULL REFERENCES group_tasks(id),
    user_id         INTEGER NOT NULL REFERENCES users(id),
    created_at      INTEGER NOT NULL,
    minutes         INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 0 AND 1440),
    minutes_by      INTEGER REFERENCES users(id),
    minutes_at      INTEGER,
    UNIQUE (task_id, user_id)
);
CREATE INDEX task_signups_user ON task_signups (user_id);
