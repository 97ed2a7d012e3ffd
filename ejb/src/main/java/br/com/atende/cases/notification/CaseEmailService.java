package br.com.atende.cases.notification;

import static br.com.atende.shared.InvalidInputException.requireValid;

import br.com.atende.cases.application.AttachmentItem;
import br.com.atende.cases.application.AttachmentService;
import br.com.atende.cases.application.CaseAccess;
import br.com.atende.cases.model.AccessRule;
import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.DiscussionEntry;
import br.com.atende.mail.application.ComposedEmail;
import br.com.atende.mail.application.EmailAddresses;
import br.com.atende.mail.application.Html;
import br.com.atende.mail.application.MailOutbox;
import br.com.atende.mail.application.MailSettings;
import br.com.atende.mail.application.MailTemplates;
import br.com.atende.mail.model.MailTemplate;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import br.com.atende.shared.RichText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * "Email about this case" (SPEC C6): to agents of the company and/or the client, with the parts of
 * the case and the files the agent chose, worded by the company's template (or the default one).
 * One outbox email per recipient, all queued with an EMAIL_SENT discussion entry in one
 * transaction.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class CaseEmailService {

  /** How many recipients one email may have, all lists together. */
  public static final int MAX_RECIPIENTS = 20;

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  @Inject private CaseAccess access;

  @Inject private MailOutbox outbox;

  @Inject private CaseMail caseMail;

  @Inject private MailTemplates templates;

  @Inject private AttachmentService attachments;

  @Inject private Validator validator;

  @Inject private Clock clock;

  /**
   * The agents of the viewer's company the form offers for copy, by name: those who may see the
   * case (SPEC C4), so that an email never carries a case to someone its level keeps it from.
   */
  public List<AgentAddress> agentsToCopy(long caseId) {
    Agent viewer = agents.currentAgent();
    Case supportCase = access.visible(caseId, viewer);
    return em.createQuery(
            "SELECT NEW br.com.atende.cases.notification.AgentAddress(a.id, a.name, a.email)"
                + " FROM Agent a WHERE a.company.id = :company AND a.apiClient = :apiClient"
                + " AND (a.clearance >= :level OR a.id = :holder) ORDER BY a.name",
            AgentAddress.class)
        .setParameter("company", viewer.getCompany().getId())
        .setParameter("apiClient", false)
        .setParameter("level", supportCase.getAccessLevel())
        .setParameter("holder", supportCase.getHolderId() == null ? -1L : supportCase.getHolderId())
        .getResultList();
  }

  /**
   * "Send opening email" again (SPEC C6), for a saved case with a contact the agent may see: queued
   * through the outbox and recorded as an EMAIL_SENT entry, like the first one. Returns the address
   * it goes to.
   */
  public String sendOpeningEmailAgain(long caseId) {
    Agent sender = agents.currentAgent();
    Case supportCase = access.visible(caseId, sender);
    if (supportCase.getContact() == null) {
      throw new InvalidInputException("contactId", "error.openingEmail.noContact");
    }
    if (!supportCase.getClientUpdates().isNotifyClient()) {
      throw new InvalidInputException("notifyClient", "error.caseEmail.clientNotificationsOff");
    }
    String address = caseMail.queueOpeningEmailAgain(supportCase, sender);
    if (address == null) {
      throw new InvalidInputException("contactId", "error.openingEmail.noAddress");
    }
    return address;
  }

  /** The client's address the email would go to, if any (for the form to show). */
  public Optional<String> clientAddress(long caseId) {
    Case supportCase = access.visible(caseId, agents.currentAgent());
    return CaseMail.clientOf(supportCase).map(CaseMail.ClientRecipient::address);
  }

  /**
   * Queues the email; returns how many recipients it goes to. The client and the typed addresses
   * read it in the client's language (pt-BR without a client); each chosen agent in its own (issue
   * 15: an agent's language is used for every email to it), so one wording per language.
   */
  public int send(SendCaseEmailCommand command) {
    requireValid(validator, command);
    Agent sender = agents.currentAgent();
    Case supportCase = access.visible(command.caseId(), sender);
    String language = "pt-BR";
    Set<String> clientSide = new LinkedHashSet<>();
    if (command.toClient()) {
      if (!supportCase.getClientUpdates().isNotifyClient()) {
        throw new InvalidInputException("notifyClient", "error.caseEmail.clientNotificationsOff");
      }
      CaseMail.ClientRecipient client =
          CaseMail.clientOf(supportCase)
              .orElseThrow(
                  () -> new InvalidInputException("toClient", "error.caseEmail.noClientAddress"));
      clientSide.add(client.address());
      language = client.language();
    }
    List<AgentRecipient> chosen = agentAddresses(command.agentIds(), sender, supportCase);
    List<String> typed = typedAddresses(command.otherAddresses());
    checkNoAgentBelowLevel(typed, supportCase);
    // Each address once (client, chosen agents, typed), in the language of the first way it was
    // named; null: the client's.
    Map<String, String> languageOf = new LinkedHashMap<>();
    clientSide.forEach(address -> languageOf.put(address, null));
    chosen.forEach(agent -> languageOf.putIfAbsent(agent.address(), agent.language()));
    typed.forEach(address -> languageOf.putIfAbsent(address, null));
    Set<String> recipients = languageOf.keySet();
    if (recipients.isEmpty()) {
      throw new InvalidInputException("recipients", "error.caseEmail.noRecipient");
    }
    if (recipients.size() > MAX_RECIPIENTS) {
      throw new InvalidInputException(
          "recipients", "error.caseEmail.tooManyRecipients", MAX_RECIPIENTS);
    }
    List<Long> files = checkedFiles(command.caseId(), command.attachmentIds(), sender);

    Map<String, ComposedEmail> wordings = new HashMap<>();
    ComposedEmail email = compose(supportCase, command, sender, language);
    wordings.put(language, email);
    Locale locale = Locale.forLanguageTag(language);
    ResourceBundle text = CaseMail.bundle(locale);
    LocalDateTime now = LocalDateTime.now(clock);
    DiscussionEntry entry =
        DiscussionEntry.emailSent(
            supportCase,
            sender,
            now,
            "<p>"
                + Html.escape(
                    new MessageFormat(text.getString("caseEmail.sent"), locale)
                        .format(new Object[] {String.join(", ", recipients), email.subject()}))
                + "</p>"
                + RichText.sanitize(email.html()));
    em.persist(entry);
    em.flush();
    int n = 0;
    for (Map.Entry<String, String> recipient : languageOf.entrySet()) {
      String itsLanguage = recipient.getValue() == null ? language : recipient.getValue();
      outbox.queueWrittenByAgent(
          "case-email:" + supportCase.getId() + ":" + entry.getId() + ":" + n++,
          supportCase.getId(),
          recipient.getKey(),
          wordings.computeIfAbsent(
              itsLanguage, other -> compose(supportCase, command, sender, other)),
          files);
    }
    return recipients.size();
  }

  /** The email in one language: the company's wording of it, the parts the agent chose. */
  private ComposedEmail compose(
      Case supportCase, SendCaseEmailCommand command, Agent sender, String language) {
    Locale locale = Locale.forLanguageTag(language);
    ResourceBundle text = CaseMail.bundle(locale);
    MailTemplates.Wording wording =
        templates.wording(supportCase.getCompany(), MailTemplate.CASE_EMAIL, language);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("caseNumber", supportCase.getNumber());
    values.put("subject", supportCase.getSubject());
    values.put("party", supportCase.getParty().getName());
    values.put("agent", sender.getName());
    values.put("company", supportCase.getCompany().getName());
    values.put("message", command.message() == null ? "" : command.message().strip());
    values.put(
        "parts",
        withInformationalStatus(
            parts(supportCase, command.parts(), text, locale), supportCase, text, locale));
    return MailTemplates.render(wording, values);
  }

  /** An agent chosen from the list: where its copy goes, and the language it reads. */
  private record AgentRecipient(String address, String language) {}

  private List<AgentRecipient> agentAddresses(List<Long> agentIds, Agent sender, Case supportCase) {
    if (agentIds == null || agentIds.isEmpty()) {
      return List.of();
    }
    List<Object[]> found =
        em.createQuery(
                "SELECT a.id, a.email, a.clearance, a.name, a.language FROM Agent a"
                    + " WHERE a.id IN :ids AND a.company.id = :company AND a.apiClient = :apiClient",
                Object[].class)
            .setParameter("apiClient", false)
            .setParameter("ids", agentIds)
            .setParameter("company", sender.getCompany().getId())
            .getResultList();
    if (found.size() != new LinkedHashSet<>(agentIds).size()) {
      throw new InvalidInputException("agentIds", "error.caseEmail.unknownAgent");
    }
    for (Object[] agent : found) {
      if (!maySee(supportCase, (Long) agent[0], (Integer) agent[2])) {
        throw new InvalidInputException("agentIds", "error.caseEmail.agentBelowLevel", agent[3]);
      }
    }
    return found.stream()
        .flatMap(
            agent ->
                EmailAddresses.valid((String) agent[1]).stream()
                    .map(address -> new AgentRecipient(address, (String) agent[4])))
        .toList();
  }

  /**
   * A typed address is no way round the level: one that is an agent's who may not see the case is
   * refused as the list's would be.
   */
  private void checkNoAgentBelowLevel(List<String> typed, Case supportCase) {
    if (typed.isEmpty()) {
      return;
    }
    List<String> lowered = typed.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
    for (Object[] agent :
        em.createQuery(
                "SELECT a.id, a.clearance, a.email FROM Agent a WHERE LOWER(a.email) IN :addresses",
                Object[].class)
            .setParameter("addresses", lowered)
            .getResultList()) {
      if (!maySee(supportCase, (Long) agent[0], (Integer) agent[1])) {
        throw new InvalidInputException(
            "otherAddresses", "error.caseEmail.agentBelowLevel", agent[2]);
      }
    }
  }

  private static boolean maySee(Case supportCase, long agentId, int clearance) {
    return AccessRule.maySee(
        clearance, agentId, supportCase.getAccessLevel(), supportCase.getHolderId());
  }

  /** Every typed address must be valid on its own; the first that is not is named. */
  static List<String> typedAddresses(String typed) {
    List<String> valid = new ArrayList<>();
    if (typed == null || typed.isBlank()) {
      return valid;
    }
    for (String candidate : typed.strip().split("[,;\\s]+")) {
      valid.add(
          EmailAddresses.valid(candidate)
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "otherAddresses", "error.caseEmail.invalidAddress", candidate)));
    }
    return valid;
  }

  /** The files must be the case's, and within the size cap all together. */
  private List<Long> checkedFiles(long caseId, List<Long> attachmentIds, Agent sender) {
    if (attachmentIds == null || attachmentIds.isEmpty()) {
      return List.of();
    }
    List<Long> ids = List.copyOf(new LinkedHashSet<>(attachmentIds));
    List<Object[]> found =
        em.createQuery(
                "SELECT f.id, f.sizeBytes FROM Attachment f"
                    + " WHERE f.id IN :ids AND f.supportCase.id = :case",
                Object[].class)
            .setParameter("ids", ids)
            .setParameter("case", caseId)
            .getResultList();
    if (found.size() != ids.size()) {
      throw new NotFoundException();
    }
    long total = found.stream().mapToLong(r -> ((Number) r[1]).longValue()).sum();
    if (total > MailSettings.attachmentCap()) {
      throw new InvalidInputException(
          "attachmentIds",
          "error.caseEmail.attachmentsTooLarge",
          MailSettings.attachmentCap() / (1024 * 1024));
    }
    return ids;
  }

  /** The chosen parts, each under its heading, in a fixed order. */
  private String parts(
      Case supportCase, Set<CaseEmailPart> chosen, ResourceBundle text, Locale locale) {
    Set<CaseEmailPart> parts =
        chosen == null || chosen.isEmpty()
            ? EnumSet.noneOf(CaseEmailPart.class)
            : EnumSet.copyOf(chosen);
    StringBuilder out = new StringBuilder();
    for (CaseEmailPart part : parts) {
      out.append(text.getString("caseEmail.part." + part)).append('\n');
      out.append(partText(supportCase, part, text, locale)).append("\n\n");
    }
    return out.toString().strip();
  }

  /**
   * The started informational status (seed 004 §4.5) closes every case email: the client (and the
   * colleagues copied) see where the case stands. Plain text, escaped with the rest of the parts.
   */
  private static String withInformationalStatus(
      String parts, Case supportCase, ResourceBundle text, Locale locale) {
    InformationalStatus status = InformationalStatus.of(supportCase);
    if (status == null || !status.started()) {
      return parts;
    }
    String line =
        new MessageFormat(text.getString("caseEmail.informationalStatus"), locale)
            .format(
                new Object[] {status.status(), status.message() == null ? "" : status.message()})
            .strip();
    return parts.isEmpty() ? line : parts + "\n\n" + line;
  }

  private String partText(
      Case supportCase, CaseEmailPart part, ResourceBundle text, Locale locale) {
    switch (part) {
      case REQUEST:
        return supportCase.getRequest();
      case SOLUTION:
        return em.createQuery(
                "SELECT s.body FROM SolutionEntry s WHERE s.supportCase.id = :case"
                    + " ORDER BY s.createdAt DESC, s.id DESC",
                String.class)
            .setParameter("case", supportCase.getId())
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .map(RichText::visibleText)
            .orElse(text.getString("caseEmail.noSolution"));
      case SUMMARY:
        return new MessageFormat(text.getString("caseEmail.summary"), locale)
            .format(
                new Object[] {
                  supportCase.getNumber(),
                  text.getString("status." + supportCase.getStatus().name()),
                  supportCase.getParty().getName(),
                  supportCase
                      .getOpenedAt()
                      .format(
                          DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                              .withLocale(locale)),
                  supportCase.getHolder() == null
                      ? text.getString("caseEmail.noHolder")
                      : supportCase.getHolder().getName()
                });
      default:
        throw new IllegalArgumentException(part.name());
    }
  }

  /** For the form: the case's files (the Attachments tab's list), up to 200. */
  public List<AttachmentItem> filesOf(long caseId) {
    return attachments.attachments(caseId, PageRequest.of(0, 200));
  }
}
