/**
 * The monthly consumption report (SPEC C9): per client of a company, for a month, the hours,
 * values, losses (warranty) and travels of its time entries by contract and standalone service,
 * summed by a restartable Jakarta Batch chunk job and read as a page, CSV or PDF.
 */
package br.com.atende.timekeeping.report;
