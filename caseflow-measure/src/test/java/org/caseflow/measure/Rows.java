package org.caseflow.measure;

import static org.caseflow.domain.schema.Table.AA_CHILD_IN_CARE;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CIN_EPISODE;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;
import static org.caseflow.domain.schema.Table.CP_PLAN;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.domain.schema.Table;
import org.caseflow.store.StoreFixture;

/**
 * The measure tests' one fixture builder: a row of any canonical table with sensible defaults, so
 * that a test names only the columns its working depends on. Defaults: a child is described by the
 * SSDA903; a CIN episode is the child's first, referred by the police, not NFA, need N1; a CLA
 * episode starts care (S) under a care order (C2) in foster care (U4); a CP plan is the episode's
 * first, for neglect; an Annex A child in care has no missing episodes.
 */
final class Rows {
  private static final Map<Table, List<Object>> DEFAULTS =
      Map.of(
          CHILD, List.of("source", "SSDA903"),
          CIN_EPISODE,
              List.of(
                  "episode_no",
                  1,
                  "referral_source",
                  "6",
                  "referral_nfa",
                  false,
                  "primary_need",
                  "N1"),
          CLA_EPISODE,
              List.of("reason_new_episode", "S", "legal_status", "C2", "placement_type", "U4"),
          CP_PLAN,
              List.of(
                  "episode_no",
                  1,
                  "plan_no",
                  1,
                  "initial_category",
                  "NEG",
                  "latest_category",
                  "NEG"),
          AA_CHILD_IN_CARE, List.of("missing_last_12_months", 0));

  private final StoreFixture fixture;

  private Rows(StoreFixture fixture) {
    this.fixture = fixture;
  }

  static Rows on(StoreFixture fixture) {
    return new Rows(fixture);
  }

  /** Adds a row of the table: its defaults, overridden by the column and value pairs given. */
  Rows add(Table table, Object... columnsAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    List<Object> defaults = DEFAULTS.getOrDefault(table, List.of());
    for (int i = 0; i < defaults.size(); i += 2) {
      row.put((String) defaults.get(i), defaults.get(i + 1));
    }
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
    }
    Object[] flat = new Object[row.size() * 2];
    int k = 0;
    for (Map.Entry<String, Object> e : row.entrySet()) {
      flat[k++] = e.getKey();
      flat[k++] = e.getValue();
    }
    fixture.add(table, flat);
    return this;
  }

  /** A child described by the SSDA903 with a date of birth. */
  Rows child(String child, String born) {
    return add(CHILD, "child_id", child, "birth_date", born);
  }

  /** A CIN episode (the child's first): referral, closure (or null), NFA and primary need. */
  Rows cin(String child, String referral, String closure, boolean nfa, String need) {
    return add(
        CIN_EPISODE,
        "child_id",
        child,
        "referral_date",
        referral,
        "closure_date",
        closure,
        "referral_nfa",
        nfa,
        "primary_need",
        need);
  }

  /** A CLA episode: reason for new episode, start, placement, end and reason ceased (or nulls). */
  Rows episode(
      String child, String rne, String start, String place, String end, String reasonCeased) {
    return add(
        CLA_EPISODE,
        "child_id",
        child,
        "reason_new_episode",
        rne,
        "start_date",
        start,
        "placement_type",
        place,
        "end_date",
        end,
        "reason_ceased",
        reasonCeased);
  }

  /** As {@link #episode}, under a legal status. */
  Rows episode(
      String child,
      String rne,
      String start,
      String place,
      String legalStatus,
      String end,
      String reasonCeased) {
    return add(
        CLA_EPISODE,
        "child_id",
        child,
        "reason_new_episode",
        rne,
        "start_date",
        start,
        "placement_type",
        place,
        "legal_status",
        legalStatus,
        "end_date",
        end,
        "reason_ceased",
        reasonCeased);
  }
}
