package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.atende.cases.application.AddNoteCommand;
import br.com.atende.cases.application.AddSolutionCommand;
import br.com.atende.cases.application.CaseSearch;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseSummary;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.application.SearchMode;
import br.com.atende.cases.application.SearchQuery;
import br.com.atende.cases.application.SearchScope;
import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.Openings;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.PageRequest;
import jakarta.inject.Inject;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Similar-subject search on both databases: full text on PostgreSQL, folded LIKE on H2, the same
 * answers. Each test works with a made-up word of its own, so cases of other tests never match.
 */
@ExtendWith(ArquillianExtension.class)
class SimilarCaseSearchIT {

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject CaseService cases;

  @Inject CaseSearch search;

  @Inject DiscussionService discussion;

  private String word;
  private long inSubject;
  private long inSubjectAndRequest;
  private long inDiscussion;
  private long inSolution;

  @BeforeEach
  void openCasesMentioningAWordOfTheirOwn() throws Exception {
    word = madeUpWord();
    inSubject = open("ana", "Nota fiscal " + word + " rejeitada", "A SEFAZ rejeitou a nota.");
    inSubjectAndRequest =
        open("ana", word + " sem nota", "A nota fiscal não chegou ao cliente " + word + ".");
    // Ana holds the cases she writes to: seeing a case is not enough to write to it.
    inDiscussion =
        openHeld("ana", "Lentidão no sistema", "O sistema está lento desde segunda-feira.");
    acting.as(
        "ana",
        () -> {
          discussion.addNote(
              new AddNoteCommand(
                  inDiscussion,
                  "O erro " + word + " apareceu de novo na transmissão",
                  false,
                  false));
          return null;
        });
    inSolution = openHeld("ana", "Impressora parada", "A impressora não imprime.");
    acting.as(
        "ana",
        () -> {
          discussion.addSolution(
              new AddSolutionCommand(
                  inSolution, "<p>Reinstalei o driver <em>" + word + "</em>.</p>"));
          return null;
        });
  }

  @Test
  void anExactPhraseFindsOnlyTheCasesWithTheWordsTogether() throws Exception {
    assertEquals(
        Set.of(inSubject),
        find("ana", "fiscal " + word, SearchMode.EXACT_PHRASE, SearchScope.SUBJECT));
  }

  @Test
  void anyWordFindsEveryCaseWithOneOfTheWords() throws Exception {
    assertEquals(
        Set.of(inSubject, inSubjectAndRequest),
        find("ana", word + " " + madeUpWord(), SearchMode.ANY_WORD, SearchScope.SUBJECT));
  }

  @Test
  void theScopeDecidesWhichTextIsSearched() throws Exception {
    assertEquals(
        Set.of(inSubjectAndRequest), find("ana", word, SearchMode.ANY_WORD, SearchScope.REQUEST));
    assertEquals(
        Set.of(inDiscussion), find("ana", word, SearchMode.ANY_WORD, SearchScope.DISCUSSION));
    assertEquals(Set.of(inSolution), find("ana", word, SearchMode.ANY_WORD, SearchScope.SOLUTION));
    assertEquals(
        Set.of(inSubject, inSubjectAndRequest, inDiscussion, inSolution),
        find("ana", word, SearchMode.ANY_WORD, SearchScope.ALL));
  }

  @Test
  void accentsAndCaseAreIgnored() throws Exception {
    assertEquals(
        Set.of(inDiscussion),
        find(
            "ana",
            word.toUpperCase() + " apareceu de novo na TRANSMISSAO",
            SearchMode.EXACT_PHRASE,
            SearchScope.DISCUSSION));
  }

  @Test
  void aCaseAboveTheAgentsClearanceIsNeverFound() throws Exception {
    long confidential = open("carla", "Contrato " + word + " confidencial", "Restrito.");
    long version = acting.as("carla", () -> cases.details(confidential).version());
    acting.as("carla", () -> cases.changeAccessLevel(confidential, version, 2));

    assertEquals(
        Set.of(inSubject, inSubjectAndRequest),
        find("ana", word, SearchMode.ANY_WORD, SearchScope.SUBJECT));
    assertEquals(
        2L,
        acting.as(
            "ana", () -> search.count(query(word, SearchMode.ANY_WORD, SearchScope.SUBJECT))));
    assertEquals(
        Set.of(inSubject, inSubjectAndRequest, confidential),
        find("carla", word, SearchMode.ANY_WORD, SearchScope.SUBJECT));
  }

  @Test
  void aSearchCountedOnceIsPagedWithTheSameCasesWithoutCountingAgain() throws Exception {
    SearchQuery everywhere = query(word, SearchMode.ANY_WORD, SearchScope.ALL);
    PageRequest firstPage = PageRequest.of(0, 50);

    long counted = acting.as("ana", () -> search.count(everywhere));
    var paged = acting.as("ana", () -> search.search(everywhere, firstPage, counted));

    assertEquals(4, counted);
    assertEquals(acting.as("ana", () -> search.search(everywhere, firstPage)), paged);
  }

  @Test
  void termsWithoutAnyWordAreRefusedNamingTheField() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> find("ana", " -- ", SearchMode.ANY_WORD, SearchScope.ALL));
    assertEquals("terms", refused.field());
  }

  private Set<Long> find(String login, String terms, SearchMode mode, SearchScope scope)
      throws Exception {
    return acting
        .as(login, () -> search.search(query(terms, mode, scope), PageRequest.of(0, 50)))
        .stream()
        .map(CaseSummary::id)
        .collect(Collectors.toSet());
  }

  private static SearchQuery query(String terms, SearchMode mode, SearchScope scope) {
    return new SearchQuery(terms, mode, scope);
  }

  private long openHeld(String login, String subject, String request) throws Exception {
    return openings.open(login, "Metalúrgica", subject, request, Priority.NORMAL, null, true).id();
  }

  private long open(String login, String subject, String request) throws Exception {
    return openings.open(login, "Metalúrgica", subject, request, Priority.NORMAL, null, false).id();
  }

  /** Eight random consonants: a word no dictionary stems and no other test writes. */
  private static String madeUpWord() {
    String consonants = "bcdfghjklmnpqrstvwxz";
    Random random = new Random();
    StringBuilder word = new StringBuilder("zx");
    for (int i = 0; i < 8; i++) {
      word.append(consonants.charAt(random.nextInt(consonants.length())));
    }
    return word.toString();
  }
}
