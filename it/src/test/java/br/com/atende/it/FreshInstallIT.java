package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A new install: the built server started on an empty database WITHOUT the demo setting (as
 * production is), beside the test server with a port offset of its own. No demo login works with
 * the demo password, and neither does any default administrator password: the first administrator's
 * password is chosen through the one-time setup link the server logs, after which that
 * administrator logs in. On PostgreSQL the empty database is a fresh schema of the test database,
 * dropped afterwards. The on-h2 execution leaves this class out (see it/pom.xml: a second server
 * costs a minute); run on H2 by naming it (-Dit.test=FreshInstallIT), it uses an in-memory H2.
 */
class FreshInstallIT {

  private static final Duration STARTUP = Duration.ofMinutes(3);

  private static final List<String> DEMO_LOGINS =
      List.of("admin", "ana", "bruno", "carla", "diego", "elisa");

  private static final Pattern SETUP_LINK =
      Pattern.compile("/public/password\\.xhtml\\?token=([A-Za-z0-9_-]{43})");

  private static final String ADMIN_PASSWORD = "ornitorrinco azul 77";

  private final boolean postgresql =
      "wildfly-postgresql".equals(System.getProperty("arquillian.launch"));

  private final int offset = Integer.getInteger("it.port.offset", 0) + 1;

  private final URI atende = URI.create("http://127.0.0.1:" + (8080 + offset) + "/atende/");

  @Test
  void aServerStartedOnAnEmptyDatabaseWithoutTheDemoSettingHasNoLoginWithAKnownPassword()
      throws Exception {
    Path base = Path.of(System.getProperty("it.server.base") + "-fresh");
    String schema = "fresh_" + UUID.randomUUID().toString().substring(0, 8);
    deleteTree(base);
    Files.createDirectories(base.resolve("deployments"));
    // The provisioned server's own configuration, not the test server's: the suite's deployment is
    // recorded in the running test server's configuration file, and would be deployed twice here.
    copyTree(
        Path.of(System.getProperty("jboss.home"), "standalone", "configuration"),
        base.resolve("configuration"));
    Files.copy(Path.of(System.getProperty("atende.ear")), base.resolve("deployments/atende.ear"));
    if (postgresql) {
      database("CREATE SCHEMA " + schema);
    }
    Process server = start(base, schema);
    try {
      awaitDeployment(base);

      for (String login : DEMO_LOGINS) {
        for (String password : List.of("atende", "admin", login)) {
          assertFalse(logsIn(login, password), login + " / " + password + " must not log in");
        }
      }

      String log = Files.readString(base.resolve("log/server.log"));
      Matcher link = SETUP_LINK.matcher(log);
      assertTrue(link.find(), "the server log has the setup link");
      choosePassword(link.group(1), ADMIN_PASSWORD);
      assertTrue(logsIn("admin", ADMIN_PASSWORD), "the first administrator logs in");
    } finally {
      stop(server);
      if (postgresql) {
        database("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private Process start(Path base, String schema) throws IOException {
    String dbUrl =
        postgresql
            ? System.getProperty("atende.test.db.url") + "?currentSchema=" + schema + ",public"
            : "jdbc:h2:mem:fresh;DB_CLOSE_DELAY=-1";
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("jboss.home"), "bin", "standalone.sh").toString());
    command.addAll(
        List.of(
            "-c",
            postgresql ? "atende-postgresql.xml" : "atende-h2.xml",
            "-b",
            "127.0.0.1",
            "-Djboss.server.base.dir=" + base.toAbsolutePath(),
            "-Djboss.socket.binding.port-offset=" + offset,
            "-Datende.db.url=" + dbUrl,
            "-Datende.db.user=" + System.getProperty("atende.test.db.user"),
            "-Datende.db.password=" + System.getProperty("atende.test.db.password"),
            "-Datende.smtp.port=" + System.getProperty("it.smtp.port", "3025")));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("ATENDE_DEMO_DATA");
    builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
    builder.redirectErrorStream(true).redirectOutput(base.resolve("console.log").toFile());
    return builder.start();
  }

  private static void awaitDeployment(Path base) throws Exception {
    Instant deadline = Instant.now().plus(STARTUP);
    Path deployments = base.resolve("deployments");
    while (Instant.now().isBefore(deadline)) {
      if (Files.exists(deployments.resolve("atende.ear.deployed"))) {
        return;
      }
      if (Files.exists(deployments.resolve("atende.ear.failed"))) {
        throw new AssertionError("deployment failed: see " + base.resolve("log/server.log"));
      }
      Thread.sleep(500);
    }
    throw new AssertionError("not deployed within " + STARTUP);
  }

  private static void stop(Process server) throws InterruptedException {
    List<ProcessHandle> all = new ArrayList<>(server.descendants().toList());
    server.destroy();
    all.forEach(ProcessHandle::destroy);
    if (!server.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      server.destroyForcibly();
    }
    for (ProcessHandle child : all) {
      child
          .onExit()
          .orTimeout(60, java.util.concurrent.TimeUnit.SECONDS)
          .exceptionally(e -> null)
          .join();
      child.destroyForcibly();
    }
  }

  private boolean logsIn(String login, String password) throws Exception {
    HttpClient http = browser();
    http.send(
        HttpRequest.newBuilder(atende.resolve("index.xhtml")).build(),
        HttpResponse.BodyHandlers.discarding());
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(atende.resolve("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "j_username=" + encoded(login) + "&j_password=" + encoded(password)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return answer.statusCode() == 302
        && !answer.headers().firstValue("Location").orElse("").contains("login.xhtml");
  }

  /** Chooses the password on the link's page, as a browser posts its form. */
  private void choosePassword(String token, String password) throws Exception {
    HttpClient http = browser();
    URI page = atende.resolve("public/password.xhtml?token=" + token);
    String form =
        http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString())
            .body();
    String body =
        String.join(
            "&",
            "password=password",
            "password%3AnewPassword=" + encoded(password),
            "password%3Aconfirmation=" + encoded(password),
            "password%3Achoose=x",
            "primefaces.nonce=" + encoded(valueOf(form, "primefaces.nonce")),
            "jakarta.faces.ViewState=" + encoded(valueOf(form, "jakarta.faces.ViewState")));
    String answer =
        http.send(
                HttpRequest.newBuilder(page)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertTrue(answer.contains("id=\"password-chosen\""), answer);
  }

  private static HttpClient browser() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(30))
        .build();
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

  private static void database(String sql) throws Exception {
    try (Connection connection =
            DriverManager.getConnection(
                System.getProperty("atende.test.db.url"),
                System.getProperty("atende.test.db.user"),
                System.getProperty("atende.test.db.password"));
        Statement statement = connection.createStatement()) {
      assertEquals(0, statement.executeUpdate(sql));
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
