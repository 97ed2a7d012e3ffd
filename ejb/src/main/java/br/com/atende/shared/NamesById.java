package br.com.atende.shared;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The names of a few entities by id, in one query: what a list of ids shows (the holders named in a
 * ranking, the parties and agents a custom field refers to). The entity is a class with {@code id}
 * and {@code name}, named by its class so that nothing but an entity's name reaches the JPQL.
 */
public final class NamesById {

  private NamesById() {}

  public static Map<Long, String> of(EntityManager em, Class<?> entity, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "SELECT NEW br.com.atende.shared.Choice(x.id, x.name) FROM "
                + entity.getSimpleName()
                + " x WHERE x.id IN :ids",
            Choice.class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(Choice::id, Choice::name, (a, b) -> a, HashMap::new));
  }
}
