package br.com.atende.cases.application;

import br.com.atende.cases.model.CaseStatus;
import java.io.Serializable;
import java.util.Set;

/**
 * What the top of the case page shows and offers: the case's facts, the statuses the viewer may
 * move it to, what the viewer may do with its hands, and whether its type has custom fields; and
 * who the viewer is, found to see the case (the page's live updates subscribe in that name). The
 * page offers writing (the composer, solutions, understanding, time entries, voicemail) only where
 * {@code mayWrite}: the services refuse it to anyone else. "Excluir" shows where {@code mayDelete}
 * (the CASE_DELETE permission).
 */
public record CaseHeader(
    long viewerId,
    CaseDetails details,
    Set<CaseStatus> nextStatuses,
    ForwardingState forwarding,
    boolean customFieldsApply,
    boolean mayWrite,
    boolean mayDelete)
    implements Serializable {

  public CaseHeader {
    nextStatuses = Set.copyOf(nextStatuses);
  }
}
