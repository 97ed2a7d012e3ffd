-- Each company's print template (seed 004 §4.3, issue 13): sanitized XHTML with [[placeholders]]; a company
-- without a row prints with the default layout.
CREATE TABLE print_template (
    company_id BIGINT         NOT NULL PRIMARY KEY REFERENCES company (id),
    body       VARCHAR(20000) NOT NULL,
    version    BIGINT         NOT NULL DEFAULT 0
);
