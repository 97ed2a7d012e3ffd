package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.it.support.PersistenceProbe;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class PersistenceProviderIT {

  @Inject PersistenceProbe probe;

  @Test
  void thePersistenceUnitIsServedByEclipseLink() {
    assertTrue(
        probe.entityManagerClass().startsWith("org.eclipse.persistence."),
        "entity manager is " + probe.entityManagerClass());
    assertTrue(
        probe.entityManagerFactoryClass().startsWith("org.eclipse.persistence."),
        "entity manager factory is " + probe.entityManagerFactoryClass());
  }

  @Test
  void theDatasourceIsTheDatabaseThisRunWasStartedFor() throws Exception {
    assertEquals(System.getProperty("atende.test.database"), probe.databaseProduct());
  }
}
