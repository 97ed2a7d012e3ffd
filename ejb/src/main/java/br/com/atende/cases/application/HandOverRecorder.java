package br.com.atende.cases.application;

import br.com.atende.cases.bell.Bell;
import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.DiscussionEntry;
import br.com.atende.cases.model.HandOver;
import br.com.atende.cases.notification.ForwardingMail;
import br.com.atende.organization.model.Agent;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;

/**
 * Writes what a change of hands leaves behind, for every way a case changes hands (forward, return,
 * link, transfer, workflow step): the history row, the status change when a NEW case went to work,
 * the FORWARD discussion entry, the forwarding emails and the receivers' bell; then flushes, so a
 * save that raced this one is reported as a concurrent change.
 */
@Dependent
public class HandOverRecorder {

  @PersistenceContext private EntityManager em;

  @Inject private CaseAccess access;

  @Inject private ForwardingMail mail;

  @Inject private Bell bell;

  public void record(
      Case supportCase,
      HandOver handOver,
      Collection<Agent> recipients,
      Collection<String> extraAddresses) {
    em.persist(handOver.forwarding());
    if (handOver.statusChange() != null) {
      em.persist(handOver.statusChange());
      em.persist(DiscussionEntry.statusChange(supportCase, handOver.statusChange(), null));
    }
    em.persist(DiscussionEntry.forwarding(supportCase, handOver.forwarding()));
    access.flush();
    mail.queue(supportCase, handOver.forwarding(), recipients);
    bell.handedOver(supportCase, recipients, handOver.forwarding().getBy());
    mail.queueToAddresses(supportCase, handOver.forwarding(), extraAddresses);
  }
}
