package br.com.atende.party.application;

import br.com.atende.shared.InvalidInputException;

/**
 * A tax id another party already has: refused naming the field and carrying that party, so the page
 * can link to it (or the opening form choose it) instead of creating a second one.
 */
public class DuplicateTaxIdException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  private final long existingPartyId;

  private final String existingPartyName;

  public DuplicateTaxIdException(long existingPartyId, String existingPartyName) {
    super("taxId", "error.taxId.taken", existingPartyName);
    this.existingPartyId = existingPartyId;
    this.existingPartyName = existingPartyName;
  }

  public long existingPartyId() {
    return existingPartyId;
  }

  public String existingPartyName() {
    return existingPartyName;
  }
}
