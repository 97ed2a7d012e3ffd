/**
 * The intake API's services: administrators create and revoke clients, a bearer token is resolved
 * to its client, and each API call runs the case and party services as the client's agent.
 */
package br.com.atende.integration.application;
