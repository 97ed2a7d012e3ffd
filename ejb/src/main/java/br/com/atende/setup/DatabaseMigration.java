package br.com.atende.setup;

import br.com.atende.shared.Database;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else runs: the migrations in {@code
 * db/migration/common} run on every database, those in {@code db/migration/<vendor>} only on theirs
 * (e.g. PostgreSQL's full-text indexes).
 */
@PermitAll
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "java:jboss/datasources/AtendeDS")
  private DataSource dataSource;

  @Inject private Database database;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations(
                "classpath:db/migration/common",
                "classpath:db/migration/" + (database.isPostgreSQL() ? "postgresql" : "h2"))
            .failOnMissingLocations(false)
            // The batch runtime's JDBC job repository (config/cli/batch.cli) creates its tables in
            // the same schema when the server starts, before this runs: a new database is then not
            // empty but has no history yet. Baselining at 0 records that and applies every
            // migration.
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
