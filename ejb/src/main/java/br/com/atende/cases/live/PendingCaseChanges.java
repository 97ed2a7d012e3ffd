package br.com.atende.cases.live;

import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.DiscussionEntry;
import br.com.atende.cases.model.DiscussionKind;
import br.com.atende.organization.model.Agent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cases one transaction wrote, collected while it runs and read only after it committed, so
 * that a change that writes the case and two discussion entries is announced once, with the version
 * the commit left.
 */
final class PendingCaseChanges {

  /** What one transaction did to one case. */
  private static final class Written {
    private final Case supportCase;
    private boolean caseRowWritten;
    private boolean clientReplied;
    private Agent entryAuthor;

    Written(Case supportCase) {
      this.supportCase = supportCase;
    }
  }

  private final Map<Long, Written> byCase = new LinkedHashMap<>();

  synchronized void caseWritten(Case supportCase) {
    of(supportCase).caseRowWritten = true;
  }

  synchronized void entryWritten(DiscussionEntry entry) {
    Written written = of(entry.getSupportCase());
    if (entry.getKind() == DiscussionKind.CLIENT_REPLY) {
      // Recorded in the name of the holder (an entry needs an agent), but the client wrote it: the
      // holder's own page must hear of it.
      written.clientReplied = true;
    } else if (written.entryAuthor == null) {
      written.entryAuthor = entry.getAuthor();
    }
  }

  /**
   * One announcement per case, read from the entities the transaction left: after the commit they
   * hold the version it wrote.
   */
  synchronized List<CaseChanged> committed() {
    List<CaseChanged> changes = new ArrayList<>(byCase.size());
    for (Written written : byCase.values()) {
      Case supportCase = written.supportCase;
      Agent by =
          written.clientReplied
              ? null
              : written.caseRowWritten ? supportCase.getLastChangedBy() : written.entryAuthor;
      changes.add(
          new CaseChanged(
              supportCase.getId(),
              supportCase.getVersion(),
              by == null ? null : by.getId(),
              by == null ? null : by.getName(),
              supportCase.getDepartment().getId(),
              supportCase.getHolder() == null ? null : supportCase.getHolder().getId(),
              supportCase.getHoldingGroup() == null
                  ? null
                  : supportCase.getHoldingGroup().getId()));
    }
    return changes;
  }

  private Written of(Case supportCase) {
    return byCase.computeIfAbsent(supportCase.getId(), id -> new Written(supportCase));
  }
}
