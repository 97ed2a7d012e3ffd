-- When the sender was about to write the end of an outbox email's data to the SMTP server (issue 18, fault 1). It is
-- committed just before that final line: an email claimed by a server instance that died without it never reached
-- the SMTP server and is sent again; one with it is taken for handed over and never sent twice, since that server
-- had nothing left to do but write five bytes and read the answer.
ALTER TABLE outbound_email ADD COLUMN handed_over_at TIMESTAMP;
