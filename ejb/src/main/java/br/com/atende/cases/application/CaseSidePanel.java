package br.com.atende.cases.application;

import br.com.atende.shared.CappedCount;
import java.io.Serializable;
import java.util.List;

/**
 * The side panel of the case page: the client card, the first related cases and escalation children
 * (each with its capped count), and the case this one escalates.
 */
public record CaseSidePanel(
    ClientCard client,
    List<CaseSummary> related,
    CappedCount relatedCount,
    List<CaseSummary> escalations,
    CappedCount escalationCount,
    CaseSummary parent)
    implements Serializable {

  /** How many related cases and children the panel lists; the rest are in the Links tab. */
  public static final int SHOWN = 5;

  public CaseSidePanel {
    related = List.copyOf(related);
    escalations = List.copyOf(escalations);
  }
}
