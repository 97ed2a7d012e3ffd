/**
 * What cases are about, configured per company: case types and their classifications, general
 * categories, products and their modules (SPEC C1).
 */
package br.com.atende.catalog.model;
