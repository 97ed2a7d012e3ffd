package br.com.atende.it.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * What a state-changing request would change, read straight from the database: the rows of every
 * table an agent's action writes, and the cases' versions (an edit raises one).
 */
@Stateless
@PermitAll
public class StateFingerprint {

  private static final List<String> WRITTEN =
      List.of(
          "support_case",
          "discussion_entry",
          "solution_entry",
          "status_change",
          "forwarding",
          "case_audit",
          "case_relation",
          "attachment",
          "understanding",
          "custom_field_value",
          "time_entry",
          "faq_entry",
          "outbound_email",
          "party",
          "contact");

  @PersistenceContext private EntityManager em;

  public List<String> now() {
    List<String> state = new ArrayList<>();
    for (String table : WRITTEN) {
      state.add(
          table + "=" + em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult());
    }
    state.add(
        "case versions="
            + em.createNativeQuery("SELECT SUM(version) FROM support_case").getSingleResult());
    return state;
  }
}
