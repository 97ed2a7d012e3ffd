package br.com.atende.integration.application;

import br.com.atende.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;

/**
 * Where the next page of a case list starts (keyset paging: the page after the millionth case costs
 * what the first does): the opening time and id of the last case of the previous page, written as
 * an opaque URL-safe text.
 */
public record CaseCursor(LocalDateTime openedAt, long id) {

  public String encoded() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((openedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor a client sent back; anything else is refused naming the parameter. */
  public static CaseCursor decode(String text, String field) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
      return new CaseCursor(LocalDateTime.parse(parts[0]), Long.parseLong(parts[1]));
    } catch (RuntimeException e) {
      throw new InvalidInputException(field, "error.api.cursor");
    }
  }
}
