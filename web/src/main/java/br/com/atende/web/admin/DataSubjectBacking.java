package br.com.atende.web.admin;

import br.com.atende.dataprotection.application.AnonymizationOutcome;
import br.com.atende.dataprotection.application.DataSubjectService;
import br.com.atende.dataprotection.application.PartyMatch;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The data-subject page's search and its two actions on a party found: "Exportar" (a link to the
 * export servlet) and "Anonimizar" (after a confirmation).
 */
@Named
@ViewScoped
public class DataSubjectBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DataSubjectService dataSubjects;

  private String search;

  private List<PartyMatch> matches = List.of();

  public void find() {
    try {
      matches = dataSubjects.find(search);
      if (matches.isEmpty()) {
        Feedback.info("dataSubject.none");
      }
    } catch (BusinessException e) {
      matches = List.of();
      Feedback.error(e);
    }
  }

  public void anonymize(long partyId) {
    try {
      AnonymizationOutcome done = dataSubjects.anonymize(partyId);
      Feedback.info("dataSubject.anonymized", done.cases(), done.files(), done.auditRows());
      matches = dataSubjects.find(search);
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public List<PartyMatch> getMatches() {
    return matches;
  }

  public int getMatchLimit() {
    return DataSubjectService.MATCHES;
  }
}
