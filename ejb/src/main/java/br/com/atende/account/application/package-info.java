/**
 * Account services: change my password, password links (invitation, reset, "esqueci minha senha",
 * the first administrator's setup) and the login throttle.
 */
package br.com.atende.account.application;
