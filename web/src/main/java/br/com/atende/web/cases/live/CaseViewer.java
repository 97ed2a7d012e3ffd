package br.com.atende.web.cases.live;

import java.io.Serializable;

/**
 * The socket user of a case page: this agent looking at this case. A push addressed to it reaches
 * only the pages of that agent open on that case, and only those that subscribed after the access
 * rule let them see it.
 */
public record CaseViewer(long caseId, long agentId) implements Serializable {}
