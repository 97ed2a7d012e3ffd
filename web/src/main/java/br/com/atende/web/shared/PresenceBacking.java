package br.com.atende.web.shared;

import br.com.atende.presence.Availability;
import br.com.atende.presence.PresenceService;
import br.com.atende.shared.BusinessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The header's availability menu (seed 003, "Alterar Status do Atendente"): the agent checks in
 * once its page's bell socket is open (after the page, so the page itself reads nothing for it),
 * which also says it is here, and changes its availability from the menu.
 */
@Named
@ViewScoped
public class PresenceBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PresenceService presence;

  /** Null until the page checked in: the menu shows only then. */
  private Availability availability;

  public void checkIn() {
    availability = presence.checkIn();
  }

  public void choose() {
    try {
      presence.choose(availability);
      Feedback.info("availability.changed");
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public Availability getAvailability() {
    return availability;
  }

  public void setAvailability(Availability availability) {
    this.availability = availability;
  }

  public Availability[] getChoices() {
    return Availability.values();
  }
}
