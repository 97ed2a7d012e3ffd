package br.com.atende.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package graph has layers (issue 11), read here from the compiled classes of ejb and web
 * together: business areas depend on each other without cycles, bottom to top shared, organization,
 * settings, catalog, party, mail, cases, customfield, queue, workflow, faq, setup, then web; the
 * pages reach the database only through the EJB services; a model never depends on a service.
 * Constants (static final strings such as {@code AccessRule.JPQL}) are inlined by the compiler, so
 * their uses are invisible here.
 */
class LayeringTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importTheApplication() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("br.com.atende");
  }

  @Test
  void theBusinessAreasDependOnEachOtherWithoutCycles() {
    slices().matching("br.com.atende.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void theAreasOfTheWebModuleDependOnEachOtherWithoutCycles() {
    slices().matching("br.com.atende.web.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void theWebModuleNeverReachesAnEntityManager() {
    noClasses()
        .that()
        .resideInAPackage("br.com.atende.web..")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(EntityManager.class)
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(EntityManagerFactory.class)
        .because("pages hold view state only; reading and writing is the EJB services' job")
        .check(classes);
  }

  @Test
  void theWebModuleNeverCallsASetterOfAnEntityOrEmbeddable() {
    noClasses()
        .that()
        .resideInAPackage("br.com.atende.web..")
        .should()
        .callMethodWhere(ENTITY_SETTER)
        .because("a change to an entity belongs in an EJB service, inside its transaction")
        .check(classes);
  }

  @Test
  void noModelDependsOnAnApplicationService() {
    noClasses()
        .that()
        .resideInAPackage("..model..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..application..")
        .check(classes);
  }

  /** At least one class of each module was imported: an empty import would pass every rule. */
  @Test
  void theRulesSeeTheClassesOfBothModules() {
    assertTrue(classes.contain("br.com.atende.cases.application.CaseService"));
    assertTrue(classes.contain("br.com.atende.web.cases.QueueBacking"));
  }

  private static final DescribedPredicate<JavaMethodCall> ENTITY_SETTER =
      new DescribedPredicate<>("a set* method of an @Entity or @Embeddable") {
        @Override
        public boolean test(JavaMethodCall call) {
          JavaClass owner = call.getTargetOwner();
          return call.getName().startsWith("set")
              && (owner.isAnnotatedWith(Entity.class) || owner.isAnnotatedWith(Embeddable.class));
        }
      };
}
