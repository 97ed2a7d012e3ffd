package br.com.atende.web.cases;

import br.com.atende.cases.application.CaseStatusService;
import br.com.atende.cases.application.ChangeStatusCommand;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.DueDateRule;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.LongSupplier;

/** The case page's status dialog and voicemail actions of the header. */
@Named
@ViewScoped
public class CaseStatusBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseBacking page;

  @Inject private CaseStatusService statuses;

  private CaseStatus targetStatus;
  private LocalDateTime scheduledFor;
  private String statusNote;
  private LocalDate agreedDate;

  /** Changes the status; a date typed for another status chosen before is not sent. */
  public void changeStatus() {
    try {
      statuses.changeStatus(
          new ChangeStatusCommand(
              page.getId(),
              page.getDetails().version(),
              targetStatus,
              isAskingVisit() ? scheduledFor : null,
              statusNote,
              isAskingAgreedDate() ? agreedDate : null));
      Feedback.info("view.status.done", Feedback.text("status." + targetStatus));
      targetStatus = null;
      scheduledFor = null;
      statusNote = null;
      agreedDate = null;
      page.refresh();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void recordVoicemail() {
    act(() -> statuses.recordVoicemail(page.getId(), page.getDetails().version()));
  }

  public void clearVoicemail() {
    act(() -> statuses.clearVoicemail(page.getId(), page.getDetails().version()));
  }

  private void act(LongSupplier action) {
    try {
      action.getAsLong();
      Feedback.info("view.voicemail.done");
      page.refresh();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public CaseStatus getTargetStatus() {
    return targetStatus;
  }

  public void setTargetStatus(CaseStatus targetStatus) {
    this.targetStatus = targetStatus;
  }

  /** The dialog asks for the visit only when the case is to be scheduled. */
  public boolean isAskingVisit() {
    return targetStatus != null && DueDateRule.asksForVisit(targetStatus);
  }

  /** The dialog asks for the date agreed only when the case is to wait on a third party. */
  public boolean isAskingAgreedDate() {
    return targetStatus != null && DueDateRule.asksForAgreedDate(targetStatus);
  }

  public boolean isDueNextWorkingDay() {
    return targetStatus != null && DueDateRule.dueNextWorkingDay(targetStatus);
  }

  public LocalDateTime getScheduledFor() {
    return scheduledFor;
  }

  public void setScheduledFor(LocalDateTime scheduledFor) {
    this.scheduledFor = scheduledFor;
  }

  public LocalDate getAgreedDate() {
    return agreedDate;
  }

  public void setAgreedDate(LocalDate agreedDate) {
    this.agreedDate = agreedDate;
  }

  public String getStatusNote() {
    return statusNote;
  }

  public void setStatusNote(String statusNote) {
    this.statusNote = statusNote;
  }
}
