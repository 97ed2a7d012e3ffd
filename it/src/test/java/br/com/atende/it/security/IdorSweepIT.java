package br.com.atende.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.AddNoteCommand;
import br.com.atende.cases.application.AttachmentService;
import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.attachment.AttachmentUpload;
import br.com.atende.cases.model.Priority;
import br.com.atende.integration.application.ApiClientAdminService;
import br.com.atende.integration.application.CreatedApiClient;
import br.com.atende.integration.application.NewApiClient;
import br.com.atende.integration.model.ApiScope;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.Openings;
import br.com.atende.shared.PageRequest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.logging.Logger;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The IDOR sweep: a level-2 case of Suporte (with a note carrying a secret and an attachment) is
 * asked for, by its ids, on every page of the web module (every {@code .xhtml} outside WEB-INF,
 * found by walking the deployed web module, so a new page is swept without editing this test),
 * every servlet mapping the container registered (annotations and web.xml alike) and every REST
 * resource method ({@code @Path} classes found among the web module's classes), by a clearance-1
 * agent of another department (diego) and an agent of another company (elisa). Whatever each
 * answers (a page, "not found", an error page), it never shows the case's subject, its number
 * (unless the number was what the visitor typed) or the secret of its discussion.
 */
@ExtendWith(ArquillianExtension.class)
class IdorSweepIT {

  private static final Logger LOG = Logger.getLogger(IdorSweepIT.class.getName());

  private static final HttpClient API =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private static final List<String> OUTSIDERS = List.of("diego", "elisa");

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject CaseService cases;

  @Inject DiscussionService discussion;

  @Inject AttachmentService attachments;

  @Inject ServletContext web;

  @Inject ApiClientAdminService apiClients;

  /** The restricted case and what must never leak of it. */
  record Secret(
      long caseId,
      String number,
      String subject,
      String marker,
      List<Long> entryIds,
      List<Long> attachmentIds,
      long partyId,
      Long contactId) {}

  @Test
  void outsidersGetNothingOfARestrictedCaseFromAnyPageServletOrResource() throws Exception {
    Secret secret = restrictedCase();
    List<String> targets = new ArrayList<>();
    pages().forEach(page -> targets.add(page));
    servletPaths().forEach(path -> targets.add(path));
    restPaths(secret).forEach(path -> targets.add(path));
    assertTrue(targets.size() > 20, "the sweep found the pages: " + targets);
    LOG.info(() -> "IDOR sweep over " + targets.size() + " paths: " + targets);

    // The owner sees the markers where they are shown: the sweep looks for text that would appear.
    String own = Visitor.loggedInAs("carla").get("cases/view.xhtml?id=" + secret.caseId()).body();
    assertTrue(own.contains(secret.subject()) && own.contains(secret.marker()), "carla sees it");

    List<String> leaks = new ArrayList<>();
    for (String login : OUTSIDERS) {
      Visitor outsider = Visitor.loggedInAs(login);
      for (String target : targets) {
        for (String query : queries(secret)) {
          String path = target + (target.contains("?") ? "&" : "?") + query;
          HttpResponse<String> answer = outsider.get(path);
          String body = answer.body();
          boolean typedTheNumber = query.contains(secret.number());
          if (body.contains(secret.subject())
              || body.contains(secret.marker())
              || (!typedTheNumber && body.contains(secret.number()))) {
            leaks.add(login + " " + path + " -> " + answer.statusCode());
          }
        }
      }
    }
    assertTrue(leaks.isEmpty(), "the restricted case leaked:\n" + String.join("\n", leaks));
  }

  /**
   * The intake API swept the same way: every GET operation its served OpenAPI document lists (so a
   * new resource is swept once documented, and IntakeApiIT fails an undocumented one), its path
   * parameters filled with the case's id and its query named after each id, asked by a clearance-1
   * API client of another department and by a clearance-3 client of another company.
   */
  @Test
  void outsideApiClientsGetNothingOfARestrictedCaseFromAnyResource() throws Exception {
    Secret secret = restrictedCase();
    List<String> operations = apiGetPaths();
    assertTrue(operations.contains("cases/{id}"), "the sweep found the API: " + operations);
    List<Long> clients = new ArrayList<>();
    try {
      List<String> leaks = new ArrayList<>();
      for (String token :
          List.of(
              apiClient(clients, "ACME Ind", "/ Financeiro", 1),
              apiClient(clients, "ACME Serv", "", 3))) {
        for (String operation : operations) {
          String path = operation.replaceAll("\\{[^}]*\\}", String.valueOf(secret.caseId()));
          for (String query : apiQueries(secret)) {
            HttpResponse<String> answer = apiGet(token, path + "?" + query);
            String body = answer.body();
            boolean typedTheNumber = query.contains(secret.number());
            if (body.contains(secret.subject())
                || body.contains(secret.marker())
                || (!typedTheNumber && body.contains(secret.number()))) {
              leaks.add(path + "?" + query + " -> " + answer.statusCode());
            }
          }
        }
      }
      assertTrue(leaks.isEmpty(), "the restricted case leaked through the API:\n" + leaks);
    } finally {
      for (long id : clients) {
        acting.as(
            "admin",
            () -> {
              apiClients.revoke(id);
              return null;
            });
      }
    }
  }

  /** The ids of the case under the names the API's operations take. */
  private static List<String> apiQueries(Secret s) {
    return List.of(
        named(String.valueOf(s.caseId()), "id", "caseId"),
        named(s.number(), "number", "caseNumber"),
        named(String.valueOf(s.partyId()), "partyId"),
        named(s.subject().split(" ")[0], "name", "q"));
  }

  /** The GET operations of the API's served OpenAPI document, relative to its server URL. */
  private static List<String> apiGetPaths() throws Exception {
    HttpResponse<String> document = apiGet(null, "openapi");
    assertEquals(200, document.statusCode(), "the API serves its OpenAPI document");
    JsonObject paths =
        Json.createReader(new StringReader(document.body())).readObject().getJsonObject("paths");
    List<String> operations = new ArrayList<>();
    paths.forEach(
        (path, item) -> {
          if (item.asJsonObject().containsKey("get")) {
            operations.add(path.substring(1));
          }
        });
    return operations;
  }

  private String apiClient(List<Long> clients, String company, String department, int clearance)
      throws Exception {
    long departmentId =
        acting.as(
            "admin",
            () ->
                apiClients.departments().stream()
                    .filter(d -> d.name().startsWith(company) && d.name().endsWith(department))
                    .findFirst()
                    .orElseThrow()
                    .id());
    CreatedApiClient created =
        acting.as(
            "admin",
            () ->
                apiClients.create(
                    new NewApiClient(
                        "Varredura " + UUID.randomUUID(),
                        departmentId,
                        clearance,
                        Set.of(ApiScope.CASES_READ),
                        6000)));
    clients.add(created.id());
    return created.token();
  }

  private static HttpResponse<String> apiGet(String token, String path) throws Exception {
    int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/atende/api/v1/" + path))
            .timeout(Duration.ofSeconds(60));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return API.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IOException("GET " + path + ": " + e.getMessage(), e);
    }
  }

  @Test
  void theSweepFindsEveryPageOfTheWebModule() {
    Set<String> pages = pages();
    assertTrue(pages.contains("cases/view.xhtml"), "the case page is swept");
    assertTrue(pages.contains("public/case-response.xhtml"), "the public page is swept");
    assertFalse(pages.stream().anyMatch(p -> p.startsWith("WEB-INF/")), "WEB-INF is not served");
  }

  /** The query strings an attacker tries: each id of the case under every name a page takes. */
  private static List<String> queries(Secret s) {
    List<String> queries = new ArrayList<>();
    String id = String.valueOf(s.caseId());
    queries.add(named(id, "id", "case", "caseId", "fromCase", "sameAs", "parent", "other"));
    for (long entry : s.entryIds()) {
      queries.add(named(String.valueOf(entry), "id", "entry", "entryId", "note"));
    }
    for (long file : s.attachmentIds()) {
      queries.add(named(String.valueOf(file), "id", "attachment", "file"));
    }
    queries.add(named(String.valueOf(s.partyId()), "id", "party", "partyId", "client"));
    if (s.contactId() != null) {
      queries.add(named(String.valueOf(s.contactId()), "id", "contact", "contactId"));
    }
    queries.add(named(s.number(), "q", "number", "fromCase", "sameAs") + "&mode=NUMBER");
    queries.add(named(s.subject().split(" ")[0], "q", "terms"));
    return queries;
  }

  private static String named(String value, String... names) {
    String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
    List<String> pairs = new ArrayList<>();
    for (String name : names) {
      pairs.add(name + "=" + encoded);
    }
    return String.join("&", pairs);
  }

  /** Every page the web module serves: its .xhtml files outside WEB-INF (and META-INF). */
  private Set<String> pages() {
    Set<String> pages = new TreeSet<>();
    walk("/", pages);
    return pages;
  }

  private void walk(String folder, Set<String> pages) {
    Set<String> paths = web.getResourcePaths(folder);
    if (paths == null) {
      return;
    }
    for (String path : paths) {
      if (path.startsWith("/WEB-INF/") || path.startsWith("/META-INF/")) {
        continue;
      }
      if (path.endsWith("/")) {
        walk(path, pages);
      } else if (path.endsWith(".xhtml")) {
        pages.add(path.substring(1));
      }
    }
  }

  /**
   * Every servlet mapping but the Faces servlet's (its pages are swept above), the container's
   * default servlet and Arquillian's runner, whether declared by annotation or in web.xml.
   */
  private List<String> servletPaths() {
    List<String> paths = new ArrayList<>();
    for (ServletRegistration servlet : web.getServletRegistrations().values()) {
      String type = servlet.getClassName();
      if (type == null
          || type.endsWith(".FacesServlet")
          || type.contains("arquillian")
          || type.startsWith("io.undertow")) {
        continue;
      }
      for (String mapping : servlet.getMappings()) {
        if (mapping.startsWith("/") && !mapping.equals("/") && !mapping.equals("/*")) {
          paths.add(mapping.replace("/*", "/").substring(1));
        }
      }
    }
    assertTrue(paths.contains("cases/attachment"), "the attachment servlet is swept: " + paths);
    return paths;
  }

  /**
   * Every GET method of a JAX-RS resource among the web module's classes, its path parameters
   * filled with the case's id (none exist yet: this covers the API when it lands).
   */
  private List<String> restPaths(Secret secret) throws Exception {
    List<Class<?>> classes = new ArrayList<>();
    loadClasses("/WEB-INF/classes/", classes);
    String base = "";
    for (Class<?> type : classes) {
      jakarta.ws.rs.ApplicationPath app = type.getAnnotation(jakarta.ws.rs.ApplicationPath.class);
      if (app != null) {
        base = app.value().replaceAll("^/|/$", "");
      }
    }
    List<String> paths = new ArrayList<>();
    for (Class<?> type : classes) {
      jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
      if (root == null) {
        continue;
      }
      for (Method method : type.getMethods()) {
        if (method.isAnnotationPresent(jakarta.ws.rs.GET.class)) {
          jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
          String path = base + "/" + root.value() + (sub == null ? "" : "/" + sub.value());
          paths.add(
              path.replaceAll("/+", "/")
                  .replaceAll("^/", "")
                  .replaceAll("\\{[^}]*\\}", String.valueOf(secret.caseId())));
        }
      }
    }
    return paths;
  }

  private void loadClasses(String folder, List<Class<?>> classes) throws Exception {
    Set<String> paths = web.getResourcePaths(folder);
    if (paths == null) {
      return;
    }
    for (String path : paths) {
      if (path.endsWith("/")) {
        loadClasses(path, classes);
      } else if (path.endsWith(".class") && !path.contains("$")) {
        String name =
            path.substring("/WEB-INF/classes/".length(), path.length() - 6).replace('/', '.');
        if (name.startsWith("br.com.atende.web")) {
          classes.add(Class.forName(name, false, Thread.currentThread().getContextClassLoader()));
        }
      }
    }
  }

  /** Opened by carla (clearance 3, Suporte), raised to level 2, with a secret note and a file. */
  private Secret restrictedCase() throws Exception {
    String word = "Sigilo" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String subject = word + " contrato restrito";
    String marker = "SEGREDO-" + UUID.randomUUID();
    OpenedCase opened =
        openings.open("carla", "Maria", subject, "Pedido restrito.", Priority.NORMAL, null, true);
    CaseDetails details = acting.as("carla", () -> cases.details(opened.id()));
    acting.as("carla", () -> cases.changeAccessLevel(opened.id(), details.version(), 2));
    byte[] pdf = "%PDF-1.7\nsegredo\n".getBytes(StandardCharsets.US_ASCII);
    acting.as(
        "carla",
        () -> {
          discussion.addNote(
              new AddNoteCommand(
                  opened.id(),
                  "<p>" + marker + "</p>",
                  true,
                  false,
                  List.of(
                      new AttachmentUpload(
                          "contrato.pdf", pdf.length, () -> new ByteArrayInputStream(pdf)))));
          return null;
        });
    List<Long> entries =
        acting.as(
            "carla",
            () ->
                discussion.discussion(opened.id(), PageRequest.of(0, 20)).stream()
                    .map(e -> e.id())
                    .toList());
    List<Long> files =
        acting.as(
            "carla",
            () ->
                attachments.attachments(opened.id(), PageRequest.of(0, 20)).stream()
                    .map(a -> a.id())
                    .toList());
    assertFalse(files.isEmpty(), "the case has an attachment");
    CaseDetails restricted = acting.as("carla", () -> cases.details(opened.id()));
    return new Secret(
        opened.id(),
        opened.number(),
        subject,
        marker,
        entries,
        files,
        restricted.partyId(),
        restricted.contactId());
  }
}
