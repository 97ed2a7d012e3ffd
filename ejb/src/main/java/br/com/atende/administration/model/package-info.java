/** The administrators' log and the rules of administration that need no container. */
package br.com.atende.administration.model;
