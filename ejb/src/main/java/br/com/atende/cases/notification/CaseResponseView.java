package br.com.atende.cases.notification;

import java.io.Serializable;

/**
 * What the public answer page shows for a link: its state and, for a known link, the case's number
 * and subject, the client's language and the case's informational status (null when none).
 */
public record CaseResponseView(
    CaseResponseToken.State state,
    String caseNumber,
    String subject,
    String language,
    CaseResponseToken.Outcome outcome,
    InformationalStatus informationalStatus)
    implements Serializable {

  static CaseResponseView unknown() {
    return new CaseResponseView(CaseResponseToken.State.UNKNOWN, null, null, null, null, null);
  }
}
