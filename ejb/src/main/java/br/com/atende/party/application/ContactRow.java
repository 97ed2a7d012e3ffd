package br.com.atende.party.application;

import java.io.Serializable;

/**
 * A contact of a party as the party page lists it.
 *
 * @param responsible the name of the agent who looks after it, or null
 * @param imported whether it came from another system (read-only)
 */
public record ContactRow(
    long id,
    String name,
    String email,
    String phone,
    String responsible,
    boolean imported,
    boolean active)
    implements Serializable {}
