package br.com.atende.shared;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the business refused a user's action. Rolls the transaction back, so nothing is half-saved, and
 * carries a message key that pages translate for the viewer; {@link #field()} names the input at fault, if any.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final String field;

  public BusinessException(String messageKey) {
    this(messageKey, null);
  }

  public BusinessException(String messageKey, String field) {
    super(field == null ? messageKey : messageKey + " (" + field + ")");
    this.messageKey = messageKey;
    this.field = field;
  }

  public String messageKey() {
    return messageKey;
  }

  public String field() {
    return field;
  }
}
