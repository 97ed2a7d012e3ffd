-- Which running server claimed an outbox email (issue 18, fault 1). Every start of the application on a server is
-- an instance, with a row here renewed every 10 s while it runs; one whose row has not been renewed for 30 s is known
-- to be gone (killed, or its machine lost). An email claimed by a gone instance was being handed to the SMTP server
-- when it died: the outbox sends it again, with the same Message-ID. A claim of a running instance that never
-- finishes is still left for an administrator (mail.outcomeUnknown): its thread may yet deliver it.
CREATE TABLE server_instance (
    id VARCHAR(300) NOT NULL PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    alive_until TIMESTAMP NOT NULL
);
ALTER TABLE outbound_email ADD COLUMN claimed_by VARCHAR(300);
