/**
 * Email: composing case emails in the recipient's language, queuing them in the outbox with the
 * case change, and sending them after commit with Jakarta Mail, retrying while the SMTP server is
 * away.
 */
package br.com.atende.mail.application;
