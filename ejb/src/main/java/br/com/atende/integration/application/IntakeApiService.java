package br.com.atende.integration.application;

import br.com.atende.cases.application.AppendCommand;
import br.com.atende.cases.application.CaseAccess;
import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseLinkService;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseSummary;
import br.com.atende.cases.application.ConversationCursor;
import br.com.atende.cases.application.ConversationSlice;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.application.OpenCaseCommand;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.application.OpeningDefaults;
import br.com.atende.cases.model.AccessRule;
import br.com.atende.cases.model.ChatTranscript;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import br.com.atende.integration.model.ApiClient;
import br.com.atende.integration.model.ApiScope;
import br.com.atende.integration.model.IdempotentRequest;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Role;
import br.com.atende.party.application.LookupBy;
import br.com.atende.party.application.PartyOption;
import br.com.atende.party.application.PartyService;
import br.com.atende.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The intake API's calls (SPEC C11), each run as the client's agent through the same case and party
 * services the pages use, so the access rule, the write rule and the validations are theirs. Checks
 * the client's scope first. Every POST is idempotent by its key: its result is recorded in its own
 * transaction, and the primary key of that record decides between two retries racing.
 */
@Stateless
@RolesAllowed(Role.Names.AGENT)
public class IntakeApiService {

  /** The most cases one page of the list holds. */
  public static final int MAX_PAGE = 100;

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  @Inject private CaseService cases;

  @Inject private CaseLinkService links;

  @Inject private DiscussionService discussion;

  @Inject private PartyService parties;

  @Inject private Clock clock;

  @Inject private CaseAccess access;

  /** Opens a case, with the chat transcript as its first entry when one comes with it. */
  public IntakeResult open(String key, String requestHash, ApiOpening opening) {
    return idempotent(
        key,
        requestHash,
        () -> {
          OpenedCase opened = cases.open(command(opening));
          if (opening.transcript() != null) {
            links.appendTranscript(opened.id(), opening.partyId(), opening.transcript());
          }
          return opened.id();
        });
  }

  /** Appends a new contact from the client to one of its open cases (seed 001 §1.2). */
  public IntakeResult appendContact(
      String key, String requestHash, long caseId, Long partyId, String channel, String text) {
    return idempotent(
        key,
        requestHash,
        () -> {
          long party = partyId != null ? partyId : cases.details(caseId).partyId();
          links.append(new AppendCommand(caseId, party, channel, text));
          return caseId;
        });
  }

  /** Appends a finished chat to one of the client's open cases. */
  public IntakeResult appendTranscript(
      String key, String requestHash, long caseId, Long partyId, ChatTranscript transcript) {
    return idempotent(
        key,
        requestHash,
        () -> {
          links.appendTranscript(caseId, partyId, transcript);
          return caseId;
        });
  }

  /**
   * Every POST of the API: the scope checked, the first result answered again to a retry with the
   * same key, otherwise the work done and its result recorded under the key (201 Created).
   */
  private IntakeResult idempotent(String key, String requestHash, LongSupplier work) {
    ApiClient client = requireScope(ApiScope.CASES_WRITE);
    Optional<IntakeResult> first = replay(client, key, requestHash);
    if (first.isPresent()) {
      return first.get();
    }
    return recorded(client, key, requestHash, 201, work);
  }

  /**
   * The first result of a request with this key, if it was stored: the same key with another body
   * is refused.
   */
  public Optional<IntakeResult> replay(String key, String requestHash) {
    return replay(requireScope(ApiScope.CASES_WRITE), key, requestHash);
  }

  public List<PartyOption> lookupParties(LookupBy by, String term) {
    requireScope(ApiScope.CASES_READ);
    return parties.lookup(null, by, term);
  }

  /**
   * The cases of the client's company it may see, newest first, filtered, a page after the cursor:
   * the access rule is inside the query, as on every page.
   */
  public CasePage list(CaseFilter filter, CaseCursor after, int size) {
    requireScope(ApiScope.CASES_READ);
    Agent viewer = agents.currentAgent();
    int pageSize = Math.max(1, Math.min(size, MAX_PAGE));
    StringBuilder jpql =
        new StringBuilder(CaseSummary.SELECT)
            .append(" FROM Case c JOIN c.client.party p LEFT JOIN c.custody.holder h")
            .append(" WHERE c.company.id = :company AND ")
            .append(AccessRule.JPQL);
    if (filter.status() != null) {
      jpql.append(" AND c.status = :status");
    }
    if (filter.priority() != null) {
      jpql.append(" AND c.priority = :priority");
    }
    if (filter.partyId() != null) {
      jpql.append(" AND p.id = :party");
    }
    if (filter.number() != null && !filter.number().isBlank()) {
      jpql.append(" AND c.number = :number");
    }
    if (after != null) {
      jpql.append(" AND (c.openedAt < :at OR (c.openedAt = :at AND c.id < :id))");
    }
    jpql.append(" ORDER BY c.openedAt DESC, c.id DESC");
    TypedQuery<CaseSummary> query =
        CaseAccess.withAccessRule(em.createQuery(jpql.toString(), CaseSummary.class), viewer)
            .setParameter("company", viewer.getCompany().getId());
    if (filter.status() != null) {
      query.setParameter("status", filter.status());
    }
    if (filter.priority() != null) {
      query.setParameter("priority", filter.priority());
    }
    if (filter.partyId() != null) {
      query.setParameter("party", filter.partyId());
    }
    if (filter.number() != null && !filter.number().isBlank()) {
      query.setParameter("number", filter.number().strip());
    }
    if (after != null) {
      query.setParameter("at", after.openedAt()).setParameter("id", after.id());
    }
    List<CaseSummary> found = query.setMaxResults(pageSize + 1).getResultList();
    if (found.size() <= pageSize) {
      return new CasePage(found, null);
    }
    List<CaseSummary> page = found.subList(0, pageSize);
    CaseSummary last = page.get(pageSize - 1);
    return new CasePage(page, new CaseCursor(last.openedAt(), last.id()));
  }

  /** One case the client may see; any other answers as not found. */
  public CaseDetails read(long caseId) {
    requireScope(ApiScope.CASES_READ);
    return cases.details(caseId);
  }

  /** A case's entries, the newest slice first, then earlier ones by cursor. */
  public ConversationSlice entries(long caseId, ConversationCursor before, int size) {
    requireScope(ApiScope.CASES_READ);
    // The conversation of a case out of reach is empty; the API answers it as not found instead,
    // as it answers the case itself.
    access.visible(caseId, agents.currentAgent());
    return discussion.conversation(caseId, before, Math.max(1, Math.min(size, MAX_PAGE)));
  }

  private ApiClient requireScope(ApiScope scope) {
    Agent caller = agents.currentAgent();
    ApiClient client =
        em.createQuery("SELECT k FROM ApiClient k WHERE k.agent.id = :agent", ApiClient.class)
            .setParameter("agent", caller.getId())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new ScopeRefusedException(scope.token()));
    if (!client.grants(scope)) {
      throw new ScopeRefusedException(scope.token());
    }
    return client;
  }

  private Optional<IntakeResult> replay(ApiClient client, String key, String requestHash) {
    IdempotentRequest first =
        em.find(IdempotentRequest.class, new IdempotentRequest.Key(client.getId(), checked(key)));
    if (first == null) {
      return Optional.empty();
    }
    if (!first.sameRequest(requestHash)) {
      throw new IdempotencyKeyReusedException();
    }
    return Optional.of(
        new IntakeResult(first.getResponseStatus(), true, cases.details(first.getCaseId())));
  }

  /**
   * Does the work and records its result under the key in the same transaction. Flushing the record
   * is where a second request with the same key meets the first one's row: the database refuses it,
   * and everything this request did rolls back with it.
   */
  private IntakeResult recorded(
      ApiClient client, String key, String requestHash, int status, LongSupplier work) {
    long caseId = work.getAsLong();
    em.flush();
    try {
      em.persist(
          new IdempotentRequest(
              new IdempotentRequest.Key(client.getId(), key),
              requestHash,
              status,
              caseId,
              LocalDateTime.now(clock)));
      em.flush();
    } catch (PersistenceException taken) {
      throw new IdempotencyRaceLostException();
    }
    return new IntakeResult(status, false, cases.details(caseId));
  }

  private static String checked(String key) {
    if (key == null || key.isBlank() || key.length() > 200) {
      throw new InvalidInputException("Idempotency-Key", "error.api.idempotencyKey");
    }
    return key;
  }

  private OpenCaseCommand command(ApiOpening opening) {
    OpeningDefaults defaults = cases.openingDefaults();
    String request = opening.request();
    if ((request == null || request.isBlank()) && opening.transcript() != null) {
      request = opening.transcript().firstClientText();
    }
    String channel = opening.channel();
    if (channel == null || channel.isBlank()) {
      channel = opening.transcript() != null ? "CHAT" : "WEB";
    }
    return new OpenCaseCommand(
        defaults.companyId(),
        defaults.departmentId(),
        opening.caseTypeId() != null ? opening.caseTypeId() : defaults.caseTypeId(),
        null,
        null,
        null,
        null,
        opening.partyId(),
        opening.contactId(),
        null,
        null,
        channel,
        ContactOrigin.CLIENT,
        opening.subject(),
        request,
        opening.priority() != null ? opening.priority() : Priority.NORMAL,
        opening.dueDate(),
        false);
  }
}
