/**
 * Agents' accounts: choosing and changing passwords under the password policy, the one-time links
 * that invite an agent or reset a password, and the throttle of failed logins.
 */
package br.com.atende.account;
