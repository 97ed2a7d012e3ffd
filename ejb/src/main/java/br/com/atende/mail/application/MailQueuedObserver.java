package br.com.atende.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Sends newly queued email as soon as its transaction has committed, instead of waiting for the
 * retry timer. Rolled-back transactions fire nothing: their emails never existed.
 */
@ApplicationScoped
public class MailQueuedObserver {

  @Inject private MailDispatcher dispatcher;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
    dispatcher.dispatchPending();
  }
}
