package br.com.atende.it;

import static br.com.atende.it.support.BatchJobs.awaitEnd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.CaseSearch;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseSummary;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.application.SearchMode;
import br.com.atende.cases.application.SearchQuery;
import br.com.atende.cases.application.SearchScope;
import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.Fixtures;
import br.com.atende.it.support.Openings;
import br.com.atende.setup.CaseGeneration;
import br.com.atende.shared.PageRequest;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.IntStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The generate-cases job that fills a database for benchmarks, run small on both databases. */
@ExtendWith(ArquillianExtension.class)
class CaseGeneratorIT {

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject CaseGeneration generation;

  @Inject CaseService cases;

  @Inject CaseSearch search;

  @Inject Fixtures fixtures;

  @Test
  void generatedCasesQueueInTheCompanysDepartmentsAndKeepNumbersUnique() throws Exception {
    long before = fixtures.casesIn(fixtures.departmentOf("carla"));
    OpenedCase last = open();

    // 120 cases in chunks of the default size, alternating between the company's two departments.
    long execution = acting.as("admin", () -> generation.start(120, "ACME"));
    assertEquals(BatchStatus.COMPLETED, awaitEnd(execution));

    // Carla's department gets its share of the generated ones (dealt in turn over the company's
    // departments, which other tests add to), plus hers.
    List<Long> departments = fixtures.departmentsOfCompanyOf("carla");
    int turn = departments.indexOf(fixtures.departmentOf("carla"));
    long share = IntStream.rangeClosed(1, 120).filter(g -> g % departments.size() == turn).count();
    assertEquals(before + 1 + share, fixtures.casesIn(fixtures.departmentOf("carla")));
    OpenedCase next = open();
    assertEquals(sequenceOf(last.number()) + 121, sequenceOf(next.number()));
    assertTrue(next.id() > last.id());
  }

  @Test
  void aSearchMatchingMoreThanTheCountLimitIsCountedToTheLimitAndPagedNewestFirst()
      throws Exception {
    // 2,200 generated cases, half of them with a subject holding one of these ten words.
    long execution = acting.as("admin", () -> generation.start(2200, "ACME"));
    assertEquals(BatchStatus.COMPLETED, awaitEnd(execution));
    SearchQuery broad =
        new SearchQuery(
            "nota boleto segunda impressora acesso relatório senha lentidão certificado atualização",
            SearchMode.ANY_WORD,
            SearchScope.SUBJECT);

    assertEquals(CaseSearch.COUNT_LIMIT + 1, acting.as("carla", () -> search.count(broad)));
    List<CaseSummary> page = acting.as("carla", () -> search.search(broad, PageRequest.of(0, 20)));
    assertEquals(20, page.size());
    for (int i = 1; i < page.size(); i++) {
      assertTrue(!page.get(i).openedAt().isAfter(page.get(i - 1).openedAt()), "newest first");
    }
  }

  @Test
  void onlyAnAdministratorGeneratesCases() {
    assertThrows(
        EJBAccessException.class, () -> acting.as("carla", () -> generation.start(10, "ACME")));
  }

  private OpenedCase open() throws Exception {
    return openings.open(
        "carla", "Maria", "Antes da carga", "Caso de referência.", Priority.LOW, null, false);
  }

  private static int sequenceOf(String caseNumber) {
    return Integer.parseInt(caseNumber.substring(caseNumber.indexOf('-') + 1));
  }
}
