/**
 * The intake API's side of the domain (SPEC C11, issue 14): the API clients other systems call
 * with, what each may do, and the first result of every retried request.
 */
package br.com.atende.integration;
