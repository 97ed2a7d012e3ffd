/** Who cases are for: parties (clientes) of five kinds and the contacts who speak for them. */
package br.com.atende.party.model;
