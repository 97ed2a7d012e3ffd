-- Time entries with valuation (SPEC C9, seed 000, issue 12). Money in BRL with two decimals.

-- A party's service contracts: a rate per hour or per call, optional travel rate per trip or per km, validity.
CREATE SEQUENCE service_contract_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE service_contract (
    id           BIGINT         NOT NULL PRIMARY KEY,
    party_id     BIGINT         NOT NULL REFERENCES party (id),
    name         VARCHAR(120)   NOT NULL,
    rate_basis   VARCHAR(10)    NOT NULL,
    rate         NUMERIC(12, 2) NOT NULL,
    travel_basis VARCHAR(10),
    travel_rate  NUMERIC(12, 2),
    valid_from   DATE           NOT NULL,
    valid_until  DATE,
    version      BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT ck_service_contract_validity CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX ix_service_contract_party ON service_contract (party_id, valid_from);

-- Standalone services (avulsos): for one party, or for every party when party_id is null.
CREATE SEQUENCE standalone_service_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE standalone_service (
    id           BIGINT         NOT NULL PRIMARY KEY,
    party_id     BIGINT         REFERENCES party (id),
    name         VARCHAR(120)   NOT NULL,
    rate_basis   VARCHAR(10)    NOT NULL,
    rate         NUMERIC(12, 2) NOT NULL,
    travel_basis VARCHAR(10),
    travel_rate  NUMERIC(12, 2),
    active       BOOLEAN        NOT NULL DEFAULT TRUE,
    version      BIGINT         NOT NULL DEFAULT 0
);
CREATE INDEX ix_standalone_service_party ON standalone_service (party_id);

-- How each desk takes entries; a desk without a row takes them without valuation and requires none.
CREATE TABLE desk_time_settings (
    department_id  BIGINT      NOT NULL PRIMARY KEY REFERENCES department (id),
    entry_mode     VARCHAR(20) NOT NULL,
    entry_required BOOLEAN     NOT NULL
);

-- The entries. end_at is after start_at (an entry crossing midnight ends the next day). The service refuses two
-- entries of one agent that overlap on both databases; PostgreSQL also excludes them (V20_1).
CREATE SEQUENCE time_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE time_entry (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    case_id               BIGINT         NOT NULL REFERENCES support_case (id),
    agent_id              BIGINT         NOT NULL REFERENCES agent (id),
    start_at              TIMESTAMP      NOT NULL,
    end_at                TIMESTAMP      NOT NULL,
    minutes               INTEGER        NOT NULL,
    service_type          VARCHAR(10),
    contract_id           BIGINT         REFERENCES service_contract (id),
    standalone_service_id BIGINT         REFERENCES standalone_service (id),
    nature                VARCHAR(10)    NOT NULL,
    travel                NUMERIC(10, 2),
    valuation             VARCHAR(10),
    entry_value           NUMERIC(14, 2),
    loss_value            NUMERIC(14, 2),
    manual_reason         VARCHAR(500),
    description           VARCHAR(4000)  NOT NULL,
    created_at            TIMESTAMP      NOT NULL,
    version               BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT ck_time_entry_period CHECK (end_at > start_at)
);
-- The case's panel (entries of one case, by time) and the overlap check (one agent's entries around a period).
CREATE INDEX ix_time_entry_case ON time_entry (case_id, start_at);
CREATE INDEX ix_time_entry_agent ON time_entry (agent_id, start_at);
