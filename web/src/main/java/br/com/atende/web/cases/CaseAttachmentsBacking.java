package br.com.atende.web.cases;

import br.com.atende.cases.application.AttachmentItem;
import br.com.atende.cases.application.AttachmentService;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** The attachments tab: every file of the case, paged. */
@Named
@ViewScoped
public class CaseAttachmentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseBacking page;

  @Inject private AttachmentService attachmentService;

  private final LazyDataModel<AttachmentItem> attachments =
      new PagedModel<>(
          request -> attachmentService.attachments(page.getId(), request),
          () -> attachmentService.countAttachments(page.getId()),
          AttachmentItem::id);

  public LazyDataModel<AttachmentItem> getAttachments() {
    return attachments;
  }
}
