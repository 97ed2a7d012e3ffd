package br.com.atende.setup;

import br.com.atende.organization.model.Role;
import br.com.atende.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import java.util.Properties;

/**
 * Starts the generate-cases job for an administrator. Benchmarks start the same job through the
 * server's management interface (bench/run.sh).
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class CaseGeneration {

  public static final String JOB = "generate-cases";

  /**
   * Starts generating {@code count} cases for the company with this code; returns the job execution
   * id.
   */
  public long start(int count, String companyCode) {
    if (count < 1) {
      throw new InvalidInputException("count", "error.generate.count");
    }
    Properties parameters = new Properties();
    parameters.setProperty("count", String.valueOf(count));
    parameters.setProperty("company", companyCode);
    return BatchRuntime.getJobOperator().start(JOB, parameters);
  }
}
