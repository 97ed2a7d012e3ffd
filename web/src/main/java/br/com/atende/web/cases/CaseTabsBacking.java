package br.com.atende.web.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * Which tabs and dialogs of the case page have been opened in this view. A tab's components are
 * built only once it is opened: until then its {@code ui:include} names an empty fragment, so the
 * page a GET builds, renders and keeps in the view state holds the header, the conversation and the
 * side panel, not the forms of fourteen tabs (building those was most of the page's time).
 * PrimeFaces loads a dynamic tab with a postback naming it ({@code <tabView>_currentTab}); that
 * request builds the tab, and every later request of the view keeps it.
 */
@Named
@ViewScoped
public class CaseTabsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String NOT_OPENED = "/WEB-INF/includes/empty.xhtml";

  private static final String FORM = "caseForm";

  private static final String TAB_VIEW = FORM + ":tabs";

  private final Set<String> opened = new HashSet<>();

  /** The fragment the tab includes: its content once opened, an empty one before. */
  public String content(String tab, String fragment) {
    if (opened.contains(tab) || requested(tab)) {
      opened.add(tab);
      return fragment;
    }
    return NOT_OPENED;
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

  private static String parameter(String name) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
  }

  private static boolean requested(String tab) {
    return (TAB_VIEW + ":" + tab).equals(parameter(TAB_VIEW + "_currentTab"));
  }
}
