package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.ForwardingService;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.model.Priority;
import br.com.atende.cases.notification.AgentAddress;
import br.com.atende.cases.notification.CaseEmailService;
import br.com.atende.customfield.application.CustomFieldService;
import br.com.atende.integration.application.ApiClientAdminService;
import br.com.atende.integration.application.CreatedApiClient;
import br.com.atende.integration.application.NewApiClient;
import br.com.atende.integration.model.ApiScope;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.CustomFieldSetup;
import br.com.atende.it.support.Deployments;
import br.com.atende.it.support.Openings;
import br.com.atende.shared.Choice;
import br.com.atende.workflow.application.WorkflowService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The intake API over real HTTP (issue 14): API clients created by the administrator's service call
 * the API with their bearer tokens, and get exactly what the access rule lets their agent see.
 */
@ExtendWith(ArquillianExtension.class)
class IntakeApiIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  @Inject ActingAgent acting;

  @Inject ApiClientAdminService clients;

  @Inject Openings openings;

  @Inject CaseService cases;

  @Inject ForwardingService forwarding;

  @Inject CustomFieldService customFields;

  @Inject WorkflowService workflows;

  @Inject CaseEmailService caseEmails;

  @Inject CustomFieldSetup fieldSetup;

  /** The clients a test created, revoked after it: their agents leave the agent lists again. */
  private final List<Long> created = new ArrayList<>();

  @AfterEach
  void revokeTheClientsCreated() throws Exception {
    for (long id : created) {
      acting.as(
          "admin",
          () -> {
            clients.revoke(id);
            return null;
          });
    }
    created.clear();
  }

  @Test
  void aClearanceOneClientNeverReceivesALevelTwoCaseItDoesNotHoldNorAnotherCompanysCase()
      throws Exception {
    String token = client(1, Set.of(ApiScope.CASES_READ), 1000);
    OpenedCase restricted = carlasCase("Restrito", 2);
    OpenedCase open = carlasCase("Aberto", 0);

    assertEquals(404, get(token, "cases/" + restricted.id()).statusCode(), "read");
    assertEquals(404, get(token, "cases/" + restricted.id() + "/entries").statusCode(), "entries");
    JsonObject byNumber = json(get(token, "cases?number=" + restricted.number()));
    assertEquals(0, byNumber.getJsonArray("cases").size(), "the list filtered by its number");
    assertFalse(
        get(token, "cases?size=100").body().contains(restricted.number()), "the list's first page");
    HttpResponse<String> party = get(token, "parties?caseNumber=" + restricted.number());
    assertEquals("[]", party.body().strip(), "the party looked up by the case's number");

    String otherCompany =
        client(3, Set.of(ApiScope.CASES_READ), 1000, "ACME Serv", "/ Atendimento em campo");
    for (OpenedCase foreign : List.of(restricted, open)) {
      assertEquals(404, get(otherCompany, "cases/" + foreign.id()).statusCode(), "other company");
      assertEquals(404, get(otherCompany, "cases/" + foreign.id() + "/entries").statusCode());
      assertFalse(get(otherCompany, "cases?size=100").body().contains(foreign.number()));
      assertEquals(
          "[]", get(otherCompany, "parties?caseNumber=" + foreign.number()).body().strip());
    }

    JsonObject visible = json(get(token, "cases/" + open.id()));
    assertEquals(open.number(), visible.getString("number"), "a level-0 case is readable");
    assertTrue(
        json(get(token, "cases?number=" + open.number())).getJsonArray("cases").size() == 1,
        "and listed");
    assertTrue(
        get(token, "cases/" + open.id() + "/entries").statusCode() == 200, "with its entries");
  }

  @Test
  void aClientWithoutCasesWriteIsRefusedAndOpensNothing() throws Exception {
    String reader = client(1, Set.of(ApiScope.CASES_READ), 1000);
    String subject = "Sem escrita " + UUID.randomUUID();
    HttpResponse<String> answer =
        post(reader, "cases", UUID.randomUUID().toString(), opening(subject));
    assertEquals(403, answer.statusCode());
    assertProblem(answer, "scope");
    assertFalse(get(reader, "cases?size=100").body().contains(subject), "nothing was opened");
    OpenedCase existing = carlasCase("Escrita", 0);
    HttpResponse<String> contact =
        post(
            reader,
            "cases/" + existing.id() + "/contacts",
            UUID.randomUUID().toString(),
            "{\"text\":\"Ligou de novo\"}");
    assertEquals(403, contact.statusCode(), "appending is writing too");
  }

  @Test
  void aMissingUnknownOrRevokedTokenIsUnauthorized() throws Exception {
    HttpResponse<String> none =
        HTTP.send(
            HttpRequest.newBuilder(api("cases")).timeout(TIMEOUT).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(401, none.statusCode(), "no token");
    assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    assertProblem(none, null);
    assertEquals(401, get("atd_" + "x".repeat(43), "cases").statusCode(), "an unknown token");

    CreatedApiClient created =
        acting.as(
            "admin",
            () ->
                clients.create(
                    new NewApiClient(
                        "Revogado " + UUID.randomUUID(),
                        suporte(),
                        1,
                        Set.of(ApiScope.CASES_READ),
                        1000)));
    assertEquals(200, get(created.token(), "cases").statusCode(), "works until revoked");
    acting.as(
        "admin",
        () -> {
          clients.revoke(created.id());
          return null;
        });
    assertEquals(401, get(created.token(), "cases").statusCode(), "a revoked token");
  }

  @Test
  void aRetriedPostWithTheSameKeyOpensOneCaseWhetherRetriedAfterOrAtOnce() throws Exception {
    String token = client(1, Set.of(ApiScope.CASES_READ, ApiScope.CASES_WRITE), 1000);
    String subject = "Repetido " + UUID.randomUUID();
    String key = UUID.randomUUID().toString();
    HttpResponse<String> first = post(token, "cases", key, opening(subject));
    assertEquals(201, first.statusCode(), first.body());
    HttpResponse<String> retry = post(token, "cases", key, opening(subject));
    assertEquals(201, retry.statusCode(), retry.body());
    assertEquals(json(first).getInt("id"), json(retry).getInt("id"), "the same case");
    assertEquals("true", retry.headers().firstValue("Idempotency-Replayed").orElse(""));
    assertEquals(1, countListed(token, subject), "one case after a sequential retry");

    HttpResponse<String> otherBody = post(token, "cases", key, opening(subject + " outro"));
    assertEquals(422, otherBody.statusCode(), "the key with another body");
    assertProblem(otherBody, "Idempotency-Key");

    String raced = "Corrida " + UUID.randomUUID();
    String raceKey = UUID.randomUUID().toString();
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      Callable<HttpResponse<String>> send = () -> post(token, "cases", raceKey, opening(raced));
      List<Future<HttpResponse<String>>> both = two.invokeAll(List.of(send, send));
      long id = -1;
      for (Future<HttpResponse<String>> answer : both) {
        assertEquals(201, answer.get().statusCode(), answer.get().body());
        long got = json(answer.get()).getJsonNumber("id").longValue();
        assertTrue(id == -1 || id == got, "both answers name the same case");
        id = got;
      }
    } finally {
      two.shutdown();
    }
    assertEquals(1, countListed(token, raced), "one case after two retries at once");
  }

  @Test
  void aBadCpfComesBackAsAProblemDetailNamingTheField() throws Exception {
    String token = client(1, Set.of(ApiScope.CASES_READ), 1000);
    HttpResponse<String> answer = get(token, "parties?taxId=123.456.789-00");
    assertEquals(422, answer.statusCode());
    assertProblem(answer, "taxId");
    assertTrue(json(answer).getString("detail").contains("taxId"), answer.body());

    HttpResponse<String> named = get(token, "parties?name=Maria");
    assertEquals(200, named.statusCode());
    assertTrue(named.body().contains("Maria"), "a name finds the demo client");
  }

  @Test
  void aChatTranscriptOpensACaseOrIsAppendedToAChosenOneAsOneEntry() throws Exception {
    String token = client(1, Set.of(ApiScope.CASES_READ, ApiScope.CASES_WRITE), 1000);
    String subject = "Chat " + UUID.randomUUID();
    String transcript =
        "[{\"at\":\"2026-11-30T10:00:00\",\"participant\":\"Maria\",\"fromClient\":true,"
            + "\"text\":\"O boleto não abre <script>alert(1)</script>\"},"
            + "{\"at\":\"2026-11-30T10:01:30\",\"participant\":\"Chatbot\",\"fromClient\":false,"
            + "\"text\":\"Vou abrir um atendimento.\"}]";
    String body =
        "{\"partyId\":"
            + openings.partyId("carla", "Maria")
            + ",\"subject\":\""
            + subject
            + "\",\"transcript\":"
            + transcript
            + "}";
    HttpResponse<String> opened = post(token, "cases", UUID.randomUUID().toString(), body);
    assertEquals(201, opened.statusCode(), opened.body());
    long id = json(opened).getJsonNumber("id").longValue();
    assertTrue(
        opened.headers().firstValue("Location").orElse("").endsWith("/atende/api/v1/cases/" + id));
    assertTrue(json(opened).getString("request").startsWith("O boleto não abre"));

    JsonArray entries = json(get(token, "cases/" + id + "/entries")).getJsonArray("entries");
    List<JsonObject> chats = chats(entries);
    assertEquals(1, chats.size(), "one transcript entry: " + entries);
    String kept = chats.get(0).getString("body");
    assertTrue(kept.contains("30/11/2026 10:00:00") && kept.contains("30/11/2026 10:01:30"), kept);
    assertTrue(kept.contains("Maria") && kept.contains("Chatbot"), "participants: " + kept);
    assertTrue(kept.contains("&lt;script&gt;") && !kept.contains("<script>"), "escaped: " + kept);

    HttpResponse<String> appended =
        post(
            token,
            "cases/" + id + "/transcripts",
            UUID.randomUUID().toString(),
            "{\"messages\":" + transcript + "}");
    assertEquals(201, appended.statusCode(), appended.body());
    HttpResponse<String> contact =
        post(
            token,
            "cases/" + id + "/contacts",
            UUID.randomUUID().toString(),
            "{\"text\":\"Ligou para reforçar o pedido\",\"channel\":\"PHONE\"}");
    assertEquals(201, contact.statusCode(), contact.body());
    JsonArray after = json(get(token, "cases/" + id + "/entries")).getJsonArray("entries");
    assertEquals(2, chats(after).size(), "the appended transcript is a second entry");
    assertTrue(after.toString().contains("CLIENT_CONTACT"), "the contact is an entry: " + after);

    HttpResponse<String> noSubject =
        post(token, "cases", UUID.randomUUID().toString(), "{\"partyId\":1,\"request\":\"x\"}");
    assertEquals(422, noSubject.statusCode());
    assertProblem(noSubject, "subject");
  }

  @Test
  void aClientPastItsRateOrSendingTooMuchIsRefused() throws Exception {
    String slow = client(1, Set.of(ApiScope.CASES_READ, ApiScope.CASES_WRITE), 3);
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      statuses.add(get(slow, "cases?size=1").statusCode());
    }
    assertEquals(List.of(200, 200, 200, 429), statuses);
    HttpResponse<String> refused = get(slow, "cases?size=1");
    assertTrue(refused.headers().firstValue("Retry-After").isPresent());
    assertProblem(refused, null);

    String token = client(1, Set.of(ApiScope.CASES_WRITE), 1000);
    String huge = "{\"subject\":\"x\",\"request\":\"" + "a".repeat(3 * 1024 * 1024) + "\"}";
    HttpResponse<String> tooLarge = post(token, "cases", UUID.randomUUID().toString(), huge);
    assertEquals(413, tooLarge.statusCode());
  }

  /** Run outside the server: it reads the API module of the built EAR. */
  @Test
  @RunAsClient
  void theOpenApiDocumentListsEveryResourceMethod() throws Exception {
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(api("openapi")).timeout(TIMEOUT).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), "served without a token");
    // Outside the server there is no JSON-P provider; Selenium's JSON reader is on the class path.
    Map<?, ?> document = new org.openqa.selenium.json.Json().toType(answer.body(), Map.class);
    Map<?, ?> paths = (Map<?, ?>) document.get("paths");
    List<String> operations = resourceOperations();
    assertTrue(operations.size() >= 8, "the resources were found: " + operations);
    List<String> missing = new ArrayList<>();
    for (String operation : operations) {
      String[] parts = operation.split(" ");
      Map<?, ?> path = (Map<?, ?>) paths.get(parts[1]);
      if (path == null || !path.containsKey(parts[0])) {
        missing.add(operation);
      }
    }
    assertTrue(missing.isEmpty(), "not in the OpenAPI document: " + missing);
  }

  // ---- helpers

  /** Every "method path" of the API module's resources, read from its classes in the built EAR. */
  private static List<String> resourceOperations() throws Exception {
    WebArchive war = Deployments.builtEar().getAsType(WebArchive.class, "atende-api.war");
    ClassLoader loader = new WarClassLoader(war, IntakeApiIT.class.getClassLoader());
    String base = "";
    List<Class<?>> resources = new ArrayList<>();
    for (ArchivePath path : war.getContent().keySet()) {
      String name = path.get();
      if (name.startsWith("/WEB-INF/classes/") && name.endsWith(".class") && !name.contains("$")) {
        Class<?> type =
            loader.loadClass(
                name.substring("/WEB-INF/classes/".length(), name.length() - 6).replace('/', '.'));
        jakarta.ws.rs.ApplicationPath app = type.getAnnotation(jakarta.ws.rs.ApplicationPath.class);
        if (app != null) {
          base = app.value();
        }
        if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
          resources.add(type);
        }
      }
    }
    assertEquals("v1", base, "the API's version is its application path");
    List<String> operations = new ArrayList<>();
    for (Class<?> type : resources) {
      String root = type.getAnnotation(jakarta.ws.rs.Path.class).value();
      for (Method method : type.getDeclaredMethods()) {
        String verb =
            method.isAnnotationPresent(jakarta.ws.rs.GET.class)
                ? "get"
                : method.isAnnotationPresent(jakarta.ws.rs.POST.class) ? "post" : null;
        if (verb != null) {
          jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
          operations.add(verb + " /" + root + (sub == null ? "" : "/" + sub.value()));
        }
      }
    }
    return operations;
  }

  /** Loads the classes of a web archive's WEB-INF/classes, the rest from the test's class path. */
  private static final class WarClassLoader extends ClassLoader {
    private final WebArchive war;

    WarClassLoader(WebArchive war, ClassLoader parent) {
      super(parent);
      this.war = war;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      Node node = war.get("/WEB-INF/classes/" + name.replace('.', '/') + ".class");
      if (node == null) {
        throw new ClassNotFoundException(name);
      }
      try (InputStream in = node.getAsset().openStream()) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return defineClass(name, bytes.toByteArray(), 0, bytes.size());
      } catch (IOException e) {
        throw new ClassNotFoundException(name, e);
      }
    }
  }

  @Test
  void theAgentAnApiClientActsAsIsInNoAgentListAPersonPicksFrom() throws Exception {
    String name = "Robô " + UUID.randomUUID();
    long departmentId = suporte();
    CreatedApiClient client =
        acting.as(
            "admin",
            () ->
                clients.create(
                    new NewApiClient(
                        name,
                        departmentId,
                        3,
                        Set.of(ApiScope.CASES_READ, ApiScope.CASES_WRITE),
                        1000)));
    created.add(client.id());
    String agentName = "API: " + name;
    OpenedCase open = carlasCase("Listas", 0);
    long type = fieldSetup.caseType("Robô");

    Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
    lists.put("forward to", names(acting.as("carla", () -> forwarding.forwardTargets())));
    lists.put("transfer to", names(acting.as("carla", () -> forwarding.agentsOf(departmentId))));
    lists.put("assign to", names(acting.as("carla", () -> cases.assignableAgents(open.id()))));
    lists.put("open assigned to", names(acting.as("carla", () -> cases.openingAssignees())));
    lists.put("agent field", names(acting.as("carla", () -> customFields.agentsToChoose())));
    lists.put("workflow step", names(acting.as("admin", () -> workflows.agentsFor(type))));
    lists.put(
        "email copies",
        acting.as("carla", () -> caseEmails.agentsToCopy(open.id())).stream()
            .map(AgentAddress::name)
            .toList());
    lists.forEach(
        (list, names) -> {
          assertTrue(names.contains("Ana Souza") || names.contains("Carla Mendes"), list + names);
          assertFalse(names.contains(agentName), "the API client's agent in " + list);
        });
  }

  private static List<String> names(List<Choice> choices) {
    return choices.stream().map(c -> c.name().replaceAll(" \\(.*\\)$", "")).toList();
  }

  private String client(int clearance, Set<ApiScope> scopes, int perMinute) throws Exception {
    return client(clearance, scopes, perMinute, "ACME Ind", "/ Suporte");
  }

  /** A client of the department whose "company / department" name starts and ends so. */
  private String client(
      int clearance, Set<ApiScope> scopes, int perMinute, String company, String department)
      throws Exception {
    long departmentId = department(company, department);
    CreatedApiClient client =
        acting.as(
            "admin",
            () ->
                clients.create(
                    new NewApiClient(
                        "Teste " + UUID.randomUUID(), departmentId, clearance, scopes, perMinute)));
    created.add(client.id());
    return client.token();
  }

  private long suporte() throws Exception {
    return department("ACME Ind", "/ Suporte");
  }

  private long department(String company, String department) throws Exception {
    return acting.as(
        "admin",
        () ->
            clients.departments().stream()
                .filter(d -> d.name().startsWith(company) && d.name().endsWith(department))
                .findFirst()
                .orElseThrow()
                .id());
  }

  /** A case carla (clearance 3, Suporte) opened for Maria, put at the given level. */
  private OpenedCase carlasCase(String word, int level) throws Exception {
    OpenedCase opened =
        openings.open(
            "carla",
            "Maria",
            word + " " + UUID.randomUUID(),
            "Pedido pela API.",
            Priority.NORMAL,
            null,
            false);
    if (level > 0) {
      CaseDetails details = acting.as("carla", () -> cases.details(opened.id()));
      acting.as("carla", () -> cases.changeAccessLevel(opened.id(), details.version(), level));
    }
    return opened;
  }

  private String opening(String subject) throws Exception {
    return "{\"partyId\":"
        + openings.partyId("carla", "Maria")
        + ",\"subject\":\""
        + subject
        + "\",\"request\":\"Pedido aberto pela API.\",\"priority\":\"HIGH\"}";
  }

  private static int countListed(String token, String subject) throws Exception {
    JsonArray listed = json(get(token, "cases?size=100")).getJsonArray("cases");
    int count = 0;
    for (int i = 0; i < listed.size(); i++) {
      if (listed.getJsonObject(i).getString("subject").equals(subject)) {
        count++;
      }
    }
    return count;
  }

  private static List<JsonObject> chats(JsonArray entries) {
    List<JsonObject> chats = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      if ("CHAT_TRANSCRIPT".equals(entries.getJsonObject(i).getString("kind"))) {
        chats.add(entries.getJsonObject(i));
      }
    }
    return chats;
  }

  private static void assertProblem(HttpResponse<String> answer, String field) {
    assertTrue(
        answer
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        "a problem detail: " + answer.headers().map());
    JsonObject problem = json(answer);
    assertEquals(answer.statusCode(), problem.getInt("status"), answer.body());
    if (field != null) {
      assertEquals(field, problem.getString("field"), answer.body());
    }
  }

  private static JsonObject json(HttpResponse<String> answer) {
    try (var reader = Json.createReader(new StringReader(answer.body()))) {
      return reader.readObject();
    }
  }

  private static URI api(String path) {
    // In the server the offset is the server's own; outside it, the build passes it to the test.
    int port =
        8080
            + Integer.getInteger(
                "jboss.socket.binding.port-offset", Integer.getInteger("it.port.offset", 0));
    return URI.create("http://127.0.0.1:" + port + "/atende/api/v1/" + path);
  }

  private static HttpResponse<String> get(String token, String path)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(api(path))
            .header("Authorization", "Bearer " + token)
            .timeout(TIMEOUT)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String token, String path, String key, String body)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(api(path))
            .header("Authorization", "Bearer " + token)
            .header("Idempotency-Key", key)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .timeout(TIMEOUT)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
