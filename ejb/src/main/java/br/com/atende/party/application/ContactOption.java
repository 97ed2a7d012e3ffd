package br.com.atende.party.application;

/** A contact as the opening form offers it. */
public record ContactOption(long id, String name, String email) {}
