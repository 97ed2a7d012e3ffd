package br.com.atende.integration.application;

import br.com.atende.cases.application.CaseSummary;
import java.util.List;

/** A page of the case list and where the next one starts (none on the last page). */
public record CasePage(List<CaseSummary> cases, CaseCursor next) {

  public CasePage {
    cases = List.copyOf(cases);
  }
}
