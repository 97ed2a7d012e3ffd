package br.com.atende.shared;

/**
 * What was asked for does not exist, or the viewer may not see it: both answer the same, so that a
 * case's existence never leaks past its access level.
 */
public class NotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public NotFoundException() {
    super("error.notFound");
  }
}
