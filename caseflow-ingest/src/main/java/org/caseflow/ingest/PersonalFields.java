package org.caseflow.ingest;

import java.util.Set;

/**
 * The canonical columns whose values identify a child or a person. Their values never appear in an
 * exception message, a finding or a log line: messages name the field and say what was expected
 * instead.
 */
public final class PersonalFields {
  private static final Set<String> PERSONAL =
      Set.of(
          "child_id",
          "upn",
          "former_upn",
          "birth_date",
          "expected_birth_date",
          "death_date",
          "mother_child_birth_date",
          "home_postcode",
          "placement_postcode",
          "social_worker_id",
          "allocated_worker",
          "personal_adviser",
          "adopter_id",
          "family_id",
          "worker_id",
          "case_id");

  private PersonalFields() {}

  /** Whether values of the canonical column may identify a person. */
  public static boolean isPersonal(String column) {
    return PERSONAL.contains(column);
  }

  /** The value as it may be shown in a message: the value itself, or a placeholder. */
  public static String shown(String column, String value) {
    return isPersonal(column) ? null : value;
  }
}
