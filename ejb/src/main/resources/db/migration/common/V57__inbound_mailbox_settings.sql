-- Issue 17: the inbound mailbox's settings, edited by an administrator on the page "Caixa de suporte" instead of
-- only system properties. One row; while it is missing, the atende.imap.* properties apply. The password is kept
-- sealed (AES-GCM under a key file in the server's data directory, never in the database) and never shown back.
CREATE TABLE inbound_mailbox (
    id               BIGINT        NOT NULL PRIMARY KEY,
    host             VARCHAR(255)  NOT NULL,
    port             INTEGER       NOT NULL,
    username         VARCHAR(255)  NOT NULL,
    password_sealed  VARCHAR(1000),
    folder           VARCHAR(255)  NOT NULL,
    poll_seconds     INTEGER       NOT NULL,
    tls              BOOLEAN       NOT NULL,
    changed_at       TIMESTAMP     NOT NULL,
    changed_by       VARCHAR(60)   NOT NULL
);
