package br.com.atende.cases.model;

/**
 * What a change of hands leaves to record: the forwarding-history row, and the status-history row
 * when the change took a NEW case to work (else null).
 */
public record HandOver(Forwarding forwarding, StatusChange statusChange) {}
