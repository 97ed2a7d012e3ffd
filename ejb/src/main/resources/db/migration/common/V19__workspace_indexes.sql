-- Indexes behind the agent workspace's capped counts and pages (issue 11), found with bench/load.sh at a million
-- cases: each lets the query read only the rows it returns or counts, however long the client's or agent's history.

-- The side panel's "open cases of this client" and the client timeline: a client may hold tens of thousands of
-- cases, few of them open; (party, status) reaches the open ones directly, (party, opened_at, id) gives the
-- timeline's first page without sorting the client's history.
CREATE INDEX ix_case_party_status ON support_case (party_id, status);
CREATE INDEX ix_case_party_opened ON support_case (party_id, opened_at DESC, id DESC);

-- The queue tabs of an agent's own cases ("mine": newly linked, answered by the client, open): an agent holds
-- every case it ever closed; (holder, status, awaiting_agent) reaches the open ones of each tab directly.
CREATE INDEX ix_case_holder_status ON support_case (holder_id, status, awaiting_agent);
