package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.account.application.LoginThrottle;
import br.com.atende.account.application.MyAccount;
import br.com.atende.account.application.PasswordLinks;
import br.com.atende.account.model.PasswordLink.Purpose;
import br.com.atende.account.model.PasswordLink.State;
import br.com.atende.it.support.AccountRows;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.AgentOverHttp;
import br.com.atende.it.support.MailServer;
import br.com.atende.it.support.Teams;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.SecretTokens;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts without default passwords (issue 15): password links (invitation, reset, "esqueci minha
 * senha") work once and expire, keep only a hash, and tell nobody which logins exist; the password
 * policy; changing my password; and the login throttle per account and per address, over the real
 * form login.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

  private static final Pattern LINK =
      Pattern.compile("http\\S*/public/password\\.xhtml\\?token=([A-Za-z0-9_-]{43})");

  private static final String NEW_PASSWORD = "cavalo bateria grampo";

  private static final String LOOPBACK = "127.0.0.1";

  @Inject ActingAgent acting;

  @Inject Teams teams;

  @Inject AccountRows rows;

  @Inject PasswordLinks links;

  @Inject MyAccount myAccount;

  @Inject LoginThrottle throttle;

  private MailServer mail;

  @BeforeEach
  void startMailServer() {
    mail = MailServer.start();
  }

  @AfterEach
  void stopMailServer() {
    mail.close();
  }

  @Test
  void anInvitedAgentChoosesAPasswordOnceThroughTheEmailedLinkWhoseTokenIsKeptOnlyAsAHash()
      throws Exception {
    String login = newAgent();
    assertEquals(Purpose.INVITATION, acting.as("admin", () -> links.send(teams.agentId(login))));

    String token = tokenIn(awaitEmailTo(login + "@acme.example", "Convite para o Atende"));
    assertEquals(List.of(SecretTokens.hash(token)), rows.tokenHashesOf(login));
    assertEquals(State.VALID, links.view(token).state());
    assertEquals(login, links.view(token).login(), "showing the page spends nothing");

    links.choosePassword(token, NEW_PASSWORD.toCharArray(), NEW_PASSWORD.toCharArray());

    assertTrue(rows.realmAccepts(login, NEW_PASSWORD));
    assertFalse(rows.realmAccepts(login, ActingAgent.DEMO_PASSWORD));
    assertEquals(State.USED, links.view(token).state());
    BusinessException again =
        assertThrows(
            BusinessException.class,
            () ->
                links.choosePassword(
                    token, "outra senha longa".toCharArray(), "outra senha longa".toCharArray()));
    assertEquals("error.passwordLink.used", again.messageKey());
    assertTrue(rows.realmAccepts(login, NEW_PASSWORD));
  }

  @Test
  void anExpiredResetLinkIsRefusedAndTheCurrentPasswordStays() throws Exception {
    String login = newAgent();
    acting.as(
        login,
        () -> {
          myAccount.changePassword(
              ActingAgent.DEMO_PASSWORD.toCharArray(),
              NEW_PASSWORD.toCharArray(),
              NEW_PASSWORD.toCharArray());
          return null;
        });
    assertEquals(Purpose.RESET, acting.as("admin", () -> links.send(teams.agentId(login))));
    String token = tokenIn(awaitEmailTo(login + "@acme.example", "Nova senha do Atende"));

    rows.expireLinksOf(login);

    assertEquals(State.EXPIRED, links.view(token).state());
    BusinessException expired =
        assertThrows(
            BusinessException.class,
            () ->
                links.choosePassword(
                    token, "outra senha longa".toCharArray(), "outra senha longa".toCharArray()));
    assertEquals("error.passwordLink.expired", expired.messageKey());
    assertTrue(rows.realmAccepts(login, NEW_PASSWORD));
  }

  @Test
  void aLinkBreakingThePolicyIsNotSpentAndANewerLinkReplacesTheOlder() throws Exception {
    String login = newAgent();
    acting.as("admin", () -> links.send(teams.agentId(login)));
    String first = tokenIn(awaitEmailTo(login + "@acme.example", "Convite"));

    InvalidInputException weak =
        assertThrows(
            InvalidInputException.class,
            () -> links.choosePassword(first, "senha123".toCharArray(), "senha123".toCharArray()));
    assertEquals("newPassword", weak.field());
    assertEquals(State.VALID, links.view(first).state(), "a refused password spends nothing");

    acting.as("admin", () -> links.send(teams.agentId(login)));
    awaitEmails(login + "@acme.example", 2);
    assertEquals(State.UNKNOWN, links.view(first).state());
    assertEquals(1, rows.tokenHashesOf(login).size());
  }

  @Test
  void forgottenPasswordAnswersAlikeForAnExistingAndAnUnknownLoginAndMailsOnlyTheExistingOnce()
      throws Exception {
    String login = newAgent();
    String unknown = "ninguem" + UUID.randomUUID().toString().substring(0, 8);

    String existingAnswer = forgotPageAnswer(login);
    String unknownAnswer = forgotPageAnswer(unknown);
    assertTrue(existingAnswer.contains("Se o login informado existir"), existingAnswer);
    assertEquals(existingAnswer, unknownAnswer, "the page says the same for both");

    // The caller only hands the request over (the lookup and the email happen afterwards), so
    // both paths take the same time: the medians of 15 calls each stay far below the cost of
    // even one database round trip plus an email.
    List<Long> existing = new ArrayList<>();
    List<Long> missing = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      existing.add(nanosOf(() -> links.requestReset(login)));
      missing.add(nanosOf(() -> links.requestReset(unknown)));
    }
    long existingMedian = median(existing);
    long missingMedian = median(missing);
    assertTrue(
        Math.abs(existingMedian - missingMedian) < Duration.ofMillis(20).toNanos(),
        "medians " + existingMedian + " and " + missingMedian + " ns");

    MimeMessage email = awaitEmailTo(login + "@acme.example", "Nova senha do Atende");
    assertTrue(MailServer.textPart(email).contains(login), "the email names the login");
    String token = tokenIn(email);
    links.choosePassword(token, NEW_PASSWORD.toCharArray(), NEW_PASSWORD.toCharArray());
    assertTrue(rows.realmAccepts(login, NEW_PASSWORD));
    assertEquals(
        1, rows.passwordEmailsTo(login + "@acme.example"), "one email in the pause, not 16");
    assertEquals(0, rows.passwordEmailsTo(unknown + "@acme.example"));
  }

  @Test
  void changingMyPasswordNeedsTheCurrentOneAndAPasswordWithinThePolicy() throws Exception {
    String login = newAgent();
    assertEquals(
        "currentPassword",
        refusedChange(login, "not-my-password", NEW_PASSWORD, NEW_PASSWORD).field());
    InvalidInputException shortOne =
        refusedChange(login, ActingAgent.DEMO_PASSWORD, "curta1", "curta1");
    assertEquals("newPassword", shortOne.field());
    assertEquals("error.password.short", shortOne.messageKey());
    assertEquals(
        "error.password.common",
        refusedChange(login, ActingAgent.DEMO_PASSWORD, "password123", "password123").messageKey());
    assertEquals(
        "error.password.own",
        refusedChange(
                login, ActingAgent.DEMO_PASSWORD, "xx-" + login + "-99", "xx-" + login + "-99")
            .messageKey());
    assertEquals(
        "passwordConfirmation",
        refusedChange(login, ActingAgent.DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!").field());
    assertTrue(rows.realmAccepts(login, ActingAgent.DEMO_PASSWORD), "nothing half-saved");

    acting.as(
        login,
        () -> {
          myAccount.changePassword(
              ActingAgent.DEMO_PASSWORD.toCharArray(),
              NEW_PASSWORD.toCharArray(),
              NEW_PASSWORD.toCharArray());
          return null;
        });

    assertTrue(rows.realmAccepts(login, NEW_PASSWORD));
    assertFalse(rows.realmAccepts(login, ActingAgent.DEMO_PASSWORD));
  }

  @Test
  void anAccountIsLockedAfterFiveFailedLoginsEvenForTheRightPasswordWhileOthersLogIn()
      throws Exception {
    String locked = newAgent();
    String other = newAgent();
    try {
      for (int i = 0; i < LoginThrottle.maxPerAccount(); i++) {
        assertTrue(login(locked, "wrong-" + i).body().contains("login-failed"));
      }

      HttpResponse<String> refused = login(locked, ActingAgent.DEMO_PASSWORD);
      assertEquals(303, refused.statusCode());
      assertTrue(
          refused.headers().firstValue("Location").orElse("").contains("/login.xhtml?locked="));
      assertEquals(302, login(other, ActingAgent.DEMO_PASSWORD).statusCode(), "others log in");

      String page = get(refused.headers().firstValue("Location").orElseThrow());
      assertTrue(page.contains("Muitas tentativas sem sucesso"), page);
    } finally {
      acting.as("admin", () -> release(locked));
    }
    assertEquals(302, login(locked, ActingAgent.DEMO_PASSWORD).statusCode(), "unlocked");
  }

  @Test
  void anAddressIsLockedAfterTwentyFailedLoginsOfAnyLoginsAndAnUnknownLoginLocksAlike()
      throws Exception {
    String agent = newAgent();
    String unknown = "ninguem" + UUID.randomUUID().toString().substring(0, 8);
    try {
      for (int i = 0; i < LoginThrottle.maxPerAddress(); i++) {
        login(i < LoginThrottle.maxPerAccount() ? unknown : "x" + UUID.randomUUID(), "nope");
      }

      HttpResponse<String> refused = login(agent, ActingAgent.DEMO_PASSWORD);
      assertEquals(303, refused.statusCode());
      assertTrue(
          refused.headers().firstValue("Location").orElse("").contains("/login.xhtml?locked="));
      assertTrue(throttle.lockedFor(unknown, "192.0.2.1").isPresent(), "the unknown login too");
    } finally {
      acting.as("admin", () -> release(unknown));
    }
    assertEquals(302, login(agent, ActingAgent.DEMO_PASSWORD).statusCode(), "unlocked");
  }

  @Test
  void theAccountPagesShowTheAgentsListToTheAdministratorAndMyPasswordToAnAgent() throws Exception {
    String agents =
        AgentOverHttp.loggedInAs("admin", "admin/agents.xhtml").get("admin/agents.xhtml");
    assertTrue(agents.contains("Contas dos atendentes"), agents);
    assertTrue(agents.contains(">ana<") && agents.contains("Enviar link de nova senha"), agents);

    String mine = AgentOverHttp.loggedInAs("bruno").get("account/password.xhtml");
    assertTrue(mine.contains("Senha atual") && mine.contains("Trocar senha"), mine);
  }

  // --- helpers ----------------------------------------------------------------------------------

  private String newAgent() {
    return teams.agent(teams.departmentNamed("Suporte"), "pt-BR", Set.of(), Role.AGENT);
  }

  private Void release(String login) {
    throttle.release(login, LOOPBACK);
    return null;
  }

  private InvalidInputException refusedChange(
      String login, String current, String password, String confirmation) {
    return assertThrows(
        InvalidInputException.class,
        () ->
            acting.as(
                login,
                () -> {
                  myAccount.changePassword(
                      current.toCharArray(), password.toCharArray(), confirmation.toCharArray());
                  return null;
                }));
  }

  private MimeMessage awaitEmailTo(String recipient, String subjectWords) throws Exception {
    return awaitEmails(recipient, 1).stream()
        .filter(m -> MailServer.subjectOf(m).contains(subjectWords))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no '" + subjectWords + "' to " + recipient));
  }

  private List<MimeMessage> awaitEmails(String recipient, int count) throws Exception {
    Instant deadline = Instant.now().plusSeconds(30);
    while (true) {
      List<MimeMessage> found = new ArrayList<>();
      for (MimeMessage m : mail.received()) {
        if (recipient.equals(m.getRecipients(Message.RecipientType.TO)[0].toString())) {
          found.add(m);
        }
      }
      if (found.size() >= count || Instant.now().isAfter(deadline)) {
        assertTrue(found.size() >= count, found.size() + " emails to " + recipient);
        return found;
      }
      Thread.sleep(100);
    }
  }

  private static String tokenIn(MimeMessage email) throws Exception {
    Matcher link = LINK.matcher(MailServer.textPart(email));
    assertTrue(link.find(), MailServer.textPart(email));
    assertNotEquals(-1, MailServer.htmlPart(email).indexOf(link.group(1)));
    return link.group(1);
  }

  private interface Action {
    void run() throws Exception;
  }

  private static long nanosOf(Action action) throws Exception {
    long start = System.nanoTime();
    action.run();
    return System.nanoTime() - start;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  // --- over HTTP, as a browser ------------------------------------------------------------------

  private static URI atende() {
    int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    return URI.create("http://" + LOOPBACK + ":" + port + "/atende/");
  }

  private static HttpClient browser() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(30))
        .build();
  }

  /** A form login after asking for a page; 302 (to the page) when it got in. */
  private static HttpResponse<String> login(String login, String password) throws Exception {
    HttpClient http = browser();
    http.send(
        HttpRequest.newBuilder(atende().resolve("cases/queue.xhtml")).build(),
        HttpResponse.BodyHandlers.discarding());
    return http.send(
        HttpRequest.newBuilder(atende().resolve("j_security_check"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "j_username=" + encoded(login) + "&j_password=" + encoded(password)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String get(String path) throws Exception {
    URI uri = path.startsWith("/") ? atende().resolve(path) : atende().resolve(path);
    return browser()
        .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /** The text the "esqueci minha senha" page answers after a login is sent. */
  private static String forgotPageAnswer(String login) throws Exception {
    HttpClient http = browser();
    String form =
        http.send(
                HttpRequest.newBuilder(atende().resolve("public/forgot.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    String body =
        String.join(
            "&",
            Arrays.asList(
                "forgot=forgot",
                "forgot%3Alogin=" + encoded(login),
                "forgot%3Asend=x",
                "primefaces.nonce=" + encoded(valueOf(form, "primefaces.nonce")),
                "jakarta.faces.ViewState=" + encoded(valueOf(form, "jakarta.faces.ViewState"))));
    String answer =
        http.send(
                HttpRequest.newBuilder(atende().resolve("public/forgot.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher sent = Pattern.compile("<p id=\"forgot-sent\"[^>]*>([^<]*)</p>").matcher(answer);
    assertTrue(sent.find(), answer);
    return sent.group(1);
  }

  private static String valueOf(String page, String name) {
    Matcher input =
        Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
            .matcher(page);
    assertTrue(input.find(), name + " in " + page);
    return input.group(1).replace("&#58;", ":");
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
