package br.com.atende.cases.application;

import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.notification.InformationalStatus;
import java.io.Serializable;
import java.util.Set;

/**
 * What the top of the case page shows and offers: the case's facts, the statuses the viewer may
 * move it to, what the viewer may do with its hands, and whether its type has custom fields; and
 * who the viewer is, found to see the case (the page's live updates subscribe in that name). The
 * page offers writing (the composer, solutions, understanding, time entries, voicemail) only where
 * {@code mayWrite}: the services refuse it to anyone else. "Excluir" shows where {@code mayDelete}
 * (the CASE_DELETE permission). Whether the client gets the case's emails, its informational status
 * (null when none was set) and the viewer's "email me when the client replies" come from the same
 * loaded case and viewer.
 */
public record CaseHeader(
    long viewerId,
    CaseDetails details,
    Set<CaseStatus> nextStatuses,
    ForwardingState forwarding,
    boolean customFieldsApply,
    boolean mayWrite,
    boolean mayDelete,
    boolean notifyClient,
    InformationalStatus informationalStatus,
    boolean viewerEmailsOnClientReply)
    implements Serializable {

  public CaseHeader {
    nextStatuses = Set.copyOf(nextStatuses);
  }
}
