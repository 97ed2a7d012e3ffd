package br.com.atende.cases.notification;

import java.io.Serializable;

/**
 * What the public answer page shows for a link: its state and, for a known link, the case's number
 * and subject and the client's language.
 */
public record CaseResponseView(
    CaseResponseToken.State state,
    String caseNumber,
    String subject,
    String language,
    CaseResponseToken.Outcome outcome)
    implements Serializable {

  static CaseResponseView unknown() {
    return new CaseResponseView(CaseResponseToken.State.UNKNOWN, null, null, null, null);
  }
}
