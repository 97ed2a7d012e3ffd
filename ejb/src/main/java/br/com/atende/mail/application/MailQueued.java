package br.com.atende.mail.application;

/**
 * Fired when an email enters the outbox; observed after commit to send it without waiting for the
 * timer.
 */
public record MailQueued(long emailId) {}
