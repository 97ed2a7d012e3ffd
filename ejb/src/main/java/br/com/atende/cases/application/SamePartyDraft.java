package br.com.atende.cases.application;

import br.com.atende.party.application.PartyOption;

/**
 * What "new case for the same party" copies from a case (SPEC C1, 001 §1.3: separate subjects get
 * separate cases): the party and the contact.
 */
public record SamePartyDraft(PartyOption party, Long contactId) {}
