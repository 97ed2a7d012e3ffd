-- Escalation (SPEC C5, seed 004 §4.6): an internal child case opened from a case for another department. The
-- parent keeps its holder and cannot be concluded while a child is still open.
ALTER TABLE support_case ADD COLUMN parent_case_id BIGINT REFERENCES support_case (id);
CREATE INDEX ix_support_case_parent ON support_case (parent_case_id);

-- Related cases ("Relacionamento de atendimentos"): a relation is symmetric, so it is stored as two rows, one per
-- direction; "the cases related to X" is then one index range on case_id.
CREATE TABLE case_relation (
    case_id          BIGINT     NOT NULL REFERENCES support_case (id),
    related_case_id  BIGINT     NOT NULL REFERENCES support_case (id),
    related_by_id    BIGINT     NOT NULL REFERENCES agent (id),
    related_at       TIMESTAMP  NOT NULL,
    PRIMARY KEY (case_id, related_case_id),
    CONSTRAINT ck_case_relation_not_self CHECK (case_id <> related_case_id)
);
