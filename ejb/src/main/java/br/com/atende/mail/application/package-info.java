/**
 * Email infrastructure: templates and the default wording in the recipient's language, queuing in
 * the outbox with the change it tells about, and sending after commit with Jakarta Mail, retrying
 * while the SMTP server is away. What a case says by email lives with the cases, in {@code
 * cases.notification}.
 */
package br.com.atende.mail.application;
