/**
 * The security suite (issue 16): an IDOR sweep over every page, servlet and REST resource found in
 * the deployment, the response headers and session cookie on real responses, an XSS corpus through
 * the free-text inputs, CSRF and header/CSV injection. Written to cover new pages without edits.
 */
package br.com.atende.it.security;
