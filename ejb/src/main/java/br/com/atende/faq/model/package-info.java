/**
 * FAQ and tips (SPEC C8): an entry an agent requests from a case and a supervisor approves or
 * rejects; only approved entries are found by the FAQ search.
 */
package br.com.atende.faq.model;
