-- The agent conveniences of C13 (issue 15).
-- Canned replies (respostas padrão, seed 004 §4.1): owned by one agent (personal) or by one group (its members use
-- them); exactly one of the two. Looked up by the owner or group and a few letters of the name.
CREATE SEQUENCE canned_reply_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE canned_reply (
    id        BIGINT        NOT NULL PRIMARY KEY,
    company_id BIGINT       NOT NULL REFERENCES company (id),
    owner_id  BIGINT        REFERENCES agent (id),
    group_id  BIGINT        REFERENCES agent_group (id),
    name      VARCHAR(120)  NOT NULL,
    body      VARCHAR(4000) NOT NULL,
    version   BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_canned_reply_one_owner CHECK ((owner_id IS NULL) <> (group_id IS NULL))
);
CREATE INDEX ix_canned_reply_owner ON canned_reply (owner_id, name);
CREATE INDEX ix_canned_reply_group ON canned_reply (group_id, name);

-- Per case: whether the client gets the case's emails (seed 004 §2.1), and the informational status the client sees
-- (seed 004 §4.5): the last one's text, optional message, when it was started and when it ended (null while it is
-- "Iniciado"); the client's response page still shows an ended one as "Encerrado".
ALTER TABLE support_case ADD COLUMN notify_client BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE support_case ADD COLUMN info_status VARCHAR(120);
ALTER TABLE support_case ADD COLUMN info_status_message VARCHAR(1000);
ALTER TABLE support_case ADD COLUMN info_status_started_at TIMESTAMP;
ALTER TABLE support_case ADD COLUMN info_status_ended_at TIMESTAMP;

-- Per agent: "receber respostas do cliente por e-mail" (seed 004 §3.1), off unless the agent asks for it.
ALTER TABLE agent ADD COLUMN email_on_client_reply BOOLEAN NOT NULL DEFAULT FALSE;
