package br.com.atende.party.application;

import br.com.atende.organization.model.Agent;
import java.util.List;

/**
 * The look-up of a party by the number of one of its cases (SPEC C1). Parties sit below cases, so
 * the query, which needs the case and its access rule, is implemented in the cases area (CDI picks
 * it) and {@link PartyService} only asks.
 */
public interface PartiesByCaseNumber {

  /** The party of the viewer's company's case with that number, when the viewer may see it. */
  List<Long> partyIdsOf(String caseNumber, Agent viewer);
}
