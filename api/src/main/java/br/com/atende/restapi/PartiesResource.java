package br.com.atende.restapi;

import br.com.atende.integration.application.IntakeApiService;
import br.com.atende.party.application.LookupBy;
import br.com.atende.party.application.PartyOption;
import br.com.atende.party.model.TaxId;
import br.com.atende.shared.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Looking up parties (SPEC C1) by exactly one of: CPF/CNPJ (complete, with valid check digits), the
 * start of the name, a phone, or the number of a case the client may see.
 */
@Path("parties")
@Produces(MediaType.APPLICATION_JSON)
public class PartiesResource {

  @Inject private IntakeApiService intake;

  @GET
  public List<PartyOption> lookup(
      @QueryParam("taxId") String taxId,
      @QueryParam("name") String name,
      @QueryParam("phone") String phone,
      @QueryParam("caseNumber") String caseNumber) {
    if (present(taxId)) {
      String valid =
          TaxId.parse(taxId)
              .map(TaxId::value)
              .orElseThrow(() -> new InvalidInputException("taxId", "error.taxId.invalid"));
      return lookup(LookupBy.NAME_OR_TAX_ID, valid, "taxId");
    }
    if (present(name)) {
      return lookup(LookupBy.NAME_OR_TAX_ID, name, "name");
    }
    if (present(phone)) {
      return lookup(LookupBy.PHONE, phone, "phone");
    }
    if (present(caseNumber)) {
      return lookup(LookupBy.CASE_NUMBER, caseNumber, "caseNumber");
    }
    throw new InvalidInputException("taxId", "error.api.lookup");
  }

  /** The service names its own field ("party"); the API names the query parameter instead. */
  private List<PartyOption> lookup(LookupBy by, String term, String parameter) {
    try {
      return intake.lookupParties(by, term);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(parameter, e.messageKey());
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
