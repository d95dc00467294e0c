package org.caseflow.web;

import java.util.Locale;

/** What a signed-in person may see and do. */
public enum Role {
  /** Everything, including the audit log and accounts. */
  ADMIN,
  /** Figures, children, actions and imports. */
  ANALYST,
  /** Figures, children and actions. */
  MANAGER,
  /** Aggregates only, with counts of 1 to 5 suppressed; never a child list. */
  COUNCILLOR;

  /** Whether the role may see child-level data. */
  public boolean seesChildren() {
    return this != COUNCILLOR;
  }

  /** Whether figures are shown suppressed, as in the public report. */
  public boolean suppressed() {
    return this == COUNCILLOR;
  }

  /** The role's name as people type it. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a role as typed: admin, analyst, manager or councillor.
   *
   * @throws IllegalArgumentException naming the roles
   */
  public static Role parse(String text) {
    for (Role r : values()) {
      if (r.word().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a role; expected admin, analyst, manager or councillor");
  }
}
