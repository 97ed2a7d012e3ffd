-- Issue 17: the files of a reply waiting in quarantine are kept (checked and stored as a note's would be), so
-- that accepting the reply attaches them to it; rejecting it removes them.
CREATE SEQUENCE held_file_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE held_file (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    inbound_message_id   BIGINT        NOT NULL REFERENCES inbound_message (id),
    file_name            VARCHAR(255)  NOT NULL,
    content_type         VARCHAR(100)  NOT NULL,
    size_bytes           BIGINT        NOT NULL,
    sha256               CHAR(64)      NOT NULL,
    storage_key          VARCHAR(36)   NOT NULL UNIQUE
);
CREATE INDEX ix_held_file_message ON held_file (inbound_message_id);
