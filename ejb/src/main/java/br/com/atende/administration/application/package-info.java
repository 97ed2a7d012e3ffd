/**
 * The administrators' services: departments and agents, paged and filtered, validated with the
 * field named, and logged.
 */
package br.com.atende.administration.application;
