package br.com.atende.web.admin;

import br.com.atende.administration.application.GroupMembership;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The members panel of the agent groups page, opened from a group of the list: its members paged in
 * the database, one added by login, one taken out.
 */
@Named
@ViewScoped
public class GroupMembersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private GroupMembership membership;

  private Long groupId;

  private String groupName;

  private String login;

  private final LazyDataModel<Choice> members =
      new PagedModel<>(
          page -> membership.members(groupId, page), () -> membership.count(groupId), Choice::id);

  public void open(long id, String name) {
    groupId = id;
    groupName = name;
    login = null;
  }

  public void add() {
    try {
      membership.add(groupId, login);
      Feedback.info("groups.memberAdded", login, groupName);
      login = null;
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void remove(long agentId, String member) {
    try {
      membership.remove(groupId, agentId);
      Feedback.info("groups.memberRemoved", member, groupName);
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public boolean isShowing() {
    return groupId != null;
  }

  public String getGroupName() {
    return groupName;
  }

  public LazyDataModel<Choice> getMembers() {
    return members;
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }
}
