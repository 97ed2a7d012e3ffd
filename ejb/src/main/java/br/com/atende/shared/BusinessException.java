package br.com.atende.shared;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the business refused a user's action. Rolls the transaction back, so nothing is
 * half-saved, and carries a message key that pages translate for the viewer; {@link #field()} names
 * the input at fault, if any.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final String field;
  private final Object[] arguments;

  public BusinessException(String messageKey) {
    this(messageKey, null);
  }

  /**
   * @param arguments values the message shows after the field's label, e.g. who changed a case
   *     meanwhile
   */
  public BusinessException(String messageKey, String field, Object... arguments) {
    super(field == null ? messageKey : messageKey + " (" + field + ")");
    this.messageKey = messageKey;
    this.field = field;
    this.arguments = arguments.clone();
  }

  public Object[] arguments() {
    return arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public String field() {
    return field;
  }
}
