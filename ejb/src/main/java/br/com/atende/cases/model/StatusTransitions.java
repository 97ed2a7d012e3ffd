package br.com.atende.cases.model;

import static br.com.atende.cases.model.CaseStatus.CANCELLED;
import static br.com.atende.cases.model.CaseStatus.CONFIRMED;
import static br.com.atende.cases.model.CaseStatus.IN_PROGRESS;
import static br.com.atende.cases.model.CaseStatus.NEW;
import static br.com.atende.cases.model.CaseStatus.NOTIFIED;
import static br.com.atende.cases.model.CaseStatus.PAUSED;
import static br.com.atende.cases.model.CaseStatus.PENDING;
import static br.com.atende.cases.model.CaseStatus.SCHEDULED;
import static br.com.atende.cases.model.CaseStatus.SOLVED;
import static br.com.atende.cases.model.CaseStatus.WAITING_THIRD_PARTY;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The allowed status changes of a case (SPEC C3), as one explicit table. A NEW case is taken
 * (IN_PROGRESS) or cancelled; work moves between the open states; SOLVED is told to the client
 * (NOTIFIED), who may confirm it; SOLVED and NOTIFIED can be reopened (back to IN_PROGRESS).
 * CONFIRMED and CANCELLED are final. SCHEDULED may be scheduled again: a new date agreed with the
 * client counts as another scheduling.
 */
public final class StatusTransitions {

  private static final Map<CaseStatus, Set<CaseStatus>> ALLOWED = new EnumMap<>(CaseStatus.class);

  static {
    allow(NEW, IN_PROGRESS, CANCELLED);
    allow(
        IN_PROGRESS, SCHEDULED, WAITING_THIRD_PARTY, PAUSED, PENDING, SOLVED, NOTIFIED, CANCELLED);
    allow(
        SCHEDULED,
        SCHEDULED,
        IN_PROGRESS,
        WAITING_THIRD_PARTY,
        PENDING,
        SOLVED,
        NOTIFIED,
        CANCELLED);
    allow(WAITING_THIRD_PARTY, IN_PROGRESS, SCHEDULED, PENDING, SOLVED, NOTIFIED, CANCELLED);
    allow(PAUSED, IN_PROGRESS, CANCELLED);
    allow(PENDING, IN_PROGRESS, SCHEDULED, WAITING_THIRD_PARTY, SOLVED, NOTIFIED, CANCELLED);
    allow(SOLVED, NOTIFIED, IN_PROGRESS);
    allow(NOTIFIED, CONFIRMED, IN_PROGRESS);
    allow(CONFIRMED);
    allow(CANCELLED);
  }

  private StatusTransitions() {}

  public static boolean isAllowed(CaseStatus from, CaseStatus to) {
    return ALLOWED.get(from).contains(to);
  }

  /** The states a case in {@code from} may move to, in declaration order. */
  public static Set<CaseStatus> from(CaseStatus from) {
    return Collections.unmodifiableSet(ALLOWED.get(from));
  }

  /** Going back to work on a case that was already solved or concluded. */
  public static boolean isReopening(CaseStatus from, CaseStatus to) {
    return to == IN_PROGRESS && (from == SOLVED || from == NOTIFIED);
  }

  /**
   * The states a pending voicemail blocks: the client must be reached before scheduling or
   * concluding.
   */
  public static boolean isBlockedByVoicemail(CaseStatus to) {
    return to == SCHEDULED || to == SOLVED || to == NOTIFIED || to == CONFIRMED;
  }

  private static void allow(CaseStatus from, CaseStatus... to) {
    Set<CaseStatus> targets = EnumSet.noneOf(CaseStatus.class);
    targets.addAll(List.of(to));
    ALLOWED.put(from, targets);
  }
}
