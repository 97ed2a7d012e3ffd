package br.com.atende.cases.application;

/**
 * The outcome of opening a case.
 *
 * @param openingEmailQueued false when neither contact nor party has a valid address: nothing is
 *     sent, and the page says so
 */
public record OpenedCase(long id, String number, boolean openingEmailQueued) {}
