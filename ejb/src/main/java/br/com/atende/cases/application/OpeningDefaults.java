package br.com.atende.cases.application;

/** The choices the opening form starts with; the agent may change each. */
public record OpeningDefaults(long companyId, long departmentId, Long caseTypeId) {}
