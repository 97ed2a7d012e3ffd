/**
 * Who is acting: the logged-in agent resolved from the container's caller principal, and password
 * hashing.
 */
package br.com.atende.organization.application;
