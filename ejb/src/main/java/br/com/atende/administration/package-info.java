/**
 * Administration without code: administrators create, change and deactivate departments and agents,
 * every change written to the administrators' log. Sits above organization and account.
 */
package br.com.atende.administration;
