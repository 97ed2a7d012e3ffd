package br.com.atende.web.admin;

import br.com.atende.cases.intake.KeptAsideMessage;
import br.com.atende.cases.intake.MailboxForm;
import br.com.atende.cases.intake.MailboxOverview;
import br.com.atende.cases.intake.MailboxReview;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.primefaces.model.LazyDataModel;

/**
 * The support mailbox page's settings panel and list of messages kept aside: the inbound settings,
 * edited in a form whose password field is always empty (a blank one keeps the saved password), a
 * test of the connection, and the messages kept aside, paged in the database. The quarantine on the
 * same page is {@link br.com.atende.web.cases.QuarantineBacking}'s.
 */
@Named
@ViewScoped
public class MailboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MailboxReview review;

  private MailboxOverview overview;

  private String host;
  private Integer port;
  private String user;
  private String password;
  private String folder;
  private Integer pollSeconds;
  private boolean tls;

  private final LazyDataModel<KeptAsideMessage> keptAside =
      new PagedModel<>(
          page -> review.keptAside(page), () -> review.keptAsideCount(), KeptAsideMessage::id);

  @PostConstruct
  void load() {
    overview = review.overview();
    host = overview.host();
    port = overview.port() == null ? 143 : overview.port();
    user = overview.user();
    folder = overview.folder() == null ? "INBOX" : overview.folder();
    pollSeconds = Math.toIntExact(overview.pollSeconds());
    tls = overview.tls();
  }

  public void save() {
    try {
      review.save(new MailboxForm(host, port, user, password, folder, pollSeconds, tls));
      password = null;
      overview = review.overview();
      Feedback.info("mailbox.saved");
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void testConnection() {
    Optional<String> error = review.testConnection();
    if (error.isEmpty()) {
      Feedback.info("mailbox.connected");
    } else {
      Feedback.warn("mailbox.notConnected", error.get());
    }
  }

  public MailboxOverview getOverview() {
    return overview;
  }

  public LazyDataModel<KeptAsideMessage> getKeptAside() {
    return keptAside;
  }

  public String getHost() {
    return host;
  }

  public void setHost(String host) {
    this.host = host;
  }

  public Integer getPort() {
    return port;
  }

  public void setPort(Integer port) {
    this.port = port;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  /** Never the saved password: the field is always shown empty. */
  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getFolder() {
    return folder;
  }

  public void setFolder(String folder) {
    this.folder = folder;
  }

  public Integer getPollSeconds() {
    return pollSeconds;
  }

  public void setPollSeconds(Integer pollSeconds) {
    this.pollSeconds = pollSeconds;
  }

  public boolean isTls() {
    return tls;
  }

  public void setTls(boolean tls) {
    this.tls = tls;
  }
}
