package org.caseflow.store;

import java.sql.SQLException;

/**
 * A DuckDB store another process holds (a running dashboard, another import): DuckDB lets one
 * process write a file at a time. The message says so plainly and what to do.
 */
public final class StoreInUseException extends SQLException {
  private static final long serialVersionUID = 1L;

  StoreInUseException(String path, Throwable cause) {
    super(
        "the store "
            + path
            + " is in use by another caseflow process (a running dashboard?); stop it or use a"
            + " copy",
        "55006",
        cause);
  }
}
