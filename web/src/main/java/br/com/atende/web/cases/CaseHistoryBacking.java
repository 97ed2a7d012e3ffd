package br.com.atende.web.cases;

import br.com.atende.cases.application.AuditItem;
import br.com.atende.cases.application.CaseReader;
import br.com.atende.cases.application.CaseReaderService;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseStatusService;
import br.com.atende.cases.application.StatusHistoryItem;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The history tabs (status history, audit trail and, for supervisors, who read the case), read only
 * when a tab is opened.
 */
@Named
@ViewScoped
public class CaseHistoryBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseBacking page;

  @Inject private CaseService cases;

  @Inject private CaseStatusService statuses;

  @Inject private CaseReaderService readerService;

  private final LazyDataModel<AuditItem> audit =
      new PagedModel<>(
          request -> cases.auditTrail(page.getId(), request),
          () -> cases.countAuditTrail(page.getId()),
          item -> item.changedAt() + item.field() + item.newValue());

  private final LazyDataModel<StatusHistoryItem> statusHistory =
      new PagedModel<>(
          request -> statuses.statusHistory(page.getId(), request),
          () -> statuses.countStatusHistory(page.getId()),
          item -> item.changedAt() + item.toStatus().name());

  private final LazyDataModel<CaseReader> readers =
      new PagedModel<>(
          request -> readerService.readers(page.getId(), request),
          () -> readerService.countReaders(page.getId()).value(),
          CaseReader::id);

  public LazyDataModel<CaseReader> getReaders() {
    return readers;
  }

  public LazyDataModel<AuditItem> getAudit() {
    return audit;
  }

  public LazyDataModel<StatusHistoryItem> getStatusHistory() {
    return statusHistory;
  }
}
