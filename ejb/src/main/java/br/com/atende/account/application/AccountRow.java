package br.com.atende.account.application;

import java.time.LocalDateTime;

/** One agent's account as the administrator's list shows it; no password set means invited. */
public record AccountRow(
    long id,
    String login,
    String name,
    String email,
    boolean active,
    LocalDateTime passwordSetAt) {}
