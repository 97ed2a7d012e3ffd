package br.com.atende.web.cases;

import br.com.atende.party.application.PartyRegistry;
import br.com.atende.party.application.PartyService;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.OfferedConverter;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The representatives panel of the party page: the sales representatives linked to the party, one
 * more found by name and linked, one unlinked.
 */
@Named
@ViewScoped
public class PartyRepresentativesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PartyRegistry registry;

  @Inject private PartyService parties;

  private Long partyId;

  private List<Choice> linked = List.of();

  private Choice chosen;

  private final Map<Long, Choice> offered = new HashMap<>();

  public void load() {
    if (partyId != null) {
      try {
        linked = registry.representatives(partyId);
      } catch (BusinessException e) {
        Feedback.error(e);
      }
    }
  }

  public List<Choice> complete(String query) {
    List<Choice> found = parties.lookupRepresentatives(query);
    found.forEach(option -> offered.put(option.id(), option));
    return found;
  }

  public void link() {
    if (chosen == null) {
      return;
    }
    try {
      registry.linkRepresentative(partyId, chosen.id());
      Feedback.info("parties.representative.linked", chosen.name());
      chosen = null;
      linked = registry.representatives(partyId);
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void unlink(long representativeId, String name) {
    try {
      registry.unlinkRepresentative(partyId, representativeId);
      Feedback.info("parties.representative.unlinked", name);
      linked = registry.representatives(partyId);
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public Converter<Choice> getConverter() {
    return new OfferedConverter<>(offered, Choice::id);
  }

  public List<Choice> getLinked() {
    return linked;
  }

  public Choice getChosen() {
    return chosen;
  }

  public void setChosen(Choice chosen) {
    this.chosen = chosen;
  }

  public Long getPartyId() {
    return partyId;
  }

  public void setPartyId(Long partyId) {
    this.partyId = partyId;
  }
}
