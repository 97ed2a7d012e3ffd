package br.com.atende.party.application;

import br.com.atende.party.model.PartyKind;
import java.io.Serializable;

/** A party as the lookup lists it. */
public record PartyOption(long id, PartyKind kind, String name, String taxId)
    implements Serializable {}
