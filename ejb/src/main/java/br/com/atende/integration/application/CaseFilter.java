package br.com.atende.integration.application;

import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.Priority;

/** The filters of the API's case list; each one left out does not filter. */
public record CaseFilter(CaseStatus status, Priority priority, Long partyId, String number) {}
