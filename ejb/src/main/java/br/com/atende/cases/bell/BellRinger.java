package br.com.atende.cases.bell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Announces a notification as {@link BellRang} once its transaction committed (never for a
 * rolled-back event), asynchronously, so that ringing never delays the agent who caused it. The
 * transactional observer stays in this module and the web module hears an asynchronous event, as
 * {@link br.com.atende.cases.live.CaseChangeNotifier} does for case changes.
 */
@ApplicationScoped
public class BellRinger {

  @Inject private Event<BellRang> rings;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PendingRing pending) {
    rings.fireAsync(new BellRang(pending.login()));
  }
}
