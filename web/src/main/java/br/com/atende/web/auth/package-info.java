/**
 * Logging out; logging in is the container's form login (login.xhtml posts to j_security_check).
 */
package br.com.atende.web.auth;
