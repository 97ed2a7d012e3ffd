-- Email flows of SPEC C6 (issue 5).
-- A sender claims an email (status SENDING, sending_since) before handing it to SMTP; a claim never finished is
-- given up as FAILED with an unknown outcome instead of being resent blindly.
ALTER TABLE outbound_email ADD COLUMN sending_since TIMESTAMP;
CREATE INDEX ix_outbound_email_status ON outbound_email (status, created_at);

-- Editable email templates per company, kind (e.g. CASE_EMAIL) and language, with {placeholders}.
CREATE SEQUENCE mail_template_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE mail_template (
    id          BIGINT        NOT NULL PRIMARY KEY,
    company_id  BIGINT        NOT NULL REFERENCES company (id),
    kind        VARCHAR(30)   NOT NULL,
    language    VARCHAR(10)   NOT NULL,
    subject     VARCHAR(250)  NOT NULL,
    body        TEXT          NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_mail_template UNIQUE (company_id, kind, language)
);

-- The links of a solution notification: a random 256-bit token, stored only as its SHA-256, expiring, used once.
CREATE SEQUENCE case_response_token_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE case_response_token (
    id              BIGINT       NOT NULL PRIMARY KEY,
    case_id         BIGINT       NOT NULL REFERENCES support_case (id),
    token_hash      VARCHAR(64)  NOT NULL,
    notified_by_id  BIGINT       NOT NULL REFERENCES agent (id),
    language        VARCHAR(10)  NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    expires_at      TIMESTAMP    NOT NULL,
    used_at         TIMESTAMP,
    outcome         VARCHAR(20),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_case_response_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_case_response_token_case ON case_response_token (case_id);

-- The client's satisfaction survey answer, one per notification link.
CREATE SEQUENCE satisfaction_rating_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE satisfaction_rating (
    id          BIGINT         NOT NULL PRIMARY KEY,
    case_id     BIGINT         NOT NULL REFERENCES support_case (id),
    token_id    BIGINT         NOT NULL REFERENCES case_response_token (id),
    rating      INTEGER        NOT NULL,
    rating_comment  VARCHAR(2000),
    created_at  TIMESTAMP      NOT NULL,
    CONSTRAINT uk_satisfaction_rating_token UNIQUE (token_id),
    CONSTRAINT ck_satisfaction_rating CHECK (rating BETWEEN 1 AND 5)
);

-- The server's secret for reply tokens: case emails carry HMAC(secret, case id) in their Message-ID, and a reply
-- (In-Reply-To/References) is matched to its case only when the token checks out. Created on first use.
CREATE TABLE mail_secret (
    id      INTEGER      NOT NULL PRIMARY KEY,
    secret  VARCHAR(64)  NOT NULL
);

-- Inbound messages already imported (by Message-ID), so that reading a mailbox twice imports once.
CREATE SEQUENCE inbound_message_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE inbound_message (
    id           BIGINT        NOT NULL PRIMARY KEY,
    message_id   VARCHAR(250)  NOT NULL,
    case_id      BIGINT        REFERENCES support_case (id),
    received_at  TIMESTAMP     NOT NULL,
    outcome      VARCHAR(20)   NOT NULL,
    CONSTRAINT uk_inbound_message UNIQUE (message_id)
);

-- Files of a case sent with an email ("Email about this case"): the outbox row names the case's attachments, whose
-- stored files the sender reads when it builds the message.
CREATE TABLE outbound_email_attachment (
    outbound_email_id  BIGINT  NOT NULL REFERENCES outbound_email (id),
    attachment_id      BIGINT  NOT NULL REFERENCES attachment (id),
    PRIMARY KEY (outbound_email_id, attachment_id)
);
