package br.com.atende.cases.model;

import br.com.atende.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * When a case is due and when it was agreed to be worked (SPEC C1, C3): the due date, the overdue
 * flag the nightly sweep sets once it has passed, and the date agreed with the client for the last
 * scheduling with how many schedulings there were.
 */
@Embeddable
public class Scheduling implements Serializable {

  @Column(name = "due_date")
  private LocalDateTime dueDate;

  @Column(nullable = false)
  private boolean overdue;

  /** The date and time agreed with the client for the last scheduling. */
  @Column(name = "scheduled_for")
  private LocalDateTime scheduledFor;

  @Column(name = "scheduling_count", nullable = false)
  private int schedulingCount;

  protected Scheduling() {}

  static Scheduling dueOn(LocalDateTime dueDate) {
    Scheduling scheduling = new Scheduling();
    scheduling.dueDate = dueDate;
    return scheduling;
  }

  /**
   * Schedules the case (SPEC C3): needs a future date agreed with the client, and counts one more
   * scheduling.
   */
  void schedule(LocalDateTime agreed, LocalDateTime now) {
    if (agreed == null) {
      throw new InvalidInputException("scheduledFor", "error.required");
    }
    if (!agreed.isAfter(now)) {
      throw new InvalidInputException("scheduledFor", "error.future");
    }
    scheduledFor = agreed;
    schedulingCount++;
  }

  /** Takes an edited due date, audited to the minute; returns whether it changed so. */
  boolean editDueDate(LocalDateTime newDueDate, AuditTrail audit) {
    boolean changed = !AuditTrail.sameMinute(dueDate, newDueDate);
    audit.compareTimes("dueDate", dueDate, newDueDate);
    dueDate = newDueDate;
    return changed;
  }

  /**
   * Clears the overdue flag once the case no longer is: concluded or cancelled, its due date moved
   * past {@code now}, or no due date at all. The change is audited.
   */
  void clearOverdueUnlessDue(boolean open, LocalDateTime now, AuditTrail audit) {
    if (overdue && (!open || !isDueBefore(now))) {
      audit.compare("overdue", true, false);
      overdue = false;
    }
  }

  /** Whether the due date has passed at {@code now}. */
  boolean isDueBefore(LocalDateTime now) {
    return dueDate != null && dueDate.isBefore(now);
  }

  /** Flags the case overdue, audited; false when it already was. */
  boolean flagOverdue(AuditTrail audit) {
    if (overdue) {
      return false;
    }
    audit.compare("overdue", false, true);
    overdue = true;
    return true;
  }

  public LocalDateTime getDueDate() {
    return dueDate;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public LocalDateTime getScheduledFor() {
    return scheduledFor;
  }

  public int getSchedulingCount() {
    return schedulingCount;
  }
}
