package br.com.atende.shared;

/**
 * One page of a list, as a lazy table asks for it: rows from {@code first}, at most {@code size},
 * sorted by a named column the service knows (unknown names fall back to its default order).
 */
public record PageRequest(int first, int size, String sortField, boolean ascending) {

  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (first < 0) {
      first = 0;
    }
    if (size < 1 || size > MAX_SIZE) {
      size = Math.min(Math.max(size, 1), MAX_SIZE);
    }
  }

  public static PageRequest of(int first, int size) {
    return new PageRequest(first, size, null, false);
  }
}
