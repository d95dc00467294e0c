package org.caseflow.measure;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an indicator counts: what one row behind its figure is (a child, a referral, a worker, a
 * budget line's pounds). Declared in each indicator file's {@code subject:} header, from this
 * closed list, so that lists of members and their pages name the right thing ("workers", not
 * "children").
 */
public enum Subject {
  /** Children (and young people). */
  CHILDREN("children", "Child"),
  /** Care leavers (young people who were looked after). */
  CARE_LEAVERS("care leavers", "Care leaver"),
  /** Contacts at the front door (Annex A list 1). */
  CONTACTS("contacts", "Child"),
  /** Referrals (CIN episodes by their referral). */
  REFERRALS("referrals", "Child"),
  /** Assessments (statutory or early help). */
  ASSESSMENTS("assessments", "Child"),
  /** Section 47 enquiries. */
  ENQUIRIES("Section 47 enquiries", "Child"),
  /** Initial child protection conferences. */
  CONFERENCES("conferences", "Child"),
  /** Child protection plans. */
  PLANS("CP plans", "Child"),
  /** Reviews (child protection or looked-after). */
  REVIEWS("reviews", "Child"),
  /** CIN episodes. */
  EPISODES("episodes", "Child"),
  /** Placements of looked-after children. */
  PLACEMENTS("placements", "Child"),
  /** Factors identified at assessment. */
  FACTORS("factors", "Child"),
  /** Decisions (e.g. to place for adoption). */
  DECISIONS("decisions", "Child"),
  /** Health assessments of looked-after children. */
  HEALTH_ASSESSMENTS("health assessments", "Child"),
  /** Adoptive families. */
  FAMILIES("adoptive families", "Family"),
  /** Foster carer households. */
  HOUSEHOLDS("households", "Household"),
  /** Cases of the council's local registers (e.g. NRPF families). */
  CASES("cases", "Case"),
  /** Social workers (the workforce census or the monthly caseload extract). */
  WORKERS("workers", "Worker"),
  /** Full-time equivalents of the workforce census's summary lines (vacancies, agency cover). */
  FTE("full-time equivalents", "Line"),
  /** Pounds of budget lines. */
  POUNDS("pounds", "Budget line");

  private final String plural;
  private final String memberLabel;

  Subject(String plural, String memberLabel) {
    this.plural = plural;
    this.memberLabel = memberLabel;
  }

  /** The subject in words, plural: "children", "workers", "CP plans". */
  public String plural() {
    return plural;
  }

  /** The heading of a list's identifier column: "Child", "Worker", "Budget line". */
  public String memberLabel() {
    return memberLabel;
  }

  /** Whether a member's identifier is a child's (and so shown only to roles that see children). */
  public boolean identifiesChildren() {
    return memberLabel.equals("Child") || this == CARE_LEAVERS;
  }

  /** The header value for the subject, e.g. {@code care-leavers}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The subject a header names, e.g. {@code workers}; fails with the allowed values. */
  static Subject parse(String file, String value) {
    for (Subject s : values()) {
      if (s.key().equals(value.strip())) {
        return s;
      }
    }
    throw new IllegalStateException(
        file
            + ": subject '"
            + value
            + "' is not one of "
            + Arrays.stream(values()).map(Subject::key).collect(Collectors.joining(", ")));
  }
}
