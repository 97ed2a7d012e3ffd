/** The catalog's choices for the opening form and the case page. */
package br.com.atende.catalog.application;
