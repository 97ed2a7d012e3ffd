/**
 * Time entries (apontamentos, SPEC C9) and what values them: a party's contracts and standalone
 * services, the valuation rule, the period of work that no two entries of one agent may share, and
 * each desk's settings for entries.
 */
package br.com.atende.timekeeping.model;
