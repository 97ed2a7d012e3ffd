package br.com.atende.it.support;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The one deployment every integration test runs against, deployed once per server instead of once
 * per test class (arquillian.xml names this class to the suite extension). Deploying the EAR costs
 * seconds of CPU, twice per class with both databases; no test needs a fresh one, since the
 * database outlived deployments already. Tests therefore make their own data (unique names) and put
 * back any setting they change.
 */
@ArquillianSuiteDeployment
public final class SuiteDeployment {

  private SuiteDeployment() {}

  @Deployment
  public static EnterpriseArchive deployment() {
    return Deployments.builtEarTesting();
  }
}
