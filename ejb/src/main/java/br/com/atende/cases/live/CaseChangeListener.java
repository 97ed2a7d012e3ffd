package br.com.atende.cases.live;

import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.DiscussionEntry;

/**
 * The JPA entity listener that sees every write of a case and every new discussion entry, whichever
 * service made it: the one central place a change passes, so no service has to remember to
 * announce. Registered in {@code META-INF/orm.xml} rather than by annotation, so that the model
 * does not depend on this package. Bulk and native updates (the "awaiting agent" flag) pass no
 * listener; the changes agents see come with a written case or a new entry (the overdue sweep
 * writes the cases it flags, so a page showing one hears of it).
 */
public class CaseChangeListener {

  /** The notifier's client proxy, looked up once: a case is loaded far more often than changed. */
  private volatile CaseChangeNotifier notifier;

  /**
   * When a case is loaded (from the database or the cache) or about to be inserted, and when a
   * discussion entry is about to be inserted: always while the transaction still runs, which is
   * when its after-commit announcement must be arranged.
   */
  public void caseAtHand(Object entity) {
    notifier().watchThisTransaction();
  }

  /** After a case row is inserted or updated (its version bumped). */
  public void caseWritten(Object supportCase) {
    notifier().caseWritten((Case) supportCase);
  }

  /** After a discussion entry is inserted: a note, a reply, a status change, a forwarding... */
  public void entryWritten(Object entry) {
    notifier().entryWritten((DiscussionEntry) entry);
  }

  private CaseChangeNotifier notifier() {
    CaseChangeNotifier found = notifier;
    if (found == null) {
      found = CaseChangeNotifier.current();
      notifier = found;
    }
    return found;
  }
}
