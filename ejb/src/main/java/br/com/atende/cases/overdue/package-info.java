/**
 * The overdue sweep (SPEC C9, C12): a Jakarta Batch job that flags open cases whose due date has
 * passed, run nightly and on demand.
 */
package br.com.atende.cases.overdue;
