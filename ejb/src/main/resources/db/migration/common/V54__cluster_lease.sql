-- Jobs that must run on one server of a cluster at a time (issue 18): the outbox's retry rounds, the support
-- mailbox's poller and the nightly overdue sweep. A server runs such a job only while it holds the job's lease,
-- renewed at every round; when the holder dies the lease runs out and another server takes it. One row per job,
-- created here, so taking a lease is a single UPDATE that the database serialises.
CREATE TABLE cluster_lease (
    name VARCHAR(40) NOT NULL PRIMARY KEY,
    holder VARCHAR(255),
    expires_at TIMESTAMP NOT NULL
);
INSERT INTO cluster_lease (name, holder, expires_at) VALUES ('mail-retry', NULL, TIMESTAMP '2000-01-01 00:00:00');
INSERT INTO cluster_lease (name, holder, expires_at) VALUES ('inbound-mail', NULL, TIMESTAMP '2000-01-01 00:00:00');
INSERT INTO cluster_lease (name, holder, expires_at) VALUES ('overdue-sweep', NULL, TIMESTAMP '2000-01-01 00:00:00');
