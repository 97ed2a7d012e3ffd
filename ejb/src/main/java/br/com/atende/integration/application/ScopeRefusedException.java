package br.com.atende.integration.application;

import br.com.atende.shared.BusinessException;

/** The API client was not given the scope the call needs (answered 403). */
public class ScopeRefusedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ScopeRefusedException(String scope) {
    super("error.api.scope", "scope", scope);
  }
}
