package br.com.atende.integration.application;

/**
 * The client a bearer token belongs to, as the authentication mechanism needs it: the login of its
 * agent (the caller every service then sees) and its rate limit.
 */
public record ApiCaller(long clientId, String login, int requestsPerMinute) {}
