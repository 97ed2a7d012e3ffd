-- Atende's first schema: organization, parties, cases and the mail outbox.
-- Runs unchanged on H2 (2.x) and PostgreSQL. Identifiers come from sequences handed out in blocks of 50;
-- EclipseLink reads a sequence value as the last id of its block, hence START WITH 50.

CREATE SEQUENCE company_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE department_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE agent_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE party_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE contact_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE support_case_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE outbound_email_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE company (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    CONSTRAINT uk_company_code UNIQUE (code)
);

CREATE TABLE department (
    id          BIGINT       NOT NULL PRIMARY KEY,
    company_id  BIGINT       NOT NULL REFERENCES company (id),
    name        VARCHAR(120) NOT NULL,
    CONSTRAINT uk_department_name UNIQUE (company_id, name)
);

CREATE TABLE agent (
    id             BIGINT       NOT NULL PRIMARY KEY,
    company_id     BIGINT       NOT NULL REFERENCES company (id),
    department_id  BIGINT       NOT NULL REFERENCES department (id),
    login          VARCHAR(60)  NOT NULL,
    name           VARCHAR(120) NOT NULL,
    email          VARCHAR(254) NOT NULL,
    password_hash  VARCHAR(120) NOT NULL,
    clearance      INTEGER      NOT NULL DEFAULT 0,
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_agent_login UNIQUE (login)
);
CREATE INDEX ix_agent_department ON agent (department_id);

-- Read by the server's JDBC realm at login: one row per role the agent holds.
CREATE TABLE agent_role (
    agent_id   BIGINT      NOT NULL REFERENCES agent (id),
    role_name  VARCHAR(20) NOT NULL,
    PRIMARY KEY (agent_id, role_name)
);

CREATE TABLE party (
    id         BIGINT       NOT NULL PRIMARY KEY,
    kind       VARCHAR(30)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    tax_id     VARCHAR(20),
    phone      VARCHAR(40),
    email      VARCHAR(254),
    language   VARCHAR(10)  NOT NULL DEFAULT 'pt-BR',
    supplier   BOOLEAN      NOT NULL DEFAULT FALSE,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    version    BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX ix_party_kind_name ON party (kind, name);
CREATE INDEX ix_party_tax_id ON party (tax_id);

CREATE TABLE contact (
    id         BIGINT       NOT NULL PRIMARY KEY,
    party_id   BIGINT       NOT NULL REFERENCES party (id),
    name       VARCHAR(120) NOT NULL,
    email      VARCHAR(254),
    phone      VARCHAR(40),
    language   VARCHAR(10)  NOT NULL DEFAULT 'pt-BR',
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    version    BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX ix_contact_party ON contact (party_id);

-- Hands out the human-friendly case numbers, one counter per company and year.
CREATE TABLE case_number_counter (
    company_id  BIGINT  NOT NULL REFERENCES company (id),
    case_year   INTEGER NOT NULL,
    last_value  INTEGER NOT NULL,
    PRIMARY KEY (company_id, case_year)
);

-- "case" is a reserved word in SQL, hence support_case.
CREATE TABLE support_case (
    id             BIGINT       NOT NULL PRIMARY KEY,
    company_id     BIGINT       NOT NULL REFERENCES company (id),
    case_number    VARCHAR(20)  NOT NULL,
    subject        VARCHAR(200) NOT NULL,
    request        TEXT         NOT NULL,
    priority       VARCHAR(10)  NOT NULL,
    status         VARCHAR(30)  NOT NULL,
    access_level   INTEGER      NOT NULL DEFAULT 0,
    party_id       BIGINT       NOT NULL REFERENCES party (id),
    contact_id     BIGINT       REFERENCES contact (id),
    department_id  BIGINT       NOT NULL REFERENCES department (id),
    opener_id      BIGINT       NOT NULL REFERENCES agent (id),
    holder_id      BIGINT       REFERENCES agent (id),
    opened_at      TIMESTAMP    NOT NULL,
    due_date       TIMESTAMP,
    overdue        BOOLEAN      NOT NULL DEFAULT FALSE,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_case_number UNIQUE (company_id, case_number)
);
-- The department queue: newest first, within one department.
CREATE INDEX ix_case_department_opened ON support_case (department_id, opened_at DESC, id DESC);
CREATE INDEX ix_case_holder ON support_case (holder_id);
CREATE INDEX ix_case_party ON support_case (party_id);
-- The overdue sweep looks only at open cases with a due date.
CREATE INDEX ix_case_due_date ON support_case (due_date);

-- The transactional outbox: written with the case change, sent after commit by MailDispatcher.
CREATE TABLE outbound_email (
    id               BIGINT        NOT NULL PRIMARY KEY,
    event_key        VARCHAR(120)  NOT NULL,
    case_id          BIGINT        REFERENCES support_case (id),
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(250)  NOT NULL,
    body_text        TEXT          NOT NULL,
    body_html        TEXT          NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    attempts         INTEGER       NOT NULL DEFAULT 0,
    created_at       TIMESTAMP     NOT NULL,
    next_attempt_at  TIMESTAMP     NOT NULL,
    sent_at          TIMESTAMP,
    last_error       VARCHAR(500),
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_outbound_email_event UNIQUE (event_key)
);
CREATE INDEX ix_outbound_email_pending ON outbound_email (status, next_attempt_at);
CREATE INDEX ix_outbound_email_created ON outbound_email (created_at DESC);
