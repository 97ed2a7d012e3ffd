package br.com.atende.web.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The Content-Security-Policy nonce of this response, for a form of a page without PrimeFaces'
 * scripts (the public answer page). On every postback PrimeFaces compares the nonce the form posts
 * ({@code primefaces.nonce}) with the one it gave the view, and refuses a mismatch; its own script
 * adds that field to the forms of the pages that load it, this page carries it itself.
 */
@Named
@RequestScoped
public class CspNonce {

  public String getValue() {
    return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
  }
}
