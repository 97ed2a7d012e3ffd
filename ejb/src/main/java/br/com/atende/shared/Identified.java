package br.com.atende.shared;

/**
 * An entity with a database id. Entities have no equals of their own (identity is the persistence
 * context's); {@link #same} compares two of them the way the rules need, whether or not they were
 * read in the same persistence context, and also before they were saved.
 */
public interface Identified {

  Long getId();

  /** Both null, the same object, or the same saved row. */
  static boolean same(Identified one, Identified other) {
    if (one == other) {
      return true;
    }
    if (one == null || other == null) {
      return false;
    }
    return one.getId() != null && one.getId().equals(other.getId());
  }
}
