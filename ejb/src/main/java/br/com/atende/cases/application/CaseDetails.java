package br.com.atende.cases.application;

import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import br.com.atende.party.model.PartyKind;
import java.time.LocalDateTime;

/** A case as its page shows it. */
public record CaseDetails(
    long id,
    String number,
    long companyId,
    String companyName,
    String subject,
    String request,
    Priority priority,
    CaseStatus status,
    int accessLevel,
    PartyKind partyKind,
    String partyName,
    String contactName,
    String contactEmail,
    String departmentName,
    String openerName,
    String holderName,
    LocalDateTime openedAt,
    LocalDateTime dueDate,
    boolean overdue,
    LocalDateTime scheduledFor,
    int schedulingCount,
    int voicemailMessages,
    LocalDateTime closedAt,
    String channelNamePt,
    String channelNameEn,
    ContactOrigin origin,
    Long caseTypeId,
    String caseTypeName,
    Long classificationId,
    String classificationName,
    Long categoryId,
    String categoryName,
    Long productId,
    String productName,
    Long moduleId,
    String moduleName,
    long partyId,
    Long contactId,
    Long representativeId,
    String representativeName,
    Long representativeContactId,
    String representativeContactName,
    LocalDateTime firstContactAt,
    long version) {

  /** The contact channel's name in the viewer's language (none for cases from before channels). */
  public String channelName(String language) {
    return "en".equals(language) ? channelNameEn : channelNamePt;
  }
}
