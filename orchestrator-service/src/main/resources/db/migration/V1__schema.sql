-- InsightX orchestrator state. Every row belongs, through its session, to one user.

CREATE TABLE sessions (
    id          uuid PRIMARY KEY,
    user_id     text        NOT NULL,
    title       text,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_by_user ON sessions (user_id, created_at DESC);

-- A dataset lives in sql-tool; this row keeps its id there and the Data DNA the agents read.
CREATE TABLE datasets (
    id            uuid PRIMARY KEY,
    session_id    uuid        NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    tool_id       text        NOT NULL,
    name          text        NOT NULL,
    table_name    text        NOT NULL,
    row_count     bigint      NOT NULL,
    dna           jsonb       NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX datasets_by_session ON datasets (session_id, created_at);

CREATE TABLE chats (
    id          uuid PRIMARY KEY,
    session_id  uuid        NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    title       text,
    summary     text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX chats_by_session ON chats (session_id, updated_at DESC);

CREATE TABLE messages (
    id          uuid PRIMARY KEY,
    chat_id     uuid        NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
    role        text        NOT NULL CHECK (role IN ('user', 'assistant')),
    content     text        NOT NULL,
    intent      text,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX messages_by_chat ON messages (chat_id, created_at);

-- SQL, code, result tables, figures, Vega-Lite specs and exports. Small bodies inline, as text or bytes.
CREATE TABLE artifacts (
    id          uuid PRIMARY KEY,
    session_id  uuid        NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    chat_id     uuid        REFERENCES chats (id) ON DELETE CASCADE,
    message_id  uuid        REFERENCES messages (id) ON DELETE SET NULL,
    kind        text        NOT NULL,
    title       text,
    media_type  text        NOT NULL,
    body        bytea       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX artifacts_by_session ON artifacts (session_id, created_at);

CREATE TABLE insights (
    id          uuid PRIMARY KEY,
    session_id  uuid        NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    chat_id     uuid        REFERENCES chats (id) ON DELETE SET NULL,
    text        text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX insights_by_session ON insights (session_id, created_at);

-- Every SSE event of a chat, in order, so that any replica can replay what a client missed.
CREATE TABLE chat_events (
    chat_id     uuid        NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
    seq         bigint      NOT NULL,
    type        text        NOT NULL,
    data        jsonb       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (chat_id, seq)
);
