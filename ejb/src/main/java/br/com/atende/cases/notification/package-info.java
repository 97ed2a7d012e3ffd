/**
 * What a case tells people by email (SPEC C6): the client's opening, solution and status emails,
 * the forwarding emails to agents, an agent's email about a case, and the public response page a
 * solution email links to (its token and the client's satisfaction rating). Composes with the
 * {@code mail} area's templates and queues in its outbox; {@code mail} knows nothing of cases.
 */
package br.com.atende.cases.notification;
