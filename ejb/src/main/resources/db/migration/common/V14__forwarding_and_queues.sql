-- Forwarding and queues (SPEC C5): agent groups, the forwarding history, who holds a case when no one agent does,
-- and the facts the queue tabs read.

-- The language an agent reads its emails in (the forwarding email).
ALTER TABLE agent ADD COLUMN language VARCHAR(10) DEFAULT 'pt-BR' NOT NULL;

-- Grupo de atendentes: agents of any company of the group, queued together under a department.
CREATE SEQUENCE agent_group_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE agent_group (
    id             BIGINT       NOT NULL PRIMARY KEY,
    company_id     BIGINT       NOT NULL REFERENCES company (id),
    department_id  BIGINT       NOT NULL REFERENCES department (id),
    name           VARCHAR(120) NOT NULL,
    active         BOOLEAN      DEFAULT TRUE NOT NULL,
    version        BIGINT       DEFAULT 0 NOT NULL
);
CREATE TABLE agent_group_member (
    group_id  BIGINT NOT NULL REFERENCES agent_group (id),
    agent_id  BIGINT NOT NULL REFERENCES agent (id),
    PRIMARY KEY (group_id, agent_id)
);
-- "My groups": read on every queue page.
CREATE INDEX ix_agent_group_member_agent ON agent_group_member (agent_id, group_id);

-- A case forwarded to a group has no holder but a holding group; return_to is who a return gives it back to;
-- awaiting_agent is set when the client replied after the agent last did.
ALTER TABLE support_case ADD COLUMN holding_group_id BIGINT REFERENCES agent_group (id);
ALTER TABLE support_case ADD COLUMN return_to_id BIGINT REFERENCES agent (id);
ALTER TABLE support_case ADD COLUMN awaiting_agent BOOLEAN DEFAULT FALSE NOT NULL;

-- Histórico de repasses: every change of hands. step_id is for the workflow (a later issue).
CREATE SEQUENCE forwarding_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE forwarding (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    case_id             BIGINT       NOT NULL REFERENCES support_case (id),
    kind                VARCHAR(10)  NOT NULL,
    from_agent_id       BIGINT       REFERENCES agent (id),
    to_agent_id         BIGINT       REFERENCES agent (id),
    to_group_id         BIGINT       REFERENCES agent_group (id),
    from_department_id  BIGINT       REFERENCES department (id),
    to_department_id    BIGINT       REFERENCES department (id),
    by_agent_id         BIGINT       NOT NULL REFERENCES agent (id),
    reason              VARCHAR(4000),
    step_id             BIGINT,
    forwarded_at        TIMESTAMP    NOT NULL
);
CREATE INDEX ix_forwarding_case ON forwarding (case_id, forwarded_at, id);

-- Queue tabs (QueueService; the EXPLAIN plans over a million cases are in the README):
-- "new": unheld open cases of a department (bitmap-OR of these two) ...
CREATE INDEX ix_case_department_status ON support_case (department_id, status, holder_id, opened_at);
-- ... or of one of the viewer's groups;
CREATE INDEX ix_case_holding_group ON support_case (holding_group_id, opened_at);
-- the viewer's own tabs walk its cases newest first (backward scan); the team tabs walk the department's
-- (ix_case_department_opened, V1).
CREATE INDEX ix_case_holder_opened ON support_case (holder_id, opened_at, id);
