-- Issue 15, parties without code: the sales representatives who serve a party, linked from the party page.
CREATE TABLE party_representative (
    party_id          BIGINT NOT NULL REFERENCES party (id),
    representative_id BIGINT NOT NULL REFERENCES representative (id),
    PRIMARY KEY (party_id, representative_id)
);
CREATE INDEX ix_party_representative_rep ON party_representative (representative_id);

-- Issue 15, agents: the departments a supervisor leads besides its own.
CREATE TABLE agent_supervised_department (
    agent_id      BIGINT NOT NULL REFERENCES agent (id),
    department_id BIGINT NOT NULL REFERENCES department (id),
    PRIMARY KEY (agent_id, department_id)
);
CREATE INDEX ix_agent_supervised_department ON agent_supervised_department (department_id);

-- The party page finds a party by its email too.
CREATE INDEX ix_party_email ON party (email);
