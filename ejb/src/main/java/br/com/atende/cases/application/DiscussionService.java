package br.com.atende.cases.application;

import static br.com.atende.shared.InvalidInputException.requireValid;

import br.com.atende.cases.attachment.PostAttachments;
import br.com.atende.cases.bell.Bell;
import br.com.atende.cases.model.AccessRule;
import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.DiscussionEntry;
import br.com.atende.cases.model.SolutionEntry;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.CappedCount;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.PageRequest;
import br.com.atende.shared.RichText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The discussion of a case (SPEC C2): an append-only timeline, newest first, paged in the database.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class DiscussionService {

  private static final String SOLUTIONS_OF_VISIBLE_CASE =
      " FROM SolutionEntry s JOIN s.supportCase c JOIN s.author a"
          + " WHERE c.id = :case AND c.company.id = :company AND "
          + AccessRule.JPQL;

  @PersistenceContext private EntityManager em;

  @Inject private Conversations conversations;

  @Inject private AgentDirectory agents;

  @Inject private CaseAccess access;

  @Inject private Validator validator;

  @Inject private Clock clock;

  @Inject private PostAttachments attachments;

  @Inject private Bell bell;

  /**
   * Appends a note; its rich text is sanitized against the allow-list before it is stored. Its
   * attachments are stored with it, in the same transaction: a file refused refuses the note.
   */
  public void addNote(AddNoteCommand command) {
    requireValid(validator, command);
    String body = sanitizedNonEmpty(command.text());
    Agent author = agents.currentAgent();
    Case supportCase = access.visible(command.caseId(), author);
    supportCase.requireWritableBy(author);
    LocalDateTime now = LocalDateTime.now(clock);
    DiscussionEntry note =
        DiscussionEntry.note(
            supportCase, author, now, body, command.internal(), command.publishable());
    em.persist(note);
    attachments.attach(supportCase, note, author, now, command.attachments());
    bell.noteWritten(supportCase, body, author);
    access.recordFirstContact(supportCase, now);
    if (!command.internal()) {
      access.recordAgentReply(supportCase.getId());
    }
  }

  /** Appends a solution presented or a test made (the Solution tab), sanitized like notes. */
  public void addSolution(AddSolutionCommand command) {
    requireValid(validator, command);
    String body = sanitizedNonEmpty(command.text());
    Agent author = agents.currentAgent();
    Case supportCase = access.visible(command.caseId(), author);
    supportCase.requireWritableBy(author);
    LocalDateTime now = LocalDateTime.now(clock);
    em.persist(new SolutionEntry(supportCase, author, now, body));
    access.recordFirstContact(supportCase, now);
  }

  public List<SolutionItem> solutions(long caseId, PageRequest page) {
    Agent viewer = agents.currentAgent();
    return access
        .ofVisibleCase(
            "SELECT NEW br.com.atende.cases.application.SolutionItem(s.id, a.name, s.createdAt, s.body)"
                + SOLUTIONS_OF_VISIBLE_CASE
                + " ORDER BY s.createdAt DESC, s.id DESC",
            SolutionItem.class,
            caseId,
            viewer)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public long countSolutions(long caseId) {
    Agent viewer = agents.currentAgent();
    return access
        .ofVisibleCase("SELECT COUNT(s)" + SOLUTIONS_OF_VISIBLE_CASE, Long.class, caseId, viewer)
        .getSingleResult();
  }

  /**
   * An editor left empty ("
   *
   * <p><br>
   * ") is as empty as a blank field.
   */
  private static String sanitizedNonEmpty(String html) {
    String body = RichText.sanitize(html);
    if (RichText.visibleText(body).isEmpty()) {
      throw new InvalidInputException("text", "error.required");
    }
    return body;
  }

  /** One page of the discussion, newest first, each entry with its attachments. */
  public List<DiscussionItem> discussion(long caseId, PageRequest page) {
    Agent viewer = agents.currentAgent();
    long company = access.companyFor(caseId, viewer);
    List<DiscussionItem> entries =
        access
            .ofVisibleCase(
                "SELECT NEW br.com.atende.cases.application.DiscussionItem(d.id, d.kind, COALESCE(d.sender, a.name), d.createdAt,"
                    + " d.body, d.fromStatus, d.toStatus, d.internal, d.publishable,"
                    + " d.workflowStepId, s.name)"
                    + Conversations.OF_VISIBLE_STEPPED
                    + " ORDER BY d.createdAt DESC, d.id DESC",
                DiscussionItem.class,
                caseId,
                viewer,
                company)
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList();
    return conversations.withAttachments(entries, caseId, viewer, company);
  }

  /**
   * The conversation of a case, newest {@code size} entries before {@code before} (all of the
   * newest when null), returned oldest first as the page shows them; see {@link Conversations}.
   */
  public ConversationSlice conversation(long caseId, ConversationCursor before, int size) {
    Agent viewer = agents.currentAgent();
    // Up to three queries over the case (entries, their files, the count): one look-up of its
    // company.
    return conversations.of(caseId, access.companyFor(caseId, viewer), viewer, before, size);
  }

  /** How many entries the case has, capped (the table pages up to the cap). */
  public long countDiscussion(long caseId) {
    Agent viewer = agents.currentAgent();
    return CappedCount.count(
            access.ofVisibleCase(
                "SELECT d.id" + Conversations.OF_VISIBLE_CASE, Long.class, caseId, viewer))
        .value();
  }
}
