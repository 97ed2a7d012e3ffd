-- The notification bell (seed 004 §4.6, issue 15): one row per agent told of something on a case (assigned or
-- forwarded to it, a client reply, a reply on or the conclusion of an escalation child, a mention). Written in the
-- transaction of the event. The header reads "unread of agent X, newest first" (capped), the bell's panel "all of
-- agent X, newest first" (paged): one index each, so neither walks an agent's whole history.
CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notification (
    id           BIGINT       NOT NULL PRIMARY KEY,
    recipient_id BIGINT       NOT NULL REFERENCES agent (id),
    case_id      BIGINT       NOT NULL REFERENCES support_case (id),
    kind         VARCHAR(30)  NOT NULL,
    actor_name   VARCHAR(200),
    created_at   TIMESTAMP    NOT NULL,
    read_at      TIMESTAMP
);
CREATE INDEX ix_notification_unread ON notification (recipient_id, read_at, created_at, id);
CREATE INDEX ix_notification_recipient ON notification (recipient_id, created_at, id);
CREATE INDEX ix_notification_case ON notification (case_id);
