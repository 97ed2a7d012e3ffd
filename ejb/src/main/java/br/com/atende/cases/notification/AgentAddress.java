package br.com.atende.cases.notification;

import java.io.Serializable;

/** An agent of the company as the "Email about this case" form offers it for copy. */
public record AgentAddress(long id, String name, String email) implements Serializable {}
