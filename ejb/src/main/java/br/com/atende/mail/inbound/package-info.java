/**
 * Inbound email (SPEC C6): a poller reads the support mailbox over IMAP; each new message is
 * imported once (by Message-ID), as a client's reply to the case its In-Reply-To names with a valid
 * reply token, or as a new case.
 */
package br.com.atende.mail.inbound;
