-- The business calendar and due dates (issue 12, SPEC C9).

-- A company's own holidays (its anniversary, the city's saint's day): no working day, as the national ones.
CREATE SEQUENCE company_holiday_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE company_holiday (
    id            BIGINT       NOT NULL PRIMARY KEY,
    company_id    BIGINT       NOT NULL REFERENCES company (id),
    holiday_date  DATE         NOT NULL,
    name          VARCHAR(120) NOT NULL,
    CONSTRAINT uk_company_holiday UNIQUE (company_id, holiday_date)
);

-- Carnival Monday and Tuesday are optional days off ("ponto facultativo"): a company without a row here does not
-- work them, as most of the market does not.
CREATE TABLE company_calendar (
    company_id      BIGINT  NOT NULL PRIMARY KEY REFERENCES company (id),
    works_carnival  BOOLEAN NOT NULL DEFAULT FALSE
);

-- The overdue sweep changes the overdue flag with no agent behind it: its audit rows name nobody.
ALTER TABLE case_audit ALTER COLUMN changed_by_id DROP NOT NULL;
