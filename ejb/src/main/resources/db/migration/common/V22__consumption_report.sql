-- The monthly consumption report (SPEC C9, issue 12): one row per report asked for, and its lines, one per client
-- (party) and charge (a contract, a standalone service, or none for entries of desks that do not value them).

-- A report: which company and month, the job execution producing it, and the keyset position of the last entry
-- whose sums are in the lines. The position and the lines change in the same (chunk) transaction, so a restarted
-- job resumes exactly after what was summed: no entry counted twice, none missed.
CREATE SEQUENCE consumption_report_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE consumption_report (
    id               BIGINT       NOT NULL PRIMARY KEY,
    company_id       BIGINT       NOT NULL REFERENCES company (id),
    period_start     DATE         NOT NULL,
    requested_by     BIGINT       NOT NULL REFERENCES agent (id),
    requested_at     TIMESTAMP    NOT NULL,
    job_execution_id BIGINT,
    estimated        INTEGER      NOT NULL,
    entries_read     INTEGER      NOT NULL DEFAULT 0,
    last_start_at    TIMESTAMP,
    last_entry_id    BIGINT,
    finished_at      TIMESTAMP,
    version          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX ix_consumption_report_company ON consumption_report (company_id, requested_at DESC);

-- charge_key is 'C<contract id>', 'S<service id>' or 'N' (no charge): one key for the unique constraint, which a
-- pair of nullable ids could not give.
CREATE SEQUENCE consumption_line_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE consumption_line (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    report_id             BIGINT         NOT NULL REFERENCES consumption_report (id),
    party_id              BIGINT         NOT NULL REFERENCES party (id),
    charge_key            VARCHAR(30)    NOT NULL,
    contract_id           BIGINT         REFERENCES service_contract (id),
    standalone_service_id BIGINT         REFERENCES standalone_service (id),
    entries               INTEGER        NOT NULL,
    minutes               BIGINT         NOT NULL,
    entry_value           NUMERIC(16, 2) NOT NULL,
    loss_value            NUMERIC(16, 2) NOT NULL,
    travel_basis          VARCHAR(10),
    travel                NUMERIC(14, 2) NOT NULL,
    travel_value          NUMERIC(16, 2) NOT NULL,
    version               BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_consumption_line UNIQUE (report_id, party_id, charge_key)
);

-- The report's reader walks one month of entries in (start_at, id) order, a page at a time (keyset).
CREATE INDEX ix_time_entry_start ON time_entry (start_at, id);
