package br.com.atende.it.support;

import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.OpenCaseCommand;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.application.OpeningDefaults;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import br.com.atende.party.application.LookupBy;
import br.com.atende.party.application.PartyService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDateTime;

/** Opening a case for a demo party, by phone, as a demo agent: the set-up most tests start with. */
@Dependent
public class Openings {

  @Inject ActingAgent acting;

  @Inject CaseService cases;

  @Inject PartyService parties;

  /** The id of the first active party whose name starts with {@code name}. */
  public long partyId(String login, String name) throws Exception {
    return acting.as(login, () -> parties.lookup(null, LookupBy.NAME_OR_TAX_ID, name).get(0).id());
  }

  /**
   * The opening command most tests need: the agent's company, department and first case type (the
   * form's defaults), and the fields a test varies.
   */
  public static OpenCaseCommand command(
      OpeningDefaults defaults,
      long partyId,
      Long contactId,
      String subject,
      String request,
      Priority priority,
      LocalDateTime dueDate,
      boolean assignToMe,
      String channel,
      ContactOrigin origin) {
    return new OpenCaseCommand(
        defaults.companyId(),
        defaults.departmentId(),
        defaults.caseTypeId(),
        null,
        null,
        null,
        null,
        partyId,
        contactId,
        null,
        null,
        channel,
        origin,
        subject,
        request,
        priority,
        dueDate,
        assignToMe);
  }

  public OpenedCase open(
      String login,
      String partyName,
      String subject,
      String request,
      Priority priority,
      LocalDateTime dueDate,
      boolean assignToMe)
      throws Exception {
    long party = partyId(login, partyName);
    return acting.as(
        login,
        () ->
            cases.open(
                Openings.command(
                    cases.openingDefaults(),
                    party,
                    null,
                    subject,
                    request,
                    priority,
                    dueDate,
                    assignToMe,
                    "PHONE",
                    ContactOrigin.CLIENT)));
  }
}
