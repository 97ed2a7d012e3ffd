package br.com.atende.dataprotection.application;

import jakarta.persistence.Query;
import java.util.List;

/** Positional parameter lists for native SQL over a page of ids or values. */
final class SqlLists {

  private SqlLists() {}

  /** "?from, ?from+1, …" for {@code count} parameters. */
  static String placeholders(int from, int count) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < count; i++) {
      list.append(i == 0 ? "?" : ", ?").append(from + i);
    }
    return list.toString();
  }

  /** Binds the values in order from parameter {@code from}; returns the query. */
  static Query bind(Query query, int from, List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(from + i, values.get(i));
    }
    return query;
  }
}
