package br.com.atende.party.application;

import br.com.atende.party.model.PartyKind;

/** A party as the lookup lists it. */
public record PartyOption(long id, PartyKind kind, String name, String taxId) {}
