package br.com.atende.web.account;

import br.com.atende.cannedreply.application.CannedReplyRow;
import br.com.atende.cannedreply.application.CannedReplyService;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * "Respostas padrão" (seed 004 §4.1): the agent's own canned replies and, for a supervisor or an
 * administrator, the groups'; paged, with their form. The service decides who manages which.
 */
@Named
@ViewScoped
public class CannedRepliesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CannedReplyService cannedReplies;

  private final LazyDataModel<CannedReplyRow> replies =
      new PagedModel<>(
          request -> cannedReplies.manageable(request),
          () -> cannedReplies.countManageable().value(),
          CannedReplyRow::id);

  private List<Choice> groups;

  private Long id;
  private long version;
  private Long groupId;
  private String name;
  private String body;

  @PostConstruct
  void load() {
    groups = cannedReplies.groupsToManage();
  }

  public void edit(CannedReplyRow row) {
    id = row.id();
    version = row.version();
    groupId = row.groupId();
    name = row.name();
    body = row.body();
  }

  public void save() {
    try {
      cannedReplies.save(new CannedReplyRow(id, version, groupId, null, name, body));
      Feedback.info("cannedReply.saved", name);
      clear();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void delete(CannedReplyRow row) {
    try {
      cannedReplies.delete(row.id(), row.version());
      Feedback.info("cannedReply.deleted", row.name());
      if (row.id().equals(id)) {
        clear();
      }
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void clear() {
    id = null;
    version = 0;
    groupId = null;
    name = null;
    body = null;
  }

  public LazyDataModel<CannedReplyRow> getReplies() {
    return replies;
  }

  public List<Choice> getGroups() {
    return groups;
  }

  public boolean isEditing() {
    return id != null;
  }

  public Long getGroupId() {
    return groupId;
  }

  public void setGroupId(Long groupId) {
    this.groupId = groupId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
