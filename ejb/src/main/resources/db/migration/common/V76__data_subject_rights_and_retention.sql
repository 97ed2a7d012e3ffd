-- The client's data rights (LGPD, issue 13) and retention per company.

-- Retention: the company's concluded or cancelled cases closed more than this many years ago are removed for good
-- by the nightly purge job (cases.trash), as the trash's are. NULL keeps them forever.
ALTER TABLE company ADD COLUMN retention_years INT;

-- An audit row whose values named an anonymized party was redacted: its values were rewritten to the marker, its
-- place and hash were kept. The verifier takes a redacted row's stored hash, as recorded here at the redaction, as its
-- link without recomputing its content, so every row after it is still proven (README "Anonymization").
-- row_hash is NULL when the row was redacted before its seal: it is then sealed with its redacted content.
CREATE TABLE audit_redaction (
    audit_id     BIGINT       NOT NULL PRIMARY KEY,
    redacted_at  TIMESTAMP    NOT NULL,
    redacted_by  VARCHAR(60)  NOT NULL,
    row_hash     VARCHAR(64)
);
