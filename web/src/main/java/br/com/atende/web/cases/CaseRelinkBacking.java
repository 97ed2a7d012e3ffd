package br.com.atende.web.cases;

import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.RelinkCommand;
import br.com.atende.party.application.PartyOption;
import br.com.atende.party.application.PartyService;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The case page's "change client or representative" form: who the case is for and who represents
 * it, prefilled from the case. The service decides who may change what (LINK_PARTY_TO_CASE, or a
 * supervisor for the representative) and audits each change.
 */
@Named
@ViewScoped
public class CaseRelinkBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseBacking page;

  @Inject private CaseService cases;

  @Inject private PartyService parties;

  private boolean editing;
  private PartySelection who;

  /**
   * Opens the form with the case's current party, contact and representative; the lookup searches
   * every kind, as the right client may be of another kind than the one first chosen.
   */
  public void start() {
    CaseDetails details = page.getDetails();
    who = new PartySelection();
    who.choose(
        parties,
        new PartyOption(details.partyId(), details.partyKind(), details.partyName(), null),
        details.contactId());
    who.chooseRepresentative(
        parties,
        details.representativeId() == null
            ? null
            : new Choice(details.representativeId(), details.representativeName()),
        details.representativeContactId());
    editing = true;
  }

  public List<PartyOption> completeParty(String query) {
    return who.completeParty(parties, query);
  }

  public void partyChosen() {
    who.partyChosen(parties);
  }

  public List<Choice> completeRepresentative(String query) {
    return who.completeRepresentative(parties, query);
  }

  public void representativeChosen() {
    who.representativeChosen(parties);
  }

  public void save() {
    try {
      cases.relink(
          new RelinkCommand(
              page.getId(),
              page.getDetails().version(),
              who.getPartyId(),
              who.getContactId(),
              who.getRepresentativeId(),
              who.getRepresentativeContactId()));
      Feedback.info("view.relink.done");
      editing = false;
      page.refresh();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void cancel() {
    editing = false;
  }

  public boolean isEditing() {
    return editing;
  }

  public PartySelection getWho() {
    return who;
  }
}
