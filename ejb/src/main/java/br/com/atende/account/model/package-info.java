/** The rules of accounts: the password policy and the one-time password links. */
package br.com.atende.account.model;
