/**
 * What every page shares: the viewer's language, turning business errors into messages, error
 * pages.
 */
package br.com.atende.web.shared;
