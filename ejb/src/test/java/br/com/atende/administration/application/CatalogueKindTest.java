package br.com.atende.administration.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.catalog.model.CaseType;
import br.com.atende.catalog.model.Classification;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.AgentGroup;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Profile;
import br.com.atende.organization.model.Role;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueKindTest {

  private final Company company = new Company("ACME", "ACME");

  @Test
  void eachKindNamesItsOwnersFieldAsTheCaseFormsDoSoRefusalsPointAtTheSameLabel() {
    assertNull(CatalogueKind.COMPANY.ownerField());
    assertNull(CatalogueKind.PROFILE.ownerField());
    assertEquals("departmentId", CatalogueKind.AGENT_GROUP.ownerField());
    assertEquals("companyId", CatalogueKind.CASE_TYPE.ownerField());
    assertEquals("caseTypeId", CatalogueKind.CLASSIFICATION.ownerField());
    assertEquals("productId", CatalogueKind.PRODUCT_MODULE.ownerField());
  }

  @Test
  void aGroupsNameIsUniqueInItsDepartmentsCompanyAndAGroupWithMembersIsInUse() {
    Department desk = new Department(company, "Suporte");
    AgentGroup group = (AgentGroup) CatalogueKind.AGENT_GROUP.create(desk, form("Visitas"));
    assertEquals(company, CatalogueKind.AGENT_GROUP.scopeOf(desk));
    assertFalse(CatalogueKind.AGENT_GROUP.inUse(group));
    group.with(new Agent(desk, "ana", "Ana", "ana@acme.example", "x", 1, EnumSet.of(Role.AGENT)));
    assertTrue(CatalogueKind.AGENT_GROUP.inUse(group));
  }

  @Test
  void aProfilesFlagsAndAClassificationsLevelChangeWithTheFormAndAreLogged() {
    Profile profile =
        (Profile)
            CatalogueKind.PROFILE.create(
                null,
                new CatalogueEntryForm(null, "Pleno", null, null, Set.of(Permission.CASE_FORWARD)));
    CatalogueKind.PROFILE.change(
        profile,
        new CatalogueEntryForm(
            null, " Sênior ", null, null, Set.of(Permission.CASE_DELETE, Permission.CONTACT_EDIT)));
    assertEquals("Sênior", profile.getName());
    assertEquals(
        EnumSet.of(Permission.CASE_DELETE, Permission.CONTACT_EDIT), profile.getPermissions());
    assertEquals(
        "Sênior; permissions=[CONTACT_EDIT, CASE_DELETE]", CatalogueKind.PROFILE.describe(profile));

    Classification restricted =
        (Classification)
            CatalogueKind.CLASSIFICATION.create(
                new CaseType(company, "Incidente"),
                new CatalogueEntryForm(null, "Contratual", null, 2, null));
    assertEquals("Contratual; level=2", CatalogueKind.CLASSIFICATION.describe(restricted));
    CatalogueKind.CLASSIFICATION.change(restricted, CatalogueEntryForm.named(null, "Contratual"));
    assertFalse(restricted.setsAccessLevel());
    assertThrows(IllegalArgumentException.class, () -> restricted.changeAccessLevel(-1));
  }

  private static CatalogueEntryForm form(String name) {
    return CatalogueEntryForm.named(null, name);
  }
}
