package br.com.atende.restapi;

import br.com.atende.cases.model.ChatTranscript;
import br.com.atende.integration.application.ApiTokens;
import br.com.atende.shared.InvalidInputException;
import jakarta.json.bind.JsonbException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reading request bodies: JSON into the body records, the hash of the exact bytes for idempotency,
 * and values parsed with a refusal that names the field.
 */
final class Requests {

  private Requests() {}

  static <T> T read(String body, Class<T> type) {
    if (body == null || body.isBlank()) {
      throw new InvalidInputException("body", "error.required");
    }
    try {
      return JsonbResolver.JSON.fromJson(body, type);
    } catch (JsonbException e) {
      throw new InvalidInputException("body", "error.api.json");
    }
  }

  static String hash(String body) {
    return ApiTokens.sha256((body == null ? "" : body).getBytes(StandardCharsets.UTF_8));
  }

  static <T> T parsed(String value, String field, Function<String, T> parser) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return parser.apply(value.strip());
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new InvalidInputException(field, "error.api.value");
    }
  }

  /** A time with or without an offset; without one, it is the server's local time. */
  static LocalDateTime dateTime(String value, String field) {
    return parsed(
        value,
        field,
        text ->
            text.length() > 19 && (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$"))
                ? OffsetDateTime.parse(text)
                    .atZoneSameInstant(ZoneId.systemDefault())
                    .toLocalDateTime()
                : LocalDateTime.parse(text));
  }

  static ChatTranscript transcript(List<Bodies.Message> messages, String field) {
    if (messages == null || messages.isEmpty()) {
      throw new InvalidInputException(field, "error.required");
    }
    if (messages.size() > ChatTranscript.MAX_MESSAGES) {
      throw new InvalidInputException(field, "error.tooLong");
    }
    List<ChatTranscript.Message> read = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      Bodies.Message m = messages.get(i);
      String at = field + "[" + i + "]";
      if (m == null) {
        throw new InvalidInputException(at, "error.required");
      }
      LocalDateTime time = dateTime(m.at(), at + ".at");
      if (time == null) {
        throw new InvalidInputException(at + ".at", "error.required");
      }
      if (m.participant() == null || m.participant().isBlank()) {
        throw new InvalidInputException(at + ".participant", "error.required");
      }
      if (m.text() == null || m.text().isBlank()) {
        throw new InvalidInputException(at + ".text", "error.required");
      }
      if (m.participant().length() > 120 || m.text().length() > 20000) {
        throw new InvalidInputException(
            m.participant().length() > 120 ? at + ".participant" : at + ".text", "error.tooLong");
      }
      read.add(
          new ChatTranscript.Message(
              time, m.participant(), Boolean.TRUE.equals(m.fromClient()), m.text()));
    }
    return new ChatTranscript(read);
  }
}
