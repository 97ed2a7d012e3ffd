package br.com.atende.web.cases;

import br.com.atende.party.application.DuplicateTaxIdException;
import br.com.atende.party.application.PartyRegistry;
import br.com.atende.party.application.PartyRow;
import br.com.atende.party.model.PartyKind;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The party form of the party page: empty to create a party, or the party the page names ({@code
 * ?id=}) to change, deactivate or reactivate it. A tax id another party has is refused with a link
 * to that party.
 */
@Named
@ViewScoped
public class PartyFormBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PartyRegistry registry;

  private Long partyId;

  private PartyRow party;

  private final PartyFields fields = new PartyFields();

  /** Loads the party the page names, if any. */
  public void load() {
    if (partyId == null) {
      return;
    }
    try {
      party = registry.row(partyId);
      fields.fill(registry.form(partyId));
    } catch (BusinessException e) {
      Feedback.error(e);
      partyId = null;
    }
  }

  /** Creates the party and shows its page, or saves the change. */
  public String save() {
    try {
      if (partyId == null) {
        long created = registry.create(fields.form()).id();
        Feedback.info("parties.created", fields.getName());
        Feedback.keepForNextRequest();
        return "/cases/party?faces-redirect=true&id=" + created;
      }
      registry.change(partyId, fields.form());
      party = registry.row(partyId);
      Feedback.info("parties.changed", party.name());
    } catch (DuplicateTaxIdException e) {
      fields.duplicateOf(e);
      Feedback.error(e);
    } catch (BusinessException e) {
      Feedback.error(e);
    }
    return null;
  }

  public void deactivate() {
    try {
      registry.deactivate(partyId);
      party = registry.row(partyId);
      Feedback.info("parties.deactivated", party.name());
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void reactivate() {
    try {
      registry.reactivate(partyId);
      party = registry.row(partyId);
      Feedback.info("parties.reactivated", party.name());
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public PartyKind[] getKinds() {
    return PartyKind.values();
  }

  public PartyFields getFields() {
    return fields;
  }

  public PartyRow getParty() {
    return party;
  }

  public Long getPartyId() {
    return partyId;
  }

  public void setPartyId(Long partyId) {
    this.partyId = partyId;
  }
}
