/**
 * The intake REST API (SPEC C11, issue 14) at {@code /atende/api/v1}: thin Jakarta REST resources
 * over the integration services, the bearer-token authentication mechanism, the per-client rate
 * limit, and errors as RFC 9457 problem details.
 */
package br.com.atende.restapi;
