package br.com.atende.cases.live;

import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.DiscussionEntry;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Announces committed case changes as {@link CaseChanged} events. {@link CaseChangeListener} tells
 * it what each transaction writes; the first case a transaction loads (or inserts) fires that
 * transaction's {@link PendingCaseChanges}, whose observer runs only after a successful commit, so
 * a rolled-back change (a concurrent change refused, a rule broken) is never announced, and a
 * transaction that only read announces nothing. The announcements go out synchronously to the few
 * observers that keep what a change outdates (cached counts), then asynchronously, so pushing them
 * never delays the agent who made the change.
 */
@ApplicationScoped
public class CaseChangeNotifier {

  /** The key of this transaction's pending changes among the transaction's resources. */
  private static final Object PENDING = PendingCaseChanges.class;

  @Resource private TransactionSynchronizationRegistry transactions;

  @Inject private Event<PendingCaseChanges> transactionWrites;

  @Inject private Event<CaseChanged> changes;

  /** For the entity listener, which JPA creates outside CDI. */
  static CaseChangeNotifier current() {
    return CDI.current().select(CaseChangeNotifier.class).get();
  }

  /**
   * A case is about to be worked on in this transaction (loaded, or a case or entry about to be
   * inserted): makes sure the transaction's pending changes are observed after its commit. This
   * must happen while the transaction runs: the writes themselves may reach the database only while
   * it commits, and a synchronization registered that late is never called back after the commit.
   */
  public void watchThisTransaction() {
    pendingOfThisTransaction();
  }

  public void caseWritten(Case supportCase) {
    PendingCaseChanges pending = pendingOfThisTransaction();
    if (pending != null) {
      pending.caseWritten(supportCase);
    }
  }

  public void entryWritten(DiscussionEntry entry) {
    PendingCaseChanges pending = pendingOfThisTransaction();
    if (pending != null) {
      pending.entryWritten(entry);
    }
  }

  void afterCommit(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) PendingCaseChanges committed) {
    for (CaseChanged change : committed.committed()) {
      // First to the observers that must know before anyone reacts to the push (the queue's cached
      // tab counts), then to the push itself, which never delays the agent who made the change.
      changes.fire(change);
      changes.fireAsync(change);
    }
  }

  private PendingCaseChanges pendingOfThisTransaction() {
    if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
      return null;
    }
    PendingCaseChanges pending = (PendingCaseChanges) transactions.getResource(PENDING);
    if (pending == null) {
      pending = new PendingCaseChanges();
      transactions.putResource(PENDING, pending);
      transactionWrites.fire(pending);
    }
    return pending;
  }
}
