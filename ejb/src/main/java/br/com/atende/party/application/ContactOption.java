package br.com.atende.party.application;

import java.io.Serializable;

/** A contact as the opening form offers it. */
public record ContactOption(long id, String name, String email) implements Serializable {}
