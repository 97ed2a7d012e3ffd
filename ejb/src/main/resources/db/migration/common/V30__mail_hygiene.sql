-- Issue 17: mail that mail servers accept, and inbound mail a mail administrator would switch on.

-- Outgoing: whether an email was written by a program (Auto-Submitted: auto-generated) or by an agent; the
-- Message-ID it left with, so that a delivery-status bounce naming it marks it bounced.
ALTER TABLE outbound_email ADD COLUMN automatic BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE outbound_email ADD COLUMN message_id VARCHAR(250);
ALTER TABLE outbound_email ADD COLUMN bounced_at TIMESTAMP;
ALTER TABLE outbound_email ADD COLUMN bounce_reason VARCHAR(500);
CREATE INDEX ix_outbound_email_message_id ON outbound_email (message_id);

-- Inbound: who wrote an entry that came by email ("Name <address>"), and who sent the email that opened a case.
ALTER TABLE discussion_entry ADD COLUMN sender VARCHAR(330);
ALTER TABLE support_case ADD COLUMN email_sender VARCHAR(330);

-- Every received message is recorded once, whatever became of it; the sender, subject and reason tell admins
-- about the ones kept aside (undecodable, too large) and the ones dropped (auto-replies, bounces, loops).
ALTER TABLE inbound_message ADD COLUMN sender VARCHAR(330);
ALTER TABLE inbound_message ADD COLUMN subject VARCHAR(250);
ALTER TABLE inbound_message ADD COLUMN reason VARCHAR(500);
-- A reply from someone who is not the case's client waits in quarantine with its text, until an agent accepts it
-- (it becomes the reply) or rejects it.
ALTER TABLE inbound_message ADD COLUMN body TEXT;
ALTER TABLE inbound_message ADD COLUMN decided_by_id BIGINT REFERENCES agent (id);
ALTER TABLE inbound_message ADD COLUMN decided_at TIMESTAMP;
CREATE INDEX ix_inbound_message_outcome ON inbound_message (outcome, received_at);
