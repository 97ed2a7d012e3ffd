package br.com.atende.cases.application;

import br.com.atende.party.model.PartyKind;
import br.com.atende.shared.CappedCount;
import java.io.Serializable;

/**
 * The client of a case as the side panel shows it: the party, the contact who asked, how to reach
 * them, and how many open cases the client has that the viewer may see (capped).
 */
public record ClientCard(
    long partyId,
    PartyKind kind,
    String name,
    String taxId,
    String email,
    String phone,
    String contactName,
    String contactEmail,
    String contactPhone,
    CappedCount openCases)
    implements Serializable {

  /** The card says "99+": a figure in passing, read on every view of the case page. */
  public static final int OPEN_CASES_CAP = 99;
}
