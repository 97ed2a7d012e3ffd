package br.com.atende.party.application;

import br.com.atende.party.model.PartyKind;
import java.io.Serializable;

/** A party as the party page's list shows it. */
public record PartyRow(
    long id, PartyKind kind, String name, String taxId, String email, String phone, boolean active)
    implements Serializable {}
