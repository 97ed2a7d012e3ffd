package br.com.atende.web.cases;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Which tabs and dialogs of the case page have been opened in this view. A tab's components are
 * built only once it is opened: until then its {@code ui:include} names an empty fragment, so the
 * page a GET builds, renders and keeps in the view state holds the header, the conversation and the
 * side panel, not the forms of fourteen tabs (building those was most of the page's time).
 * PrimeFaces loads a dynamic tab with a postback naming it ({@code <tabView>_currentTab}); that
 * request builds the tab, and every later request of the view keeps it.
 *
 * <p>A link may name the tab the page opens on ({@code view.xhtml?id=…&tab=time}): that GET builds
 * and shows the tab with the page, so a colleague's link lands where it should, and the load
 * benchmark times a panel the way an agent opens it from such a link.
 */
@Named
@ViewScoped
public class CaseTabsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String NOT_OPENED = "/WEB-INF/includes/empty.xhtml";

  private static final String FORM = "caseForm";

  private static final String TAB_VIEW = FORM + ":tabs";

  /** The request parameter naming the tab a link opens, without the "Tab" suffix of its id. */
  private static final String LINKED_TAB = "tab";

  /**
   * The request parameter naming the component whose ajax request this is (PrimeFaces sends it).
   */
  private static final String AJAX_SOURCE = "jakarta.faces.source";

  private final Set<String> opened = new HashSet<>();

  private int activeIndex;

  /** The fragment the tab includes: its content once opened, an empty one before. */
  public String content(String tab, String fragment) {
    if (opened.contains(tab) || requested(tab)) {
      opened.add(tab);
      return fragment;
    }
    return NOT_OPENED;
  }

  /** The tab the page shows: the linked one on the GET, then whichever the agent selects. */
  public int getActiveIndex() {
    return activeIndex;
  }

  public void setActiveIndex(int activeIndex) {
    this.activeIndex = activeIndex;
  }

  /**
   * Shows the tab a link names (an unknown name leaves the first tab). Runs before the GET renders,
   * once the view is built and the tabs are components to count.
   */
  public void showLinkedTab() {
    String linked = parameter(LINKED_TAB);
    if (linked == null || FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    UIComponent tabs = FacesContext.getCurrentInstance().getViewRoot().findComponent(TAB_VIEW);
    int index = 0;
    for (UIComponent tab : tabs.getChildren()) {
      if (!tab.isRendered()) {
        continue;
      }
      if (tab.getId().equals(linked + "Tab")) {
        activeIndex = index;
        return;
      }
      index++;
    }
  }

  /**
   * The fragment a dynamic dialog of the header includes: its content once opened, an empty one
   * before. PrimeFaces loads a dynamic dialog with a postback naming it ({@code
   * <dialog>_contentLoad}); from that request on, the view keeps the dialog's form.
   */
  public String dialog(String dialog, String fragment) {
    String key = "dialog:" + dialog;
    if (opened.contains(key) || parameter(FORM + ":" + dialog + "_contentLoad") != null) {
      opened.add(key);
      return fragment;
    }
    return NOT_OPENED;
  }

  /**
   * The fragment a form shown on demand includes (the request's edit form, the relink form, the
   * time panel's entry form): its content once one of its {@code triggers} (space-separated
   * component ids, the last segment of the client id, so a button in a table row counts) has posted
   * in this view, an empty one before. Those forms are most of the components a case page would
   * build for nothing: an agent opens one in a few of the views they load.
   */
  public String onDemand(String part, String fragment, String triggers) {
    if (opened.contains(part) || triggeredBy(triggers)) {
      opened.add(part);
      return fragment;
    }
    return NOT_OPENED;
  }

  /** Whether a form shown on demand has been opened in this view. */
  public boolean isOpen(String part) {
    return opened.contains(part);
  }

  private static boolean triggeredBy(String triggers) {
    String source = parameter(AJAX_SOURCE);
    if (source == null) {
      return false;
    }
    String id = source.substring(source.lastIndexOf(':') + 1);
    return Arrays.asList(triggers.split(" ")).contains(id);
  }

  private static String parameter(String name) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
  }

  private static boolean requested(String tab) {
    return (TAB_VIEW + ":" + tab).equals(parameter(TAB_VIEW + "_currentTab"))
        || (tab.equals(parameter(LINKED_TAB) + "Tab")
            && !FacesContext.getCurrentInstance().isPostback());
  }
}
