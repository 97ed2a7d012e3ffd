package br.com.atende.web.admin;

import br.com.atende.mail.application.OutboxEntry;
import br.com.atende.mail.application.OutboxQuery;
import br.com.atende.shared.PageRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The outbox page: pending, sent and failed email, paged in the database, and one email's text on demand. */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OutboxQuery outbox;

  private String shownText;

  private final LazyDataModel<OutboxEntry> emails =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return Math.toIntExact(outbox.count());
        }

        @Override
        public List<OutboxEntry> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
          return outbox.list(PageRequest.of(first, pageSize));
        }

        @Override
        public String getRowKey(OutboxEntry row) {
          return String.valueOf(row.id());
        }
      };

  public void show(long emailId) {
    shownText = outbox.text(emailId);
  }

  public LazyDataModel<OutboxEntry> getEmails() {
    return emails;
  }

  public String getShownText() {
    return shownText;
  }
}
