package br.com.atende.cases.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.catalog.model.CaseType;
import br.com.atende.catalog.model.Classification;
import br.com.atende.catalog.model.Product;
import br.com.atende.catalog.model.ProductModule;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** What a case is about and its access level (SPEC C1, C4). */
class CaseClassificationTest {

  private final PartsFixture f = new PartsFixture();
  private final CaseType incident = new CaseType(f.acme, "Incidente");
  private final Classification fiscal = new Classification(incident, "Fiscal", null);
  private final Classification restricted = new Classification(incident, "Contratual", 2);
  private final Product erp = new Product(f.acme, "ERP");
  private final ProductModule billing = new ProductModule(erp, "Faturamento");

  @Test
  void theCatalogMustHangTogether() {
    CaseType otherType = new CaseType(f.acme, "Reclamação");
    assertInvalid(
        "classificationId",
        () -> CaseClassification.check(f.acme, otherType, fiscal, null, null, null));
    assertInvalid(
        "moduleId",
        () ->
            CaseClassification.check(
                f.acme, incident, null, null, new Product(f.acme, "Portal"), billing));
    assertInvalid(
        "caseTypeId",
        () ->
            CaseClassification.check(
                f.acme, new CaseType(f.other, "Visita"), null, null, null, null));
    CaseClassification.check(f.acme, incident, fiscal, null, erp, billing);
  }

  @Test
  void aClassificationWithALevelSetsItAndOneWithoutLeavesIt() {
    CaseClassification plain = CaseClassification.atLevel(1);
    plain.classify(f.acme, incident, fiscal, null, null, null);
    CaseClassification contractual = CaseClassification.atLevel(0);
    contractual.classify(f.acme, incident, restricted, null, null, null);

    assertEquals(1, plain.getAccessLevel());
    assertEquals(2, contractual.getAccessLevel());
  }

  @Test
  void onlyASupervisorChangesTheLevelAndNeverBelowZero() {
    CaseClassification about = CaseClassification.atLevel(0);

    assertEquals(
        "error.accessLevel.supervisorOnly",
        assertThrows(BusinessException.class, () -> about.changeLevel(3, f.ana)).messageKey());
    assertInvalid("accessLevel", () -> about.changeLevel(-1, f.carla));
    assertTrue(about.changeLevel(3, f.carla));
    assertFalse(about.changeLevel(3, f.carla), "the same level is no change");
    assertEquals(3, about.getAccessLevel());
  }

  @Test
  void anEditBySupervisorAuditsEachChangedEntryByNameThenTheLevelANewClassificationBrings() {
    Case supportCase = f.newCase(f.ana);
    CaseClassification about = CaseClassification.atLevel(0);
    about.classify(f.acme, incident, fiscal, null, null, null);
    AuditTrail audit = new AuditTrail(supportCase, f.carla, PartsFixture.NOW);

    about.edit(
        new CaseFields("s", "r", Priority.NORMAL, null, incident, restricted, null, erp, null),
        audit,
        f.carla);

    assertEquals(
        List.of("classification", "product", "accessLevel"),
        audit.rows().stream().map(CaseAudit::getFieldName).toList());
    assertEquals("Fiscal", audit.rows().get(0).getOldValue());
    assertEquals(2, about.getAccessLevel());
  }

  @Test
  void aNonSupervisorCannotChangeTheLevelByPickingAClassification() {
    Case supportCase = f.newCase(f.ana);
    CaseClassification about = CaseClassification.atLevel(0);
    about.classify(f.acme, incident, fiscal, null, null, null);
    AuditTrail audit = new AuditTrail(supportCase, f.ana, PartsFixture.NOW);

    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                about.edit(
                    new CaseFields(
                        "s", "r", Priority.NORMAL, null, incident, restricted, null, null, null),
                    audit,
                    f.ana));

    assertEquals("error.accessLevel.supervisorOnly", refused.messageKey());
    assertEquals("classificationId", refused.field());
    assertEquals(0, about.getAccessLevel());
    assertEquals(fiscal, about.getClassification());
  }

  @Test
  void aNonSupervisorMayPickAClassificationOfTheCasesOwnLevel() {
    Case supportCase = f.newCase(f.ana);
    CaseClassification about = CaseClassification.atLevel(2);
    about.classify(f.acme, incident, fiscal, null, null, null);
    AuditTrail audit = new AuditTrail(supportCase, f.ana, PartsFixture.NOW);

    about.edit(
        new CaseFields("s", "r", Priority.NORMAL, null, incident, restricted, null, null, null),
        audit,
        f.ana);

    assertEquals(restricted, about.getClassification());
    assertEquals(2, about.getAccessLevel());
  }

  private static void assertInvalid(String field, Executable change) {
    assertEquals(field, assertThrows(InvalidInputException.class, change).field());
  }
}
