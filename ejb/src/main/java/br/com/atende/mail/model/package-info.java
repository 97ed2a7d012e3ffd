/**
 * The mail outbox: every email Atende sends is first a row here, written with the change it tells
 * about.
 */
package br.com.atende.mail.model;
