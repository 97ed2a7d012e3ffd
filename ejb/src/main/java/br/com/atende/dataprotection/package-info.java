/**
 * The client's data rights (LGPD, issue 13): exporting everything Atende holds about a party,
 * anonymizing it on request, and each company's retention of closed cases.
 */
package br.com.atende.dataprotection;
