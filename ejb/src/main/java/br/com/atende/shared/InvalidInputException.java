package br.com.atende.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;

/** Bad input: names the field and what is wrong with it, so the page can point at it. */
public class InvalidInputException extends BusinessException {

  private static final long serialVersionUID = 1L;

  /**
   * @param arguments values the message shows after the field's label, e.g. the name of the file
   *     refused
   */
  public InvalidInputException(String field, String messageKey, Object... arguments) {
    super(messageKey, field, arguments);
  }

  /**
   * Validates a command with Bean Validation and refuses it on the first violation (by field name,
   * so the message is stable). Constraint messages are written as {@code {message.key}}.
   */
  public static <T> T requireValid(Validator validator, T command) {
    Set<ConstraintViolation<T>> violations = validator.validate(command);
    violations.stream()
        .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .ifPresent(
            v -> {
              throw new InvalidInputException(
                  v.getPropertyPath().toString(), v.getMessageTemplate().replaceAll("[{}]", ""));
            });
    return command;
  }
}
