package br.com.atende.it.support;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Reports which JPA provider serves Atende's persistence unit, and which database is behind it. */
@Stateless
@PermitAll
public class PersistenceProbe {

  @PersistenceContext(unitName = "atende")
  private EntityManager em;

  @Resource(lookup = "java:jboss/datasources/AtendeDS")
  private DataSource dataSource;

  public String entityManagerClass() {
    return em.getDelegate().getClass().getName();
  }

  public String entityManagerFactoryClass() {
    return em.getEntityManagerFactory().getClass().getName();
  }

  public String databaseProduct() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName();
    }
  }
}
