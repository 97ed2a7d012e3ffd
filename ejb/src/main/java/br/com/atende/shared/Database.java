package br.com.atende.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Which database is behind the datasource, for the few features that differ (full-text search
 * exists only on PostgreSQL). Read once, on first use.
 */
@ApplicationScoped
public class Database {

  @Resource(lookup = "java:jboss/datasources/AtendeDS")
  private DataSource dataSource;

  private volatile Boolean postgreSQL;

  public boolean isPostgreSQL() {
    if (postgreSQL == null) {
      try (Connection connection = dataSource.getConnection()) {
        postgreSQL = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot read the database product", e);
      }
    }
    return postgreSQL;
  }
}
