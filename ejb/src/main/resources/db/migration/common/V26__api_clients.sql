-- API clients of the intake API (issue 14). Each acts as an agent of its own (agent_id): the EJB services see
-- that agent as the caller, with the client's clearance, company and department, so the API runs the same
-- access rule as the pages. Only the SHA-256 of the token is kept: a 256-bit random token cannot be guessed
-- or brute-forced from its hash, so no slow hash (bcrypt) is needed and a lookup is one index probe.
CREATE SEQUENCE api_client_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE api_client (
    id                BIGINT      NOT NULL PRIMARY KEY,
    agent_id          BIGINT      NOT NULL UNIQUE REFERENCES agent (id),
    name              VARCHAR(120) NOT NULL,
    token_hash        VARCHAR(64) NOT NULL UNIQUE,
    may_read          BOOLEAN     NOT NULL,
    may_write         BOOLEAN     NOT NULL,
    requests_per_minute INTEGER   NOT NULL,
    created_at        TIMESTAMP   NOT NULL,
    revoked_at        TIMESTAMP,
    last_used_at      TIMESTAMP,
    version           BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX ix_api_client_created ON api_client (created_at);

-- The first result of each POST, by client and Idempotency-Key. The primary key decides a race between two
-- retries: the second insert fails, its transaction (and the case it opened) rolls back, and it answers with
-- the first one's result.
CREATE TABLE api_idempotent_request (
    client_id       BIGINT       NOT NULL REFERENCES api_client (id),
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    response_status INTEGER      NOT NULL,
    case_id         BIGINT       NOT NULL REFERENCES support_case (id),
    created_at      TIMESTAMP    NOT NULL,
    PRIMARY KEY (client_id, idempotency_key)
);
