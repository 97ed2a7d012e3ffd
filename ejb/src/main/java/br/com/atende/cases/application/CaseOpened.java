package br.com.atende.cases.application;

/**
 * Fired inside the opening transaction; observers add what must commit with the case (the opening
 * email).
 */
public record CaseOpened(long caseId) {}
