package br.com.atende.it.support;

import br.com.atende.cases.application.AddNoteCommand;
import br.com.atende.cases.application.CaseLinkService;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.application.EscalateCommand;
import br.com.atende.cases.application.ForwardingService;
import br.com.atende.cases.application.OpenCaseCommand;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.application.OpeningDefaults;
import br.com.atende.cases.attachment.AttachmentUpload;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import br.com.atende.customfield.application.CustomFieldAdminService;
import br.com.atende.customfield.application.FieldDefinition;
import br.com.atende.customfield.model.FieldType;
import br.com.atende.shared.Choice;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A case with everything the case page shows, held by {@code ana}: a discussion of several notes
 * (internal and not, two with files), a forward to bruno and back (forwarding history), a related
 * case and an escalation to Financeiro (links), and two filled custom fields of a case type of its
 * own. Its client, Maria, has other cases (the client timeline).
 */
@Dependent
public class BusyCase {

  public static final String HOLDER = "ana";

  public static final int NOTES = 6;

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject CustomFieldSetup setup;

  @Inject CustomFieldAdminService admin;

  @Inject CaseService cases;

  @Inject DiscussionService discussion;

  @Inject CaseLinkService links;

  @Inject ForwardingService forwarding;

  @Inject br.com.atende.customfield.application.CustomFieldService customFields;

  /** Opens and fills the case; returns its id. */
  public long create() throws Exception {
    long type = setup.caseType("Orçamento");
    long where = field(type, "Filial", FieldType.TEXT, 1);
    long howMany = field(type, "Equipamentos", FieldType.INTEGER, 2);
    OpenedCase busy = open(type);
    long caseId = busy.id();
    for (int i = 1; i <= NOTES; i++) {
      note(caseId, i);
    }
    long bruno = setup.agentId("bruno");
    long forwarded =
        acting.as(
            HOLDER,
            () -> forwarding.forwardToAgent(caseId, version(caseId), bruno, "Visita técnica."));
    acting.as("bruno", () -> forwarding.returnToForwarder(caseId, forwarded, "Visita feita."));
    OpenedCase other =
        openings.open(
            HOLDER, "Maria", "Orçamento anterior", "Pedido anterior.", Priority.LOW, null, true);
    acting.as(
        HOLDER,
        () -> {
          links.relate(caseId, other.number());
          Choice billing =
              links.escalationDepartments(caseId).stream()
                  .filter(choice -> choice.name().equals("Financeiro"))
                  .findFirst()
                  .orElseThrow();
          return links.escalate(
              new EscalateCommand(
                  caseId, billing.id(), "Faturar o orçamento", "Emitir a nota.", Priority.NORMAL));
        });
    acting.as(
        HOLDER,
        () -> customFields.save(caseId, version(caseId), Map.of(where, "Centro", howMany, "12")));
    return caseId;
  }

  /** Every third note is internal; the first two carry a file each. */
  private void note(long caseId, int i) throws Exception {
    List<AttachmentUpload> files =
        i <= 2 ? List.of(AttachmentUpload.of("relato-" + i + ".pdf", pdf(1_000 * i))) : List.of();
    acting.as(
        HOLDER,
        () -> {
          discussion.addNote(
              new AddNoteCommand(
                  caseId, "Andamento " + i + " do orçamento.", i % 3 == 0, false, files));
          return null;
        });
  }

  private long version(long caseId) throws Exception {
    return acting.as(HOLDER, () -> cases.details(caseId)).version();
  }

  private long field(long type, String name, FieldType fieldType, int order) throws Exception {
    return acting.as(
        "admin",
        () ->
            admin.saveField(
                new FieldDefinition(
                    null,
                    type,
                    name,
                    fieldType,
                    "Ajuda de " + name,
                    order,
                    false,
                    null,
                    true,
                    List.of())));
  }

  private OpenedCase open(long caseTypeId) throws Exception {
    long party = openings.partyId(HOLDER, "Maria");
    return acting.as(
        HOLDER,
        () -> {
          OpeningDefaults defaults = cases.openingDefaults();
          return cases.open(
              new OpenCaseCommand(
                  defaults.companyId(),
                  defaults.departmentId(),
                  caseTypeId,
                  null,
                  null,
                  null,
                  null,
                  party,
                  null,
                  null,
                  null,
                  "PHONE",
                  ContactOrigin.CLIENT,
                  "Orçamento de manutenção " + System.nanoTime(),
                  "Pedido de orçamento para a manutenção dos equipamentos.",
                  Priority.HIGH,
                  null,
                  true));
        });
  }

  private static byte[] pdf(int size) {
    byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    byte[] pdf = Arrays.copyOf(header, Math.max(size, header.length));
    Arrays.fill(pdf, header.length, pdf.length, (byte) ' ');
    return pdf;
  }
}
