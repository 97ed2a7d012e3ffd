package br.com.atende.it.support;

import br.com.atende.it.security.XssCorpus;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The test deployment made from the EAR the build produced, never class by class: what is tested is
 * what ships.
 */
public final class Deployments {

  private static final String WEB_MODULE = "atende-web.war";

  private static final String TESTS = "br.com.atende.it";

  /**
   * Arquillian reaches in-container tests through its servlet at this path; every other path of
   * Atende needs a login, so the test deployment opens this one (and only this one).
   */
  private static final String OPEN_TEST_RUNNER =
      "<security-constraint><web-resource-collection><web-resource-name>Arquillian test runner"
          + "</web-resource-name><url-pattern>/ArquillianServletRunnerEE9</url-pattern>"
          + "</web-resource-collection></security-constraint></web-app>";

  private Deployments() {}

  /** The EAR exactly as built (tests read its modules, e.g. the API's resources). */
  public static EnterpriseArchive builtEar() {
    return ShrinkWrap.create(ZipImporter.class, "atende.ear")
        .importFrom(new File(System.getProperty("atende.ear")))
        .as(EnterpriseArchive.class);
  }

  /**
   * The suite's one deployment (see {@link SuiteDeployment}): the built EAR with every in-container
   * test class, the support package and the test resources inside its web module. Browser tests are
   * there too, for the in-container set-up steps some of them have; their Selenium code runs only
   * on the client (Selenium is not in the deployment, and no class of it is loaded there).
   */
  public static EnterpriseArchive builtEarTesting() {
    EnterpriseArchive ear = builtEar();
    WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
    web.setWebXML(new StringAsset(webXmlOf(web).replace("</web-app>", OPEN_TEST_RUNNER)));
    web.addPackages(true, TESTS)
        .addAsResource(XssCorpus.RESOURCE)
        .addAsLibraries(new File(System.getProperty("in-container-libs"), "greenmail.jar"))
        // Elytron's API lets tests act as a demo agent, exactly as a login through the realm would.
        .setManifest(
            new StringAsset("Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron\n"));
    ear.delete(WEB_MODULE);
    ear.addAsModule(Testable.archiveToTest(web));
    return ear;
  }

  private static String webXmlOf(WebArchive web) {
    try (InputStream in = web.get("WEB-INF/web.xml").getAsset().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
