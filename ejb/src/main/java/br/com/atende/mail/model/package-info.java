/**
 * The mail outbox and the templates: every email Atende sends is first a row here, written with the
 * change it tells about; a company may reword each kind of email per language.
 */
package br.com.atende.mail.model;
