-- The status lifecycle (SPEC C3) and the discussion timeline (C2): what a case records as it is worked.

ALTER TABLE support_case ADD COLUMN scheduled_for TIMESTAMP;
ALTER TABLE support_case ADD COLUMN scheduling_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE support_case ADD COLUMN voicemail_messages INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE support_case ADD COLUMN closed_at TIMESTAMP;
ALTER TABLE support_case ADD COLUMN last_changed_by_id BIGINT REFERENCES agent (id);

CREATE SEQUENCE status_change_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE discussion_entry_seq START WITH 50 INCREMENT BY 50;

-- One row per status change, never updated.
CREATE TABLE status_change (
    id              BIGINT      NOT NULL PRIMARY KEY,
    case_id         BIGINT      NOT NULL REFERENCES support_case (id),
    from_status     VARCHAR(30) NOT NULL,
    to_status       VARCHAR(30) NOT NULL,
    changed_by_id   BIGINT      NOT NULL REFERENCES agent (id),
    changed_at      TIMESTAMP   NOT NULL,
    scheduled_for   TIMESTAMP
);
CREATE INDEX ix_status_change_case ON status_change (case_id, changed_at);

-- The append-only discussion of a case. STATUS_CHANGE entries carry the two states, rendered in the reader's
-- language; every other kind carries the author's text.
CREATE TABLE discussion_entry (
    id            BIGINT       NOT NULL PRIMARY KEY,
    case_id       BIGINT       NOT NULL REFERENCES support_case (id),
    kind          VARCHAR(20)  NOT NULL,
    author_id     BIGINT       NOT NULL REFERENCES agent (id),
    created_at    TIMESTAMP    NOT NULL,
    body          TEXT,
    from_status   VARCHAR(30),
    to_status     VARCHAR(30),
    internal      BOOLEAN      DEFAULT FALSE NOT NULL,
    publishable   BOOLEAN      DEFAULT FALSE NOT NULL
);
CREATE INDEX ix_discussion_entry_case ON discussion_entry (case_id, created_at);
