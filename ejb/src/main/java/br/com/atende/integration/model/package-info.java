/**
 * API clients (each acting as an agent of its own, with a clearance and a department), their
 * scopes, and the idempotency record of their POSTs.
 */
package br.com.atende.integration.model;
