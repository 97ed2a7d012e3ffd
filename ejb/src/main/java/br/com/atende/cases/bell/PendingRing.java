package br.com.atende.cases.bell;

/**
 * A notification for this agent was recorded in the running transaction; {@link BellRinger} hears
 * of it once the transaction committed. Kept apart from {@link BellRang}, which leaves this module.
 */
record PendingRing(String login) {}
