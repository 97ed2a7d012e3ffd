package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.AddNoteCommand;
import br.com.atende.cases.application.AddSolutionCommand;
import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.DiscussionItem;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.application.SolutionItem;
import br.com.atende.cases.model.DiscussionKind;
import br.com.atende.cases.model.Priority;
import br.com.atende.faq.application.ApproveFaqCommand;
import br.com.atende.faq.application.FaqDraft;
import br.com.atende.faq.application.FaqHit;
import br.com.atende.faq.application.FaqRequestItem;
import br.com.atende.faq.application.FaqService;
import br.com.atende.faq.application.KnowledgeItem;
import br.com.atende.faq.application.RejectFaqCommand;
import br.com.atende.faq.application.RequestFaqCommand;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.Fixtures;
import br.com.atende.it.support.Openings;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.PageRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * FAQ and tips (SPEC C8) end to end: request from a case, supervisor review with the requester's
 * email (read back from GreenMail), accent-insensitive search of approved entries only, "solve with
 * this FAQ", and the knowledge page's access rule.
 */
@ExtendWith(ArquillianExtension.class)
class FaqIT {

  private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(30);

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject Fixtures fixtures;

  @Inject CaseService cases;

  @Inject DiscussionService discussion;

  @Inject FaqService faq;

  private GreenMail smtp;

  @BeforeEach
  void startSmtpServer() {
    smtp =
        new GreenMail(
            new ServerSetup(
                Integer.getInteger("atende.smtp.port", 3025),
                "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stopSmtpServer() {
    smtp.stop();
  }

  @Test
  void aRequestFromACaseIsApprovedThenFoundWithoutAccentsAndSolvesAnotherCase() throws Exception {
    String token = token();
    long source = open("ana", "Etiqueta borrada " + token, "A impressora borra as etiquetas.");
    acting.as(
        "ana",
        () -> {
          discussion.addSolution(
              new AddSolutionCommand(source, "<p>Limpar a cabeça de impressão.</p>"));
          return null;
        });

    FaqDraft draft = acting.as("ana", () -> faq.draftFrom(source));
    assertEquals("A impressora borra as etiquetas.", draft.question());
    assertEquals("<p>Limpar a cabeça de impressão.</p>", draft.answer());

    String question = "Solução " + token + " para etiqueta borrada";
    long entryId =
        acting.as(
            "ana", () -> faq.request(new RequestFaqCommand(source, question, draft.answer())));
    assertEquals(0, acting.as("ana", () -> faq.count("solucao " + token)), "not yet approved");

    FaqRequestItem waiting =
        acting.as("carla", () -> faq.reviewQueue(PageRequest.of(0, 200))).stream()
            .filter(r -> r.id() == entryId)
            .findFirst()
            .orElseThrow();
    assertEquals("Ana Souza", waiting.requesterName());
    assertEquals(source, waiting.sourceCaseId());
    acting.as(
        "carla",
        () -> {
          faq.approve(
              new ApproveFaqCommand(
                  entryId,
                  waiting.version(),
                  null,
                  "<p>Limpe a cabeça de impressão e reduza a temperatura.</p>"));
          return null;
        });

    List<FaqHit> found = acting.as("ana", () -> faq.search("SOLUCAO " + token, page()));
    assertEquals(1, found.size());
    assertEquals(question, found.get(0).question());
    assertEquals(1, acting.as("ana", () -> faq.count("solução " + token)));
    assertEquals(
        1, acting.as("ana", () -> faq.count("cabeca " + token)), "the answer is searched too");

    long other = open("ana", "Outra etiqueta " + token, "Etiquetas borradas de novo.");
    acting.as(
        "ana",
        () -> {
          faq.solveWith(other, entryId);
          return null;
        });
    DiscussionItem offered =
        acting.as("ana", () -> discussion.discussion(other, PageRequest.of(0, 1))).get(0);
    assertEquals(DiscussionKind.POSSIBLE_SOLUTION, offered.kind());
    assertTrue(offered.body().contains("reduza a temperatura"), offered.body());
    List<SolutionItem> solutions =
        acting.as("ana", () -> discussion.solutions(other, PageRequest.of(0, 10)));
    assertEquals(1, solutions.size());
    assertTrue(solutions.get(0).body().contains(token), solutions.get(0).body());
    CaseDetails details = acting.as("ana", () -> cases.details(other));
    assertNotNull(details.firstContactAt(), "solving with a FAQ is a first contact");
  }

  @Test
  void aRejectionNeedsAReasonAndTellsTheRequesterByEmail() throws Exception {
    String requester = fixtures.agent(1, Set.of(), Role.AGENT);
    String token = token();
    long entryId =
        acting.as(
            requester,
            () ->
                faq.request(
                    new RequestFaqCommand(null, "Pergunta " + token, "<p>Resposta curta</p>")));
    long version = versionInQueue(entryId);

    InvalidInputException noReason =
        assertThrows(
            InvalidInputException.class,
            () ->
                acting.as(
                    "carla",
                    () -> {
                      faq.reject(new RejectFaqCommand(entryId, version, "  "));
                      return null;
                    }));
    assertEquals("reason", noReason.field());

    acting.as(
        "carla",
        () -> {
          faq.reject(new RejectFaqCommand(entryId, version, "Já existe <uma> entrada igual."));
          return null;
        });

    MimeMessage email = awaitEmailTo(requester + "@acme.example");
    assertTrue(email.getSubject().contains("Pergunta " + token), email.getSubject());
    MimeMultipart alternative = (MimeMultipart) email.getContent();
    String plain = (String) alternative.getBodyPart(0).getContent();
    assertTrue(plain.contains("Motivo: Já existe <uma> entrada igual."), plain);
    assertFalse(plain.contains("Reason:"), "in the requester's language only: " + plain);
    String html = (String) alternative.getBodyPart(1).getContent();
    assertTrue(html.contains("Já existe &lt;uma&gt; entrada igual."), html);
    assertEquals(0, acting.as(requester, () -> faq.count("pergunta " + token)));

    BusinessException again =
        assertThrows(
            BusinessException.class,
            () ->
                acting.as(
                    "carla",
                    () -> {
                      faq.approve(new ApproveFaqCommand(entryId, version + 1, null, null));
                      return null;
                    }));
    assertEquals("error.faq.alreadyReviewed", again.messageKey());
  }

  @Test
  void anAgentWhoIsNoSupervisorCannotSeeTheQueueNorApprove() throws Exception {
    long entryId =
        acting.as(
            "ana",
            () -> faq.request(new RequestFaqCommand(null, "Pergunta " + token(), "<p>R</p>")));
    assertThrows(
        EJBAccessException.class,
        () -> acting.as("ana", () -> faq.reviewQueue(PageRequest.of(0, 10))));
    assertThrows(
        EJBAccessException.class,
        () ->
            acting.as(
                "ana",
                () -> {
                  faq.approve(new ApproveFaqCommand(entryId, 1, null, null));
                  return null;
                }));
  }

  @Test
  void anotherCompanysEntriesAreNeitherFoundNorUsable() throws Exception {
    // Demo data: ACME Serviços (Elisa's company) has "Solução para visita técnica remarcada".
    List<FaqHit> theirs = acting.as("elisa", () -> faq.search("visita remarcada", page()));
    assertEquals(1, theirs.size());
    assertEquals(0, acting.as("ana", () -> faq.count("visita remarcada")));
    assertEquals(List.of(), acting.as("ana", () -> faq.search("visita remarcada", page())));
    long caseId = open("ana", "Visita " + token(), "Remarcar a visita.");
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                acting.as(
                    "ana",
                    () -> {
                      faq.solveWith(caseId, theirs.get(0).id());
                      return null;
                    }));
    assertEquals("error.faq.notFound", refused.messageKey());
    assertEquals(0, acting.as("ana", () -> discussion.countSolutions(caseId)));
  }

  @Test
  void theKnowledgePageHidesALevelTwoCasesPublishableNotesFromClearanceOne() throws Exception {
    String token = token();
    long open = open("carla", "Dica aberta " + token, "Pedido comum.");
    long restricted = open("carla", "Dica sigilosa " + token, "Pedido reservado.");
    note("carla", open, "Dica publica " + token, true);
    note("carla", restricted, "Dica reservada " + token, true);
    note("carla", open, "Anotacao comum " + token, false);
    CaseDetails details = acting.as("carla", () -> cases.details(restricted));
    acting.as("carla", () -> cases.changeAccessLevel(restricted, details.version(), 2));

    List<String> anaSees = knowledgeBodies("ana", token);
    assertEquals(List.of("<p>Dica publica " + token + "</p>"), anaSees);
    List<String> carlaSees = knowledgeBodies("carla", token);
    assertEquals(
        List.of("<p>Dica reservada " + token + "</p>", "<p>Dica publica " + token + "</p>"),
        carlaSees,
        "newest first");
  }

  private List<String> knowledgeBodies(String login, String token) throws Exception {
    return acting.as(login, () -> faq.knowledge(PageRequest.of(0, 200))).stream()
        .map(KnowledgeItem::body)
        .filter(b -> b.contains(token))
        .toList();
  }

  private void note(String login, long caseId, String text, boolean publishable) throws Exception {
    acting.as(
        login,
        () -> {
          discussion.addNote(new AddNoteCommand(caseId, "<p>" + text + "</p>", false, publishable));
          return null;
        });
  }

  private long versionInQueue(long entryId) throws Exception {
    return acting.as("carla", () -> faq.reviewQueue(PageRequest.of(0, 200))).stream()
        .filter(r -> r.id() == entryId)
        .findFirst()
        .orElseThrow()
        .version();
  }

  private long open(String login, String subject, String request) throws Exception {
    return openings.open(login, "Maria", subject, request, Priority.NORMAL, null, true).id();
  }

  private static PageRequest page() {
    return PageRequest.of(0, 20);
  }

  /** A word no other test writes, letters only (so that both databases see one plain word). */
  private static String token() {
    StringBuilder word = new StringBuilder("zq");
    for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
      word.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
    }
    return word.toString();
  }

  private MimeMessage awaitEmailTo(String recipient) throws Exception {
    Instant deadline = Instant.now().plus(DELIVERY_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      MimeMessage found =
          Arrays.stream(smtp.getReceivedMessages())
              .filter(m -> recipientOf(m).equals(recipient))
              .findFirst()
              .orElse(null);
      if (found != null) {
        return found;
      }
      smtp.waitForIncomingEmail(1000, smtp.getReceivedMessages().length + 1);
    }
    throw new AssertionError("no email to " + recipient + " within " + DELIVERY_TIMEOUT);
  }

  private static String recipientOf(MimeMessage message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
