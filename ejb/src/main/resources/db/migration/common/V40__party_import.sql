-- CSV imports of parties and contacts (issue 14): each import, how far its job got (last_row: the last row
-- handled, moved in each chunk's transaction), and the refused rows, one line per thing wrong. The file itself
-- is kept in party_import_file (V41, per database: CLOB on H2, TEXT on PostgreSQL).
CREATE SEQUENCE party_import_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE party_import (
    id               BIGINT       NOT NULL PRIMARY KEY,
    file_name        VARCHAR(255) NOT NULL,
    started_by_id    BIGINT       NOT NULL REFERENCES agent (id),
    started_at       TIMESTAMP    NOT NULL,
    job_execution_id BIGINT,
    total_rows       BIGINT       NOT NULL,
    last_row         BIGINT       NOT NULL,
    parties_added    BIGINT       NOT NULL,
    contacts_added   BIGINT       NOT NULL,
    rows_refused     BIGINT       NOT NULL,
    finished_at      TIMESTAMP,
    version          BIGINT       NOT NULL DEFAULT 0
);

CREATE SEQUENCE party_import_rejection_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE party_import_rejection (
    id         BIGINT      NOT NULL PRIMARY KEY,
    import_id  BIGINT      NOT NULL REFERENCES party_import (id),
    row_no     BIGINT      NOT NULL,
    field      VARCHAR(30) NOT NULL,
    problem    VARCHAR(40) NOT NULL
);
CREATE INDEX ix_party_import_rejection ON party_import_rejection (import_id, row_no);

-- A contact is found again by its email within its party: what makes a re-run add nothing.
CREATE INDEX ix_contact_party_email ON contact (party_id, email);
