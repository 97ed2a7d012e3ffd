/**
 * FAQ services (SPEC C8): search from a case or the FAQ page, "solve with this FAQ", requests and
 * their review, and the knowledge page of publishable notes.
 */
package br.com.atende.faq.application;
