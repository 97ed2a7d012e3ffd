package br.com.atende.cases.live;

import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.DiscussionEntry;

/**
 * The JPA entity listener that sees every write of a case and every new discussion entry, whichever
 * service made it: the one central place a change passes, so no service has to remember to
 * announce. Registered in {@code META-INF/orm.xml} rather than by annotation, so that the model
 * does not depend on this package. Bulk and native updates (the overdue sweep, the "awaiting agent"
 * flag) pass no listener; the changes agents see come with a written case or a new entry.
 */
public class CaseChangeListener {

  /** After a case row is inserted or updated (its version bumped). */
  public void caseWritten(Object supportCase) {
    CaseChangeNotifier.current().caseWritten((Case) supportCase);
  }

  /** After a discussion entry is inserted: a note, a reply, a status change, a forwarding... */
  public void entryWritten(Object entry) {
    CaseChangeNotifier.current().entryWritten((DiscussionEntry) entry);
  }
}
