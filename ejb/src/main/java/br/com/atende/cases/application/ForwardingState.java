package br.com.atende.cases.application;

import br.com.atende.cases.model.Case;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Permission;
import java.io.Serializable;

/**
 * What the viewer may do with a case's hands, for the case page: forward, return (and to whom),
 * link ("me vincular"), transfer; and the group holding it when no one agent does.
 */
public record ForwardingState(
    long version,
    boolean mayForward,
    boolean mayReturn,
    String returnToName,
    boolean mayLink,
    boolean mayTransfer,
    String holdingGroupName)
    implements Serializable {

  /** What this viewer may do with the hands of this case, as the case's rules say. */
  static ForwardingState of(Case supportCase, Agent viewer) {
    Agent returnTo = supportCase.getReturnTo();
    boolean inHands =
        supportCase.isHeldBy(viewer)
            || (supportCase.getHolder() == null
                && supportCase.getHoldingGroup() != null
                && supportCase.getHoldingGroup().hasMember(viewer));
    boolean mayReturn =
        supportCase.getStatus().isOpen()
            && inHands
            && returnTo != null
            && returnTo.isActive()
            && !returnTo.isSameAs(viewer);
    return new ForwardingState(
        supportCase.getVersion(),
        supportCase.mayBeForwardedBy(viewer),
        mayReturn,
        returnTo == null ? null : returnTo.getName(),
        supportCase.inQueueOf(viewer),
        viewer.may(Permission.CASE_TRANSFER) && supportCase.getStatus().isOpen(),
        supportCase.getHoldingGroup() == null ? null : supportCase.getHoldingGroup().getName());
  }
}
