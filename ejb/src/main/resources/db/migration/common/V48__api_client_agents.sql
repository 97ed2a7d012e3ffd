-- The agent an API client acts as (issue 16) is no person: nobody forwards, assigns, transfers or copies a case
-- to it, so every agent pick-list leaves it out by this flag, set when the client is created. The agents of
-- the clients created before are marked from api_client.
ALTER TABLE agent ADD COLUMN api_client BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE agent SET api_client = TRUE WHERE id IN (SELECT agent_id FROM api_client);
