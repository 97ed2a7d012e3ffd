package br.com.atende.web.cases.bell;

import br.com.atende.cases.bell.BellItem;
import br.com.atende.cases.bell.BellService;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The header's bell ({@code WEB-INF/templates/bell.xhtml}): its unread count and its panel. Reads
 * nothing while the page renders (the case page and the queue keep their statement budget): the
 * count comes by a small request once the page's bell socket is open, and again whenever it rings;
 * the panel's notifications are read when it is opened, a page at a time.
 */
@Named
@ViewScoped
public class BellBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private BellService bell;

  private final LazyDataModel<BellItem> notifications =
      new PagedModel<>(
          request -> bell.notifications(request), () -> bell.countNotifications(), BellItem::id);

  /** Null until the count was asked for; then "0" to "99+". */
  private String unread;

  private boolean open;

  /** The socket opened or rang: the count is read afresh. */
  public void refresh() {
    unread = bell.unread().label();
  }

  /** Opens or closes the panel; opening reads the count too, so both agree. */
  public void toggle() {
    open = !open;
    if (open) {
      refresh();
    }
  }

  /** Marks the notification read and goes to its case. */
  public String open(BellItem item) {
    try {
      long caseId = bell.open(item.id());
      return "/cases/view?faces-redirect=true&id=" + caseId;
    } catch (BusinessException e) {
      Feedback.error(e);
      return null;
    }
  }

  public void markRead(BellItem item) {
    try {
      bell.markRead(item.id());
    } catch (BusinessException e) {
      Feedback.error(e);
    }
    refresh();
  }

  public void markAllRead() {
    bell.markAllRead();
    refresh();
  }

  public boolean isOpen() {
    return open;
  }

  public String getUnread() {
    return unread;
  }

  /** Whether the count is known and something is unread: the badge shows only then. */
  public boolean isRinging() {
    return unread != null && !"0".equals(unread);
  }

  public LazyDataModel<BellItem> getNotifications() {
    return notifications;
  }
}
