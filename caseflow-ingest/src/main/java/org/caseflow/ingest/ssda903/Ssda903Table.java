package org.caseflow.ingest.ssda903;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.caseflow.domain.schema.Table;

/**
 * The SSDA903 tables as CSV: each one's columns, those it cannot do without (which recognise it),
 * and the canonical column each feeds. {@code DOB} outside Header and UASC only repeats the
 * Header's and is not stored again.
 */
enum Ssda903Table {
  HEADER(
      Table.CHILD,
      "Header",
      List.of("CHILD", "SEX", "DOB", "ETHNIC"),
      new String[][] {
        {"CHILD", "child_id"},
        {"SEX", "sex"},
        {"DOB", "birth_date"},
        {"ETHNIC", "ethnicity"},
        {"UPN", "upn"},
        {"MOTHER", "is_mother"},
        {"MC_DOB", "mother_child_birth_date"}
      }),
  EPISODES(
      Table.CLA_EPISODE,
      "Episodes",
      List.of("CHILD", "DECOM", "RNE", "LS", "PLACE"),
      new String[][] {
        {"CHILD", "child_id"},
        {"DECOM", "start_date"},
        {"RNE", "reason_new_episode"},
        {"LS", "legal_status"},
        {"CIN", "category_of_need"},
        {"PLACE", "placement_type"},
        {"PLACE_PROVIDER", "placement_provider"},
        {"DEC", "end_date"},
        {"REC", "reason_ceased"},
        {"REASON_PLACE_CHANGE", "reason_place_change"},
        {"HOME_POST", "home_postcode"},
        {"PL_POST", "placement_postcode"},
        {"URN", "urn"}
      }),
  REVIEWS(
      Table.CLA_REVIEW,
      "Reviews",
      List.of("CHILD", "REVIEW"),
      new String[][] {
        {"CHILD", "child_id"}, {"REVIEW", "review_date"}, {"REVIEW_CODE", "participation"}
      }),
  UASC(
      Table.UASC,
      "UASC",
      List.of("CHILD", "DUC"),
      new String[][] {{"CHILD", "child_id"}, {"DUC", "uasc_ceased_date"}}),
  OC2(
      Table.HEALTH_OUTCOME,
      "OC2",
      List.of("CHILD", "HEALTH_ASSESSMENT"),
      new String[][] {
        {"CHILD", "child_id"},
        {"SDQ_SCORE", "sdq_score"},
        {"SDQ_REASON", "sdq_reason"},
        {"CONVICTED", "convicted"},
        {"HEALTH_CHECK", "health_check"},
        {"IMMUNISATIONS", "immunisations"},
        {"TEETH_CHECK", "teeth_check"},
        {"HEALTH_ASSESSMENT", "health_assessment"},
        {"SUBSTANCE_MISUSE", "substance_misuse"},
        {"INTERVENTION_RECEIVED", "intervention_received"},
        {"INTERVENTION_OFFERED", "intervention_offered"}
      }),
  OC3(
      Table.CARE_LEAVER,
      "OC3",
      List.of("CHILD", "IN_TOUCH", "ACTIV", "ACCOM"),
      new String[][] {
        {"CHILD", "child_id"},
        {"IN_TOUCH", "in_touch"},
        {"ACTIV", "activity"},
        {"ACCOM", "accommodation"}
      }),
  AD1(
      Table.ADOPTION,
      "AD1",
      List.of("CHILD", "DATE_INT", "DATE_MATCH"),
      new String[][] {
        {"CHILD", "child_id"},
        {"DATE_INT", "decision_date"},
        {"DATE_MATCH", "match_date"},
        {"FOSTER_CARE", "by_foster_carer"},
        {"NB_ADOPTR", "number_of_adopters"},
        {"SEX_ADOPTR", "adopter_sex"},
        {"LS_ADOPTR", "adopter_legal_status"}
      }),
  PLACED_ADOPTION(
      Table.PLACED_FOR_ADOPTION,
      "PlacedAdoption",
      List.of("CHILD", "DATE_PLACED"),
      new String[][] {
        {"CHILD", "child_id"},
        {"DATE_PLACED", "decision_date"},
        {"DATE_PLACED_CEASED", "decision_ceased_date"},
        {"REASON_PLACED_CEASED", "reason_ceased"}
      }),
  PREV_PERM(
      Table.PREVIOUS_PERMANENCE,
      "PrevPerm",
      List.of("CHILD", "PREV_PERM"),
      new String[][] {
        {"CHILD", "child_id"},
        {"PREV_PERM", "previous_permanence"},
        {"LA_PERM", "permanence_la"},
        {"DATE_PERM", "permanence_date"}
      }),
  MISSING(
      Table.MISSING_EPISODE,
      "Missing",
      List.of("CHILD", "MISSING", "MIS_START"),
      new String[][] {
        {"CHILD", "child_id"},
        {"MISSING", "missing_type"},
        {"MIS_START", "start_date"},
        {"MIS_END", "end_date"}
      }),
  SW_EPISODES(
      Table.SOCIAL_WORKER_EPISODE,
      "SWEpisodes",
      List.of("CHILD", "SW_ID", "SW_DECOM"),
      new String[][] {
        {"CHILD", "child_id"},
        {"SW_ID", "social_worker_id"},
        {"SW_DECOM", "start_date"},
        {"SW_DEC", "end_date"},
        {"SW_REASON", "reason"}
      }),
  DOLO(
      Table.DEPRIVATION_OF_LIBERTY,
      "DoLo",
      List.of("CHILD", "DOLO_START"),
      new String[][] {
        {"CHILD", "child_id"}, {"DOLO_START", "start_date"}, {"DOLO_END", "end_date"}
      });

  final Table table;
  final String label;
  final List<String> required;
  final String[][] columns;

  Ssda903Table(Table table, String label, List<String> required, String[][] columns) {
    this.table = table;
    this.label = label;
    this.required = required;
    this.columns = columns;
  }

  /** Every column this table has, including those read but not stored (DOB, SEX in UASC). */
  Set<String> known() {
    java.util.Set<String> s = new java.util.TreeSet<>();
    for (String[] c : columns) {
      s.add(c[0]);
    }
    s.add("DOB");
    s.add("SEX");
    return s;
  }

  /**
   * The table whose required columns the header holds, preferring the one that explains most of the
   * header's columns; null if none.
   */
  static Ssda903Table recognise(Set<String> header) {
    Ssda903Table best = null;
    int bestScore = -1;
    for (Ssda903Table t : values()) {
      if (!header.containsAll(t.required)) {
        continue;
      }
      int score = 0;
      for (String h : header) {
        if (t.known().contains(h.toUpperCase(Locale.ROOT))) {
          score++;
        }
      }
      score = score * 10 + t.required.size();
      if (score > bestScore) {
        bestScore = score;
        best = t;
      }
    }
    return best;
  }

  /** The table that shares most columns with the header, for messages. */
  static Ssda903Table closest(Set<String> header) {
    Ssda903Table best = HEADER;
    int bestScore = -1;
    for (Ssda903Table t : values()) {
      int score = 0;
      for (String r : t.required) {
        if (header.contains(r)) {
          score++;
        }
      }
      if (score > bestScore || (score == bestScore && t.required.size() < best.required.size())) {
        bestScore = score;
        best = t;
      }
    }
    return best;
  }
}
