-- Custom fields (SPEC C7, issue 6): the definition gets help, "required" and "required from workflow step N",
-- choice fields get their options, and each case keeps its values in TYPED columns (one row per case and field;
-- multiple choice as one row per chosen option). Typed columns, not a JSON document: H2 and PostgreSQL both
-- index them, so the queue filter "field = value" is an index seek on (field_id, <typed column>).

ALTER TABLE custom_field ADD COLUMN help_text VARCHAR(500);
ALTER TABLE custom_field ADD COLUMN required BOOLEAN DEFAULT FALSE NOT NULL;
-- Position of the workflow step from which the field is required (the workflow comes with a later issue).
ALTER TABLE custom_field ADD COLUMN required_at_step INTEGER;

CREATE SEQUENCE custom_field_option_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE custom_field_option (
    id          BIGINT       NOT NULL PRIMARY KEY,
    field_id    BIGINT       NOT NULL REFERENCES custom_field (id),
    label       VARCHAR(120) NOT NULL,
    sort_order  INTEGER      NOT NULL,
    active      BOOLEAN      DEFAULT TRUE NOT NULL
);
CREATE INDEX ix_custom_field_option_field ON custom_field_option (field_id, sort_order);

CREATE TABLE custom_field_value (
    case_id       BIGINT         NOT NULL REFERENCES support_case (id),
    field_id      BIGINT         NOT NULL REFERENCES custom_field (id),
    -- TEXT is indexed for the queue filter; LONG_TEXT is not (a b-tree entry must stay small).
    text_value    VARCHAR(255),
    long_text     VARCHAR(4000),
    number_value  NUMERIC(19, 4),
    date_value    DATE,
    bool_value    BOOLEAN,
    -- SINGLE_CHOICE: the option; PARTY: the party; AGENT: the agent.
    ref_id        BIGINT,
    PRIMARY KEY (case_id, field_id)
);
CREATE INDEX ix_cf_value_text ON custom_field_value (field_id, text_value);
CREATE INDEX ix_cf_value_number ON custom_field_value (field_id, number_value);
CREATE INDEX ix_cf_value_date ON custom_field_value (field_id, date_value);
CREATE INDEX ix_cf_value_ref ON custom_field_value (field_id, ref_id);

CREATE TABLE custom_field_value_option (
    case_id    BIGINT NOT NULL REFERENCES support_case (id),
    field_id   BIGINT NOT NULL REFERENCES custom_field (id),
    option_id  BIGINT NOT NULL REFERENCES custom_field_option (id),
    PRIMARY KEY (case_id, field_id, option_id)
);
CREATE INDEX ix_cf_value_option ON custom_field_value_option (field_id, option_id);
