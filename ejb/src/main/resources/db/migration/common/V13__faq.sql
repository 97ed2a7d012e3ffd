-- FAQ and tips (SPEC C8): entries requested by agents from a case, reviewed by a supervisor of the same company.
-- search_text is the question and the answer's visible text folded by the application (lower case, no accents):
-- H2 matches it with LIKE, PostgreSQL indexes it for full-text search (V13_1).
CREATE SEQUENCE faq_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE faq_entry (
    id                BIGINT        NOT NULL PRIMARY KEY,
    company_id        BIGINT        NOT NULL REFERENCES company (id),
    question          VARCHAR(300)  NOT NULL,
    answer            TEXT          NOT NULL,
    search_text       TEXT          NOT NULL,
    case_type_id      BIGINT        REFERENCES case_type (id),
    product_id        BIGINT        REFERENCES product (id),
    status            VARCHAR(20)   NOT NULL,
    rejection_reason  VARCHAR(1000),
    requested_by_id   BIGINT        NOT NULL REFERENCES agent (id),
    requested_at      TIMESTAMP     NOT NULL,
    source_case_id    BIGINT        REFERENCES support_case (id),
    reviewed_by_id    BIGINT        REFERENCES agent (id),
    reviewed_at       TIMESTAMP,
    version           BIGINT        NOT NULL
);
-- The review queue and the H2 search read one company's entries of one status, newest first.
CREATE INDEX ix_faq_company_status ON faq_entry (company_id, status, requested_at DESC, id DESC);
-- The knowledge page lists publishable notes newest first.
CREATE INDEX ix_discussion_publishable ON discussion_entry (publishable, created_at DESC, id DESC);
