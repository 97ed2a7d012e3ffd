/**
 * Inbound email (SPEC C6): a poller reads the support mailbox over IMAP; each new message is
 * imported once (by Message-ID, recorded as an {@code InboundMessage}), as a client's reply to the
 * case its In-Reply-To names with a valid reply token, or as a new case ({@code EmailIntake}).
 */
package br.com.atende.cases.intake;
