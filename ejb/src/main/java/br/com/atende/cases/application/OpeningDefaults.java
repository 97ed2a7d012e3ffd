package br.com.atende.cases.application;

/**
 * The choices the opening form starts with; the agent may change each. A supervisor is also offered
 * the access level and an assignee (SPEC C1, C4).
 */
public record OpeningDefaults(
    long companyId, long departmentId, Long caseTypeId, boolean supervisor) {}
