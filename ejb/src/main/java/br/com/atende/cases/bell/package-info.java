/**
 * The notification bell (seed 004 §4.6): what an agent is told in the application, not by email, of
 * the cases it works. {@link br.com.atende.cases.bell.Bell} records a notification in the
 * transaction of the event that causes it (a change of hands, a client reply, a note or conclusion
 * on an escalation child, a mention) and rings the recipient's header after the commit; {@link
 * br.com.atende.cases.bell.BellService} lets an agent read and mark its own, and nobody else's.
 */
package br.com.atende.cases.bell;
