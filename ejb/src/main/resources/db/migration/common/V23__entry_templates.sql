-- Entry templates (modelos de apontamento, seed 000): descriptions, with an optional nature, that the agents of a
-- group pick in the case page's time tab instead of typing the same text again.
CREATE SEQUENCE entry_template_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE entry_template (
    id          BIGINT        NOT NULL PRIMARY KEY,
    group_id    BIGINT        NOT NULL REFERENCES agent_group (id),
    name        VARCHAR(120)  NOT NULL,
    nature      VARCHAR(20),
    description VARCHAR(4000) NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX ix_entry_template_group ON entry_template (group_id, name);
