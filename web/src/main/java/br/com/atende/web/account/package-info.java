/**
 * The pages of an agent's account: change my password, "esqueci minha senha", the page of a
 * password link, and the administrator's list of accounts that sends invitations and resets.
 */
package br.com.atende.web.account;
