package br.com.atende.web.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * Which tabs of the case page have been opened in this view. A tab's components are built only once
 * it is opened: until then its {@code ui:include} names an empty fragment, so the page a GET
 * builds, renders and keeps in the view state holds the header, the conversation and the side
 * panel, not the forms of fourteen tabs (building those was most of the page's time). PrimeFaces
 * loads a dynamic tab with a postback naming it ({@code <tabView>_currentTab}); that request builds
 * the tab, and every later request of the view keeps it.
 */
@Named
@ViewScoped
public class CaseTabsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String NOT_OPENED = "/WEB-INF/includes/empty.xhtml";

  private static final String TAB_VIEW = "caseForm:tabs";

  private final Set<String> opened = new HashSet<>();

  /** The fragment the tab includes: its content once opened, an empty one before. */
  public String content(String tab, String fragment) {
    if (opened.contains(tab) || requested(tab)) {
      opened.add(tab);
      return fragment;
    }
    return NOT_OPENED;
  }

  private static boolean requested(String tab) {
    String current =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get(TAB_VIEW + "_currentTab");
    return (TAB_VIEW + ":" + tab).equals(current);
  }
}
