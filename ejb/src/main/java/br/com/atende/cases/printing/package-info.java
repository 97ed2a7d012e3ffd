/**
 * Printing a case (seed 004 §4.3, issue 13): the printable view and its PDF, laid out from a
 * template per company that administrators edit. Values are escaped and rich text re-sanitized into
 * the template, and what is printed is what the reader may see of the case.
 */
package br.com.atende.cases.printing;
