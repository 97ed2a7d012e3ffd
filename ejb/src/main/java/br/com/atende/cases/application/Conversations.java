package br.com.atende.cases.application;

import br.com.atende.cases.model.AccessRule;
import br.com.atende.organization.model.Agent;
import br.com.atende.shared.CappedCount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a case's conversation within the caller's transaction: for {@link DiscussionService} when
 * an agent asks for earlier entries, and for {@link CaseReadingService} when the case page opens
 * with the newest ones, its header and its side panel in one call.
 */
@Dependent
public class Conversations {

  static final String OF_VISIBLE_CASE =
      " FROM DiscussionEntry d JOIN d.supportCase c JOIN d.author a"
          + " WHERE c.id = :case AND c.company.id = :company AND "
          + AccessRule.JPQL;

  /**
   * {@link #OF_VISIBLE_CASE} with the name of the step each entry was written at: the step is named
   * by id (the workflow area reads cases, not the other way round), so it is joined on the id.
   */
  static final String OF_VISIBLE_STEPPED =
      " FROM DiscussionEntry d JOIN d.supportCase c JOIN d.author a"
          + " LEFT JOIN WorkflowStep s ON s.id = d.workflowStepId"
          + " WHERE c.id = :case AND c.company.id = :company AND "
          + AccessRule.JPQL;

  @Inject private CaseAccess access;

  @PersistenceContext private EntityManager em;

  /**
   * The newest {@code size} entries before {@code before} (all of the newest when null), returned
   * oldest first as the page shows them, of a case of {@code company} (see {@link
   * CaseAccess#companyFor}). Keyset paging over the index on (case, time): a case with 10,000
   * entries opens as fast as one with ten. The newest slice also carries the case's number of
   * entries, capped. Up to three queries: the entries, their files, the count.
   */
  ConversationSlice of(
      long caseId, long company, Agent viewer, ConversationCursor before, int size) {
    String earlier =
        before == null
            ? ""
            : " AND (d.createdAt < :at OR (d.createdAt = :at AND d.id < :beforeId))";
    TypedQuery<DiscussionItem> query =
        access.ofVisibleCase(
            "SELECT NEW br.com.atende.cases.application.DiscussionItem(d.id, d.kind, COALESCE(d.sender, a.name), d.createdAt,"
                + " d.body, d.fromStatus, d.toStatus, d.internal, d.publishable,"
                + " d.workflowStepId, s.name)"
                + OF_VISIBLE_STEPPED
                + earlier
                + " ORDER BY d.createdAt DESC, d.id DESC",
            DiscussionItem.class,
            caseId,
            viewer,
            company);
    if (before != null) {
      query.setParameter("at", before.createdAt()).setParameter("beforeId", before.id());
    }
    List<DiscussionItem> newestFirst = query.setMaxResults(size + 1).getResultList();
    boolean hasEarlier = newestFirst.size() > size;
    List<DiscussionItem> shown =
        new ArrayList<>(newestFirst.subList(0, Math.min(size, newestFirst.size())));
    Collections.reverse(shown);
    CappedCount total =
        before != null ? null : hasEarlier ? entriesOf(caseId) : CappedCount.of(shown.size());
    return new ConversationSlice(
        withAttachments(shown, caseId, viewer, company), hasEarlier, total);
  }

  /**
   * The case's entries counted by the database up to the cap: one row back instead of the 1,001 ids
   * a count through JPQL reads (JPQL has no limit in a subquery), which was the largest single cost
   * of opening a long case. Reached only when the access-ruled query above found more than a page,
   * so the case is one the viewer may see; every entry of a visible case counts.
   */
  private CappedCount entriesOf(long caseId) {
    Number found =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM (SELECT 1 FROM discussion_entry WHERE case_id = ?1 LIMIT "
                        + (CappedCount.CAP + 1)
                        + ") capped")
                .setParameter(1, caseId)
                .getSingleResult();
    return CappedCount.of(found.longValue());
  }

  /** The attachments of a whole page of entries, in one query. */
  List<DiscussionItem> withAttachments(
      List<DiscussionItem> entries, long caseId, Agent viewer, long company) {
    if (entries.isEmpty()) {
      return entries;
    }
    Map<Long, List<AttachmentItem>> byEntry =
        access
            .ofVisibleCase(
                AttachmentService.ITEM
                    + AttachmentService.OF_VISIBLE_CASE
                    + " AND e.id IN :entries ORDER BY f.id",
                AttachmentItem.class,
                caseId,
                viewer,
                company)
            .setParameter("entries", entries.stream().map(DiscussionItem::id).toList())
            .getResultList()
            .stream()
            .collect(Collectors.groupingBy(AttachmentItem::entryId));
    return entries.stream()
        .map(entry -> entry.withAttachments(byEntry.getOrDefault(entry.id(), List.of())))
        .toList();
  }
}
