-- The Solution tab of a case (SPEC C2): solutions presented and tests made, several per case, append-only.
CREATE SEQUENCE solution_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE solution_entry (
    id          BIGINT     NOT NULL PRIMARY KEY,
    case_id     BIGINT     NOT NULL REFERENCES support_case (id),
    author_id   BIGINT     NOT NULL REFERENCES agent (id),
    created_at  TIMESTAMP  NOT NULL,
    body        TEXT       NOT NULL
);
CREATE INDEX ix_solution_entry_case ON solution_entry (case_id, created_at);
