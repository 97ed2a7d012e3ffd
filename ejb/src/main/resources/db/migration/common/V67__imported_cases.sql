-- Cases in the CSV import (issue 14): a case's id in the system it came from, unique within its company, so that
-- importing the same file again adds no case twice (NULLs, the cases opened in Atende, do not collide); and how many
-- cases an import added.
ALTER TABLE support_case ADD COLUMN external_id VARCHAR(100);
CREATE UNIQUE INDEX ux_support_case_external_id ON support_case (company_id, external_id);
ALTER TABLE party_import ADD COLUMN cases_added BIGINT DEFAULT 0 NOT NULL;
