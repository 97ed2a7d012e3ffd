package br.com.atende.it.support;

import br.com.atende.cases.intake.EmailIntake;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * A client's reply by email entering a case the way the mailbox reader enters it: through {@link
 * EmailIntake}, in a transaction of its own, with no agent behind it.
 */
@Stateless
@PermitAll
public class ClientReplies {

  @Inject private EmailIntake intake;

  /** The client replied to the case; returns the discussion entry's id. */
  public long reply(long caseId, String from, String text) {
    return intake.appendClientReply(caseId, from, text);
  }
}
