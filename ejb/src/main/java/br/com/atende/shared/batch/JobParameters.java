package br.com.atende.shared.batch;

/** The job parameters every area's jobs give the same meaning. */
public final class JobParameters {

  /**
   * The login that started (or restarted) an execution, listed on the jobs page; jobs started by a
   * timer have none.
   */
  public static final String STARTED_BY = "startedBy";

  /**
   * Tests only: the job fails after that many items, to check a restart; never carried into one.
   */
  public static final String FAIL_AFTER_ITEMS = "failAfterItems";

  private JobParameters() {}
}
