/**
 * Statistics for supervisors (SPEC C10, issue 13): cases counted by the database (GROUP BY, day
 * buckets) over a period of the supervisor's company, always inside the access rule.
 */
package br.com.atende.statistics;
