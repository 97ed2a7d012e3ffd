/**
 * The time-entry use cases: logging, changing and deleting entries on a case under the access rule,
 * the case's time panel, the desk rule that a case needs an entry before it is concluded, and the
 * administration of contracts, standalone services and desk settings.
 */
package br.com.atende.timekeeping.application;
