package br.com.atende.dataprotection.application;

import br.com.atende.party.model.PartyKind;
import java.io.Serializable;

/** A party found by the data-subject page's search: enough to tell it from its namesakes. */
public record PartyMatch(long id, String name, String taxId, String email, PartyKind kind)
    implements Serializable {}
