package br.com.atende.cases.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** A similar-subject search: the words, how they must match, and where. */
public record SearchQuery(
    @NotBlank(message = "{error.required}") @Size(max = 200, message = "{error.tooLong}")
        String terms,
    @NotNull(message = "{error.required}") SearchMode mode,
    @NotNull(message = "{error.required}") SearchScope scope)
    implements Serializable {

  /** The words of the terms: letters and digits, at most ten. */
  public List<String> words() {
    return Arrays.stream(terms.split("[^\\p{L}\\p{N}]+"))
        .filter(word -> !word.isEmpty())
        .limit(10)
        .toList();
  }
}
