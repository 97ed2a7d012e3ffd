package br.com.atende.cases.application;

import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.ContactChannel;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import br.com.atende.catalog.model.CaseCategory;
import br.com.atende.catalog.model.CaseType;
import br.com.atende.catalog.model.Classification;
import br.com.atende.catalog.model.Product;
import br.com.atende.catalog.model.ProductModule;
import br.com.atende.organization.model.Agent;
import br.com.atende.party.model.Contact;
import br.com.atende.party.model.PartyKind;
import br.com.atende.party.model.Representative;
import br.com.atende.shared.Identified;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.function.Function;

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
    String emailSender,
    long version)
    implements Serializable {

  /**
   * The case as its page shows it, read from the case already loaded to check access: its
   * associations are reference data served by the shared cache, so this costs no query.
   */
  public static CaseDetails of(Case c) {
    ContactChannel channel = c.getChannel();
    return new CaseDetails(
        c.getId(),
        c.getNumber(),
        c.getCompany().getId(),
        c.getCompany().getName(),
        c.getSubject(),
        c.getRequest(),
        c.getPriority(),
        c.getStatus(),
        c.getAccessLevel(),
        c.getParty().getKind(),
        c.getParty().getName(),
        nameOf(c.getContact(), Contact::getName),
        nameOf(c.getContact(), Contact::getEmail),
        c.getDepartment().getName(),
        c.getOpener().getName(),
        nameOf(c.getHolder(), Agent::getName),
        c.getOpenedAt(),
        c.getDueDate(),
        c.isOverdue(),
        c.getScheduledFor(),
        c.getSchedulingCount(),
        c.getVoicemailMessages(),
        c.getClosedAt(),
        channel == null ? null : channel.nameIn(Locale.forLanguageTag("pt-BR")),
        channel == null ? null : channel.nameIn(Locale.ENGLISH),
        c.getOrigin(),
        idOf(c.getCaseType()),
        nameOf(c.getCaseType(), CaseType::getName),
        idOf(c.getClassification()),
        nameOf(c.getClassification(), Classification::getName),
        idOf(c.getCategory()),
        nameOf(c.getCategory(), CaseCategory::getName),
        idOf(c.getProduct()),
        nameOf(c.getProduct(), Product::getName),
        idOf(c.getModule()),
        nameOf(c.getModule(), ProductModule::getName),
        c.getParty().getId(),
        idOf(c.getContact()),
        idOf(c.getRepresentative()),
        nameOf(c.getRepresentative(), Representative::getName),
        idOf(c.getRepresentativeContact()),
        nameOf(c.getRepresentativeContact(), Contact::getName),
        c.getFirstContactAt(),
        c.getEmailSender(),
        c.getVersion());
  }

  private static <T> String nameOf(T entity, Function<T, String> name) {
    return entity == null ? null : name.apply(entity);
  }

  private static Long idOf(Identified entity) {
    return entity == null ? null : entity.getId();
  }

  /** The contact channel's name in the viewer's language (none for cases from before channels). */
  public String channelName(String language) {
    return "en".equals(language) ? channelNameEn : channelNamePt;
  }
}
