-- The audit trail of case fields (SPEC C4, C10): who changed what, from which value to which, when. Append-only.
CREATE SEQUENCE case_audit_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE case_audit (
    id             BIGINT       NOT NULL PRIMARY KEY,
    case_id        BIGINT       NOT NULL REFERENCES support_case (id),
    field_name     VARCHAR(40)  NOT NULL,
    old_value      VARCHAR(500),
    new_value      VARCHAR(500),
    changed_by_id  BIGINT       NOT NULL REFERENCES agent (id),
    changed_at     TIMESTAMP    NOT NULL
);
CREATE INDEX ix_case_audit_case ON case_audit (case_id, changed_at);
