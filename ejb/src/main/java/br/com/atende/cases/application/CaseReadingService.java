package br.com.atende.cases.application;

import br.com.atende.cases.audit.CaseReadings;
import br.com.atende.cases.model.AccessRule;
import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.StatusTransitions;
import br.com.atende.cases.notification.InformationalStatus;
import br.com.atende.catalog.application.CatalogService;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.party.model.Contact;
import br.com.atende.party.model.Party;
import br.com.atende.shared.CappedCount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the panels of the case page that open with it: one call per panel, each returning its rows
 * and capped counts together. The case is loaded once per call through the access rule; its
 * associations are reference data from the shared cache, so a panel costs a handful of indexed
 * statements whatever the size of the client's or the department's history.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class CaseReadingService {

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  @Inject private CaseAccess access;

  @Inject private CatalogService catalog;

  @Inject private Conversations conversations;

  @Inject private CaseReadings readings;

  /**
   * What the case page opens with, in one call: the header, the newest {@code entries} of the
   * conversation and the side panel. One transaction, one look-up of the agent and of the case
   * through the access rule for the three (each opening of the page paid for three before).
   */
  public CaseOpening opening(long caseId, int entries) {
    Agent viewer = agents.currentAgent();
    Case supportCase = access.visible(caseId, viewer);
    readings.record(caseId, viewer.getId());
    return new CaseOpening(
        header(supportCase, viewer),
        conversations.of(caseId, supportCase.getCompany().getId(), viewer, null, entries),
        sidePanel(supportCase, viewer));
  }

  /**
   * The header: facts, next statuses, forwarding state; "not found" when the viewer may not see it.
   */
  public CaseHeader header(long caseId) {
    Agent viewer = agents.currentAgent();
    return header(access.visible(caseId, viewer), viewer);
  }

  /** The side panel: client card, related cases, escalation children and parent. */
  public CaseSidePanel sidePanel(long caseId) {
    Agent viewer = agents.currentAgent();
    return sidePanel(access.visible(caseId, viewer), viewer);
  }

  private CaseHeader header(Case supportCase, Agent viewer) {
    CaseStatus status = supportCase.getStatus();
    Long holderId = supportCase.getHolder() == null ? null : supportCase.getHolder().getId();
    Set<CaseStatus> next =
        StatusTransitions.from(status).stream()
            .filter(target -> Case.mayBeMoved(status, holderId, viewer, target))
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseStatus.class)));
    boolean customFields =
        supportCase.getCaseType() != null
            && catalog.hasActiveCustomFields(supportCase.getCaseType().getId());
    return new CaseHeader(
        viewer.getId(),
        CaseDetails.of(supportCase),
        next,
        ForwardingState.of(supportCase, viewer),
        customFields,
        supportCase.mayBeWrittenBy(viewer),
        viewer.may(Permission.CASE_DELETE),
        supportCase.getClientUpdates().isNotifyClient(),
        InformationalStatus.of(supportCase),
        viewer.isEmailOnClientReply());
  }

  private CaseSidePanel sidePanel(Case supportCase, Agent viewer) {
    List<CaseSummary> related =
        linked(CaseLinkService.RELATED, supportCase, viewer, CaseSidePanel.SHOWN);
    List<CaseSummary> children =
        linked(CaseLinkService.CHILDREN, supportCase, viewer, CaseSidePanel.SHOWN);
    CaseSummary parent =
        supportCase.getParentCaseId() == null
            ? null
            : linked(CaseLinkService.PARENT, supportCase, viewer, 1).stream()
                .findFirst()
                .orElse(null);
    return new CaseSidePanel(
        clientCard(supportCase, viewer),
        related,
        countLinked(CaseLinkService.RELATED, related, supportCase, viewer),
        children,
        countLinked(CaseLinkService.CHILDREN, children, supportCase, viewer),
        parent);
  }

  private ClientCard clientCard(Case supportCase, Agent viewer) {
    Party party = supportCase.getParty();
    Contact contact = supportCase.getContact();
    CappedCount openCases =
        CappedCount.count(
            CaseAccess.withAccessRule(
                    em.createQuery(
                        "SELECT c.id FROM Case c WHERE c.client.party.id = :party AND c.company.id = :company"
                            + " AND c.status IN :open AND "
                            + AccessRule.JPQL,
                        Long.class),
                    viewer)
                .setParameter("party", party.getId())
                .setParameter("company", supportCase.getCompany().getId())
                .setParameter("open", List.copyOf(CaseStatus.openStates())),
            ClientCard.OPEN_CASES_CAP);
    return new ClientCard(
        party.getId(),
        party.getKind(),
        party.getName(),
        party.getTaxId(),
        party.getEmail(),
        party.getPhone(),
        contact == null ? null : contact.getName(),
        contact == null ? null : contact.getEmail(),
        contact == null ? null : contact.getPhone(),
        openCases);
  }

  /** The first linked cases; the count is read only when the panel is full. */
  private CappedCount countLinked(
      String from, List<CaseSummary> shown, Case supportCase, Agent viewer) {
    if (shown.size() < CaseSidePanel.SHOWN) {
      return CappedCount.of(shown.size());
    }
    return CappedCount.count(ofCase("SELECT c.id" + from, Long.class, supportCase, viewer));
  }

  private List<CaseSummary> linked(String from, Case supportCase, Agent viewer, int size) {
    return ofCase(
            CaseSummary.SELECT + from + " ORDER BY c.openedAt DESC, c.id DESC",
            CaseSummary.class,
            supportCase,
            viewer)
        .setMaxResults(size)
        .getResultList();
  }

  /**
   * A query over cases linked to one the viewer has been found to see: that case's company is the
   * one the link queries restrict to, so no second look-up of it is needed.
   */
  private <T> TypedQuery<T> ofCase(String jpql, Class<T> type, Case supportCase, Agent viewer) {
    return CaseAccess.withAccessRule(em.createQuery(jpql, type), viewer)
        .setParameter("case", supportCase.getId())
        .setParameter("company", supportCase.getCompany().getId());
  }
}
