package br.com.atende.cases.model;

import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.AgentGroup;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Permission;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Identified;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;

/**
 * Whose hands a case is in (SPEC C5): one agent (its holder); or, while no one agent holds it, a
 * group, whose members all see it as new; or nobody, and it waits in its department's queue. Also
 * who a return ("repassar de volta") gives it back to. The forwarding rules that depend on these
 * hands alone live here; the case adds its status, its department and the history rows.
 *
 * <p>The case keeps read-only copies of the holder's and the group's ids for queries ({@code
 * c.holderId}): see {@link Case}.
 */
@Embeddable
public class Custody implements Serializable {

  @ManyToOne
  @JoinColumn(name = "holder_id")
  private Agent holder;

  /** The group the case was forwarded to while no one agent holds it (SPEC C5). */
  @ManyToOne
  @JoinColumn(name = "holding_group_id")
  private AgentGroup holdingGroup;

  /** Who a return ("repassar de volta") gives the case back to: who last forwarded it. */
  @ManyToOne
  @JoinColumn(name = "return_to_id")
  private Agent returnTo;

  /** Nobody's hands: a case waiting in its department's queue. */
  protected Custody() {}

  /** The hands of a case being opened: its holder's, or nobody's when none is given. */
  static Custody of(Agent holder) {
    Custody custody = new Custody();
    if (holder != null) {
      custody.holder = holder;
    }
    return custody;
  }

  /** Whether this agent holds the case. */
  public boolean isHeldBy(Agent agent) {
    return holder != null && holder.isSameAs(agent);
  }

  /** Whether one agent holds the case. */
  public boolean isHeld() {
    return holder != null;
  }

  /** Whether this group, and no one agent, holds the case. */
  boolean isHeldByGroup(AgentGroup group) {
    return holder == null && holdingGroup != null && Identified.same(holdingGroup, group);
  }

  /**
   * Whether the case, unheld, waits for this agent: in its group's queue when a group holds it, in
   * its department's queue when none does.
   */
  boolean waitsFor(Agent agent, Department department) {
    if (holder != null) {
      return false;
    }
    return holdingGroup != null
        ? holdingGroup.hasMember(agent)
        : Identified.same(department, agent.getDepartment());
  }

  /**
   * Whether the case is in the agent's hands (SPEC C5): held by it, waiting for it, or of the
   * department it supervises.
   */
  boolean inHandsOf(Agent agent, Department department) {
    return isHeldBy(agent) || agent.leads(department) || waitsFor(agent, department);
  }

  /**
   * Whether the agent may write to the case (issue 16): its holder; while no one agent holds it,
   * whoever it waits for (a member of the group holding it or, when no group does, an agent of its
   * department, whose queue is then its holder); or a supervisor of its department. Seeing a case
   * is not enough to add to it.
   */
  boolean writableBy(Agent agent, Department department) {
    return isHeldBy(agent) || waitsFor(agent, department) || agent.leads(department);
  }

  /** Forwarding needs the CASE_FORWARD permission and the case in the forwarder's hands. */
  void checkMayForward(Agent by, Department department) {
    if (!by.may(Permission.CASE_FORWARD)) {
      throw new BusinessException("error.forward.notPermitted", null);
    }
    if (!inHandsOf(by, department)) {
      throw new BusinessException("error.forward.notHolder", "holder");
    }
  }

  /**
   * Who a return by this agent gives the case back to: its holder (or, while a group holds it, a
   * member) returns it, with or without the forward permission, to who last forwarded it, if that
   * agent is active and someone else.
   */
  Agent returnedBy(Agent by) {
    boolean inHands =
        isHeldBy(by) || (holder == null && holdingGroup != null && holdingGroup.hasMember(by));
    if (!inHands) {
      throw new BusinessException("error.return.notHolder", "holder");
    }
    if (returnTo == null || returnTo.isSameAs(by) || !returnTo.isActive()) {
      throw new BusinessException("error.return.nobody", "holder");
    }
    return returnTo;
  }

  /** An agent links ("me vincular") only an unheld case that waits for it. */
  void checkMayLink(Agent by, Department department) {
    if (holder != null) {
      throw new BusinessException("error.link.held", "holder");
    }
    if (!waitsFor(by, department)) {
      throw new BusinessException("error.link.notYourQueue", "holder");
    }
  }

  /** The agent now holds the case, and no group does. */
  void handTo(Agent agent) {
    holder = agent;
    holdingGroup = null;
  }

  /** The group now holds the case, and no one agent does. */
  void handTo(AgentGroup group) {
    holder = null;
    holdingGroup = group;
  }

  /** Nobody holds the case: it waits in its department's queue. */
  void release() {
    holder = null;
    holdingGroup = null;
  }

  /** A later return gives the case back to this agent. */
  void returnsTo(Agent forwarder) {
    returnTo = forwarder;
  }

  public Agent getHolder() {
    return holder;
  }

  public AgentGroup getHoldingGroup() {
    return holdingGroup;
  }

  public Agent getReturnTo() {
    return returnTo;
  }
}
