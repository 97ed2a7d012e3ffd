package br.com.atende.cases.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.party.model.Contact;
import br.com.atende.party.model.Party;
import br.com.atende.party.model.PartyKind;
import br.com.atende.party.model.Representative;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.InvalidInputException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Who a case is for, and who may change it (SPEC C1). */
class ClientLinkTest {

  private final PartsFixture f = new PartsFixture();
  private final Party metal =
      new Party(PartyKind.CUSTOMER_SUPPLIER, "Metalúrgica", null, null, null);
  private final Contact paulo = new Contact(metal, "Paulo", null, null);
  private final Representative vendas = new Representative("Vendas Sul", null, null);
  private final Contact otavio = Contact.ofRepresentative(vendas, "Otávio", null, null);

  @Test
  void aContactOfAnotherPartyIsNeverLinked() {
    assertThrows(IllegalArgumentException.class, () -> ClientLink.of(f.maria, paulo));
    assertInvalid(
        "contactId",
        () -> ClientLink.of(f.maria, null).relink(f.maria, paulo, null, null, f.carla, trail()));
  }

  @Test
  void anotherPartyNeedsTheLinkPermission() {
    ClientLink link = ClientLink.of(f.maria, null);

    BusinessException refused =
        assertThrows(
            BusinessException.class, () -> link.relink(metal, paulo, null, null, f.ana, trail()));
    assertEquals("error.relink.party", refused.messageKey());
    assertSame(f.maria, link.getParty());

    Agent linker =
        PartsFixture.agent(f.support, "lia", Set.of(Permission.LINK_PARTY_TO_CASE), Role.AGENT);
    AuditTrail audit = trail();
    link.relink(metal, paulo, null, null, linker, audit);
    assertEquals(List.of("party", "contact"), fields(audit));
    assertEquals("Maria", audit.rows().get(0).getOldValue());
    assertSame(paulo, link.getContact());
  }

  @Test
  void aSupervisorMayChangeTheRepresentativeAndItsContactMustBeItsOwn() {
    ClientLink link = ClientLink.of(f.maria, null);

    assertThrows(
        BusinessException.class, () -> link.relink(f.maria, null, vendas, otavio, f.ana, trail()));
    AuditTrail audit = trail();
    link.relink(f.maria, null, vendas, otavio, f.carla, audit);
    assertEquals(List.of("representative", "representativeContact"), fields(audit));
    assertInvalid(
        "representativeContactId", () -> ClientLink.of(f.maria, null).representedBy(null, otavio));
  }

  private AuditTrail trail() {
    return new AuditTrail(f.newCase(f.ana), f.ana, PartsFixture.NOW);
  }

  private static List<String> fields(AuditTrail audit) {
    return audit.rows().stream().map(CaseAudit::getFieldName).toList();
  }

  private static void assertInvalid(String field, Executable change) {
    assertEquals(field, assertThrows(InvalidInputException.class, change).field());
  }
}
