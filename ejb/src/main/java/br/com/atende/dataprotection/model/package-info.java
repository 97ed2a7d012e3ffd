/** The rules of anonymization: which values name a party, and what replaces them. */
package br.com.atende.dataprotection.model;
