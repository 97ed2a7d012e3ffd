-- Agent availability (seed 003 "Alterar Status do Atendente", issue 15): what the agent chose (AVAILABLE, AWAY,
-- IN_MEETING) and when it was last seen; "available" reads as away after the idle time of the system setting
-- agents.idleMinutes. A table of its own: agents are cached reference data that a "last seen" write would evict.
CREATE TABLE agent_presence (
    agent_id     BIGINT      NOT NULL PRIMARY KEY REFERENCES agent (id),
    chosen       VARCHAR(20) NOT NULL,
    last_seen_at TIMESTAMP   NOT NULL
);
