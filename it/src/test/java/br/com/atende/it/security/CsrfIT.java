package br.com.atende.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.Openings;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CSRF: a postback counts only with the view state the server gave this session's page (server-side
 * state saving: an unguessable id kept in the session) and the page's CSP nonce. A crafted post of
 * the composer with both adds the note (so the crafted request is right); without the view state,
 * or with another session's, nothing is written. Then every command of every page (found by walking
 * the web module and reading each page's forms and buttons) is posted both ways, and the database
 * is exactly as before.
 */
@ExtendWith(ArquillianExtension.class)
class CsrfIT {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

  private static final Pattern FORM = Pattern.compile("<form\\b[^>]*\\bid=\"([^\"]+)\"");

  private static final Pattern INPUT = Pattern.compile("<(input|textarea|select)\\b[^>]*>");

  private static final Pattern COMMAND =
      Pattern.compile("<(button|a)\\b[^>]*\\bid=\"([^\"]+)\"|\\bs:\"([^\"]+)\"");

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject DiscussionService discussion;

  @Inject StateFingerprint state;

  @Inject ServletContext web;

  @Test
  void aNotePostedWithoutThisSessionsViewStateIsNotAdded() throws Exception {
    long id = openings.open("ana", "Maria", "CSRF", "Pedido.", Priority.NORMAL, null, true).id();
    String page = "cases/view.xhtml?id=" + id;
    Visitor ana = Visitor.loggedInAs("ana");
    HttpResponse<String> own = ana.get(page);
    String carlasViewState = viewState(Visitor.loggedInAs("carla").get(page).body());

    ana.postAjax(page, addNote("sem estado", null, null));
    ana.postAjax(page, addNote("estado de outra sessão", carlasViewState, nonce(own)));
    assertEquals(1, entries(id), "only the opening entry");

    ana.postAjax(page, addNote("com o estado da página", viewState(own.body()), nonce(own)));
    assertEquals(2, entries(id), "the same post with the page's own state adds the note");
  }

  @Test
  void noCommandOfAnyPageChangesAnythingWithoutTheViewState() throws Exception {
    long id =
        openings
            .open("ana", "Maria", "CSRF varredura", "Pedido.", Priority.NORMAL, null, true)
            .id();
    Visitor ana = Visitor.loggedInAs("ana");
    Visitor carla = Visitor.loggedInAs("carla");
    Map<String, String> crafted = new LinkedHashMap<>();
    for (String path : pages()) {
      String page = path + "?id=" + id;
      HttpResponse<String> own = ana.get(page);
      HttpResponse<String> other = carla.get(page);
      String foreign = other.statusCode() == 200 ? viewStateOrNull(other.body()) : null;
      for (String post : posts(own.body(), null)) {
        crafted.put(page + " without view state: " + post, post);
      }
      if (foreign != null) {
        for (String post : posts(own.body(), foreign)) {
          crafted.put(page + " with carla's view state: " + post, post);
        }
      }
    }
    assertTrue(crafted.size() > 50, "the sweep found the commands: " + crafted.size());

    List<String> before = state.now();
    List<String> refused = new ArrayList<>();
    for (Map.Entry<String, String> post : crafted.entrySet()) {
      String page = post.getKey().substring(0, post.getKey().indexOf(' '));
      ana.postAjax(page, post.getValue());
      ana.post(page, post.getValue());
      refused.add(post.getKey());
    }
    assertEquals(before, state.now(), "nothing was written by " + refused.size() + " posts");
  }

  private long entries(long caseId) throws Exception {
    return acting.as("ana", () -> discussion.countDiscussion(caseId));
  }

  /** Every form of the page posted once per command it holds, with its fields as rendered. */
  private static List<String> posts(String html, String viewState) {
    Set<String> forms = new LinkedHashSet<>();
    Matcher form = FORM.matcher(html);
    while (form.find()) {
      forms.add(form.group(1));
    }
    List<String> fields = new ArrayList<>();
    forms.forEach(f -> fields.add(pair(f, f)));
    Matcher input = INPUT.matcher(html);
    while (input.find()) {
      String name = attribute(input.group(), "name");
      if (name != null
          && !name.equals("jakarta.faces.ViewState")
          && !name.startsWith("primefaces.")) {
        String value = attribute(input.group(), "value");
        fields.add(pair(name, value == null ? "" : value));
      }
    }
    if (viewState != null) {
      fields.add(pair("jakarta.faces.ViewState", viewState));
    }
    Set<String> commands = new TreeSet<>();
    Matcher command = COMMAND.matcher(html);
    while (command.find()) {
      commands.add(command.group(2) != null ? command.group(2) : command.group(3));
    }
    List<String> posts = new ArrayList<>();
    for (String source : commands) {
      posts.add(
          String.join("&", fields)
              + "&"
              + pair("jakarta.faces.partial.ajax", "true")
              + "&"
              + pair("jakarta.faces.source", source)
              + "&"
              + pair("jakarta.faces.partial.execute", "@all")
              + "&"
              + pair(source, source));
    }
    return posts;
  }

  private static String addNote(String text, String viewState, String nonce) {
    List<String> fields = new ArrayList<>();
    fields.add(pair("caseForm", "caseForm"));
    fields.add(pair("caseForm:noteText_input", "<p>" + text + "</p>"));
    fields.add(pair("jakarta.faces.partial.ajax", "true"));
    fields.add(pair("jakarta.faces.source", "caseForm:addNote"));
    fields.add(pair("jakarta.faces.partial.execute", "caseForm:noteText caseForm:addNote"));
    fields.add(pair("jakarta.faces.partial.render", "caseForm:entries"));
    fields.add(pair("caseForm:addNote", "caseForm:addNote"));
    if (viewState != null) {
      fields.add(pair("jakarta.faces.ViewState", viewState));
    }
    if (nonce != null) {
      fields.add(pair("primefaces.nonce", nonce));
    }
    return String.join("&", fields);
  }

  private static String attribute(String tag, String name) {
    Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
    return value.find() ? value.group(1).replace("&amp;", "&") : null;
  }

  private static String pair(String name, String value) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8)
        + "="
        + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String viewStateOrNull(String html) {
    Matcher found = VIEW_STATE.matcher(html);
    return found.find() ? found.group(1).replace("&amp;", "&") : null;
  }

  private static String viewState(String html) {
    Matcher found = VIEW_STATE.matcher(html);
    if (!found.find()) {
      throw new AssertionError("no view state in the page");
    }
    return found.group(1).replace("&amp;", "&");
  }

  private static String nonce(HttpResponse<String> page) {
    Matcher found = NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
    if (!found.find()) {
      throw new AssertionError("no CSP nonce");
    }
    return found.group(1);
  }

  /** The pages of the web module with a form an agent may post: .xhtml outside WEB-INF. */
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
}
