package br.com.atende.cases.bell;

import java.io.Serializable;

/**
 * A notification for this agent was committed: fired asynchronously by {@link BellRinger} to ring
 * the agent's header. Names the agent by its login, which is what its pages' socket is keyed by: a
 * page learns it from the request, without a query. No content travels: the page asks for its count
 * through {@link BellService}.
 */
public record BellRang(String login) implements Serializable {}
