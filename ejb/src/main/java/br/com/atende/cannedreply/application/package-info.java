/**
 * The canned replies service: which ones an agent may use and manage (the rule lives here), the
 * picker's capped lookup by a few letters, and filling one for a case the agent may see.
 */
package br.com.atende.cannedreply.application;
