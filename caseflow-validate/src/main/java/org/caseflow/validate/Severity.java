package org.caseflow.validate;

import java.util.Locale;

/** How the DfE treats a failed rule: an error must be fixed; a query must be fixed or explained. */
public enum Severity {
  /** The return cannot be submitted with it. */
  ERROR,
  /** The council must amend the data or give a reason. */
  QUERY;

  /** The word in reports: {@code error} or {@code query}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
