/** Finding parties and their contacts for a case: the combined-filter lookup of SPEC C1. */
package br.com.atende.party.application;
