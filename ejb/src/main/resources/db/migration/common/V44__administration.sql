-- Administration without code (issue 15). A department referred to by agents, cases or settings is deactivated
-- instead of deleted: it stays in the history, and no new agent, case or forward may go to it.
ALTER TABLE department ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;

-- The administrators' log: who created, changed or deactivated which record, when, and what it became.
CREATE SEQUENCE admin_log_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE admin_log (
    id           BIGINT       NOT NULL PRIMARY KEY,
    logged_at    TIMESTAMP    NOT NULL,
    admin_login  VARCHAR(60)  NOT NULL,
    record_kind  VARCHAR(20)  NOT NULL,
    record_id    BIGINT       NOT NULL,
    action       VARCHAR(20)  NOT NULL,
    detail       VARCHAR(1000)
);
CREATE INDEX ix_admin_log_record ON admin_log (record_kind, record_id);
CREATE INDEX ix_admin_log_time ON admin_log (logged_at);
