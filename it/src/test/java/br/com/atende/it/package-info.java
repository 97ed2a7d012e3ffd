/**
 * In-container tests: they run inside the managed WildFly, against the built EAR, on H2 or
 * PostgreSQL as the failsafe execution chose.
 */
package br.com.atende.it;
