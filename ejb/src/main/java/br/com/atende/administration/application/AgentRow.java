package br.com.atende.administration.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An agent as the administrators' list shows it; no password set yet means invited. */
public record AgentRow(
    long id,
    String login,
    String name,
    String email,
    String department,
    int clearance,
    boolean active,
    LocalDateTime passwordSetAt)
    implements Serializable {}
