-- Workflow (fluxo) per case type (SPEC C5): ordered steps, each handing the case to a group, an agent or by a rule
-- (back to the opener; stays with the holder), with the standard fields it requires before the case leaves it
-- and extra addresses told of each hand-over (the seed's ENVIAEMAILREPASSE), all configured by an admin.
CREATE SEQUENCE workflow_step_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE workflow_step (
    id               BIGINT        NOT NULL PRIMARY KEY,
    case_type_id     BIGINT        NOT NULL REFERENCES case_type (id),
    step_order       INTEGER       NOT NULL,
    name             VARCHAR(120)  NOT NULL,
    target           VARCHAR(10)   NOT NULL,
    target_group_id  BIGINT        REFERENCES agent_group (id),
    target_agent_id  BIGINT        REFERENCES agent (id),
    active           BOOLEAN       DEFAULT TRUE NOT NULL,
    version          BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT uq_workflow_step_order UNIQUE (case_type_id, step_order)
);
CREATE TABLE workflow_step_field (
    step_id  BIGINT       NOT NULL REFERENCES workflow_step (id),
    field    VARCHAR(30)  NOT NULL,
    PRIMARY KEY (step_id, field)
);
CREATE TABLE workflow_step_recipient (
    step_id  BIGINT        NOT NULL REFERENCES workflow_step (id),
    email    VARCHAR(254)  NOT NULL,
    PRIMARY KEY (step_id, email)
);
-- The step a case is in (none before its first "advance step", or when its type has no workflow).
ALTER TABLE support_case ADD COLUMN workflow_step_id BIGINT REFERENCES workflow_step (id);
