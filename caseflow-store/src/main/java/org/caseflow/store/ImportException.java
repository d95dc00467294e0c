package org.caseflow.store;

/**
 * An import that did not happen. The store is exactly as it was before; the message says which file
 * and what to do.
 */
public final class ImportException extends Exception {
  private static final long serialVersionUID = 1L;

  public ImportException(String message) {
    super(message);
  }

  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
