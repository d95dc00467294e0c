package org.caseflow.report;

/** Who the report is for. Cabinet and scrutiny always get the public version. */
public enum Audience {
  /** Cabinet members: public version. */
  CABINET,
  /** Scrutiny committee: public version. */
  SCRUTINY,
  /** The practice clinic of managers: the full version unless --public is asked for. */
  CLINIC;

  /** Whether this audience only ever gets aggregates with small counts suppressed. */
  public boolean alwaysPublic() {
    return this != CLINIC;
  }

  /**
   * Whether this audience gets the concise report: the summary and scorecard, and per stage only
   * the indicators DfE publishes for the council or with a local target, each in brief.
   */
  public boolean concise() {
    return this != CLINIC;
  }

  /** The audience in words. */
  public String words() {
    return switch (this) {
      case CABINET -> "Cabinet";
      case SCRUTINY -> "scrutiny committee";
      case CLINIC -> "practice clinic";
    };
  }
}
