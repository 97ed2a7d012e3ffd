/**
 * The enterprise group's structure: companies (coligadas), their departments, and the agents who
 * work cases.
 */
package br.com.atende.organization.model;
