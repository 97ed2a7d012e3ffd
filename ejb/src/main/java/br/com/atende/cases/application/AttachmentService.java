package br.com.atende.cases.application;

import br.com.atende.cases.attachment.AttachmentStore;
import br.com.atende.cases.model.AccessRule;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The attachments of a case (SPEC C2): listed and downloaded only by an agent who may see the case,
 * with the access rule inside every query. Attachments are added with a note, by {@link
 * DiscussionService#addNote}.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class AttachmentService {

  static final String ITEM =
      "SELECT NEW br.com.atende.cases.application.AttachmentItem(f.id, e.id, f.fileName,"
          + " f.contentType, f.sizeBytes, u.name, f.uploadedAt)";

  static final String OF_VISIBLE_CASE =
      " FROM Attachment f JOIN f.supportCase c JOIN f.entry e JOIN f.uploadedBy u"
          + " WHERE c.id = :case AND c.company.id = :company AND "
          + AccessRule.JPQL;

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  @Inject private CaseAccess access;

  @Inject private AttachmentStore store;

  /** One page of the case's attachments, newest first. */
  public List<AttachmentItem> attachments(long caseId, PageRequest page) {
    Agent viewer = agents.currentAgent();
    return access
        .ofVisibleCase(
            ITEM + OF_VISIBLE_CASE + " ORDER BY f.uploadedAt DESC, f.id DESC",
            AttachmentItem.class,
            caseId,
            viewer)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public long countAttachments(long caseId) {
    Agent viewer = agents.currentAgent();
    return access
        .ofVisibleCase("SELECT COUNT(f)" + OF_VISIBLE_CASE, Long.class, caseId, viewer)
        .getSingleResult();
  }

  /**
   * An attachment of a case the viewer may see; one of a hidden case answers exactly as one that
   * does not exist.
   */
  public AttachmentDownload download(long attachmentId) {
    Agent viewer = agents.currentAgent();
    Object[] found =
        CaseAccess.withAccessRule(
                em.createQuery(
                    "SELECT f.fileName, f.contentType, f.sizeBytes, f.storageKey"
                        + " FROM Attachment f JOIN f.supportCase c"
                        + " WHERE f.id = :id AND c.company.id = :company AND "
                        + AccessRule.JPQL,
                    Object[].class),
                viewer)
            .setParameter("id", attachmentId)
            .setParameter("company", viewer.getCompany().getId())
            .getResultStream()
            .findFirst()
            .orElseThrow(NotFoundException::new);
    return new AttachmentDownload(
        (String) found[0],
        (String) found[1],
        ((Number) found[2]).longValue(),
        store.content((String) found[3]));
  }
}
