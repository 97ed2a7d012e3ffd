-- Attachments of discussion posts (SPEC C2): up to 25 MB per post, the bytes stored outside the row, in a file
-- named by storage_key (a random UUID, never the user's file name). The row keeps what was checked: the content
-- type recognized from the file's leading bytes, its size and its SHA-256.
CREATE SEQUENCE attachment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE attachment (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    case_id              BIGINT        NOT NULL REFERENCES support_case (id),
    discussion_entry_id  BIGINT        NOT NULL REFERENCES discussion_entry (id),
    file_name            VARCHAR(255)  NOT NULL,
    content_type         VARCHAR(100)  NOT NULL,
    size_bytes           BIGINT        NOT NULL,
    sha256               CHAR(64)      NOT NULL,
    storage_key          VARCHAR(36)   NOT NULL UNIQUE,
    uploaded_by_id       BIGINT        NOT NULL REFERENCES agent (id),
    uploaded_at          TIMESTAMP     NOT NULL
);
CREATE INDEX ix_attachment_case ON attachment (case_id);
-- The discussion page reads the attachments of the entries it shows.
CREATE INDEX ix_attachment_entry ON attachment (discussion_entry_id);
