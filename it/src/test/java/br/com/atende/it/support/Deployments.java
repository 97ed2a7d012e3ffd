package br.com.atende.it.support;

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
 * Test deployments made from the EAR the build produced, never class by class: what is tested is
 * what ships. In-container tests add themselves and the support package to its web module.
 */
public final class Deployments {

  private static final String WEB_MODULE = "atende-web.war";

  /**
   * Arquillian reaches in-container tests through its servlet at this path; every other path of
   * Atende needs a login, so the test deployment opens this one (and only this one).
   */
  private static final String OPEN_TEST_RUNNER =
      "<security-constraint><web-resource-collection><web-resource-name>Arquillian test runner"
          + "</web-resource-name><url-pattern>/ArquillianServletRunnerEE9</url-pattern>"
          + "</web-resource-collection></security-constraint></web-app>";

  private Deployments() {}

  /** The EAR exactly as built, for tests that drive it from outside (browser tests). */
  public static EnterpriseArchive builtEar() {
    return ShrinkWrap.create(ZipImporter.class, "atende.ear")
        .importFrom(new File(System.getProperty("atende.ear")))
        .as(EnterpriseArchive.class);
  }

  /** The built EAR with the given test classes (and this support package) inside its web module. */
  public static EnterpriseArchive builtEarTesting(Class<?>... testClasses) {
    EnterpriseArchive ear = builtEar();
    WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
    web.setWebXML(new StringAsset(webXmlOf(web).replace("</web-app>", OPEN_TEST_RUNNER)));
    web.addClasses(testClasses)
        .addPackage(Deployments.class.getPackage())
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
