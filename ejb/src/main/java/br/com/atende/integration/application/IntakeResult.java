package br.com.atende.integration.application;

import br.com.atende.cases.application.CaseDetails;

/**
 * What a POST of the API did: the case it opened or appended to, the HTTP status it answered the
 * first time, and whether this answer is a retry's replay of that first one.
 */
public record IntakeResult(int status, boolean replayed, CaseDetails supportCase) {}
