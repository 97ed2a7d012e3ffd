/**
 * The supervisors' reports: the monthly consumption per client (SPEC C9), its progress and
 * downloads.
 */
package br.com.atende.web.reports;
