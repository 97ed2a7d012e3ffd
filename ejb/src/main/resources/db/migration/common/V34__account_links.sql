-- Accounts without default passwords (issue 15). When an agent last chose a password: empty until the agent sets
-- one through an invitation or setup link (the first administrator of a new install has none).
ALTER TABLE agent ADD COLUMN password_set_at TIMESTAMP;
UPDATE agent SET password_set_at = CURRENT_TIMESTAMP;

-- The one-time links that let an agent choose a password: an invitation, a reset (by an administrator or "esqueci
-- minha senha") and the first administrator's setup link. Only the SHA-256 of the link's token is kept.
CREATE SEQUENCE account_link_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE account_link (
    id          BIGINT      NOT NULL PRIMARY KEY,
    agent_id    BIGINT      NOT NULL REFERENCES agent (id),
    purpose     VARCHAR(20) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP   NOT NULL,
    expires_at  TIMESTAMP   NOT NULL,
    used_at     TIMESTAMP,
    version     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_account_link_hash UNIQUE (token_hash),
    CONSTRAINT ck_account_link_purpose CHECK (purpose IN ('INVITATION', 'RESET', 'SETUP'))
);
CREATE INDEX ix_account_link_agent ON account_link (agent_id);
