package br.com.atende.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The start page sends each user where their role works: agents to their queue, administrators to
 * mail.
 */
@Named
@RequestScoped
public class HomeBacking {

  public String start() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (external.isUserInRole("AGENT") || external.isUserInRole("SUPERVISOR")) {
      return "/cases/queue?faces-redirect=true";
    }
    return "/admin/outbox?faces-redirect=true";
  }
}
