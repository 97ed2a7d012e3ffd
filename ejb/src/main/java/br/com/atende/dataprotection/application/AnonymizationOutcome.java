package br.com.atende.dataprotection.application;

/**
 * What an anonymization did: how many of the party's cases it rewrote, how many files it deleted,
 * and how many audit rows it redacted.
 */
public record AnonymizationOutcome(long cases, long files, long auditRows) {}
