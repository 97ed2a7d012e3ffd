package br.com.atende.integration.model;

/** What an API client may do: read the cases it may see, and open or append to cases. */
public enum ApiScope {
  CASES_READ("cases:read"),
  CASES_WRITE("cases:write");

  private final String token;

  ApiScope(String token) {
    this.token = token;
  }

  /** The scope's name as OAuth-style clients write it. */
  public String token() {
    return token;
  }
}
