package org.caseflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseflow.domain.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import findings behind a table: the findings on its fields in the returns its current rows
 * are from.
 */
class ProvenanceTest {
  @TempDir Path dir;

  private static void finding(Store s, long batch, String code, String severity, String field)
      throws Exception {
    try (PreparedStatement ps =
        s.connection()
            .prepareStatement("INSERT INTO import_finding VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, batch);
      ps.setString(2, code);
      ps.setString(3, severity);
      ps.setString(4, "cin_census_2025.xml");
      ps.setString(5, "Child 1 / CINdetails 1");
      ps.setString(6, field);
      ps.setString(7, null);
      ps.setString(8, "expected a date");
      ps.executeUpdate();
    }
  }

  @Test
  void findingsOnAPlansFieldsAreFindingsOfThePlanTableOnly() throws Exception {
    try (Store s = Stores.fresh("duckdb", dir)) {
      StoreFixture.on(s)
          .add(Table.CIN_EPISODE, "child_id", "A", "episode_no", 1, "referral_date", "2024-06-01")
          .add(
              Table.CP_PLAN,
              "child_id",
              "A",
              "episode_no",
              1,
              "plan_no",
              1,
              "start_date",
              "2024-07-01")
          .load();
      long batch;
      try (var st = s.connection().createStatement();
          var rs = st.executeQuery("SELECT max(batch_id) FROM cp_plan")) {
        rs.next();
        batch = rs.getLong(1);
      }
      // Two unreadable plan start dates, one error on a referral date (not a plan field), and one
      // informational finding on a plan field (left out: it does not affect a figure).
      finding(s, batch, "unreadable_value", "ERROR", "CPPstartDate");
      finding(s, batch, "unreadable_value", "ERROR", "CPPstartDate");
      finding(s, batch, "unknown_code", "ERROR", "CINreferralDate");
      finding(s, batch, "normalised_value", "INFO", "CPPendDate");
      Map<Table, List<Provenance.Finding>> found =
          Provenance.findings(s.connection(), "808", Set.of(Table.CP_PLAN));
      assertThat(found)
          .containsOnlyKeys(Table.CP_PLAN)
          .containsEntry(
              Table.CP_PLAN,
              List.of(
                  new Provenance.Finding(
                      "cp_plan",
                      "unreadable_value",
                      "ERROR",
                      "CPPstartDate",
                      "expected a date",
                      2)));
      // The referral date is a field of cin_episode, whose rows came from the same return.
      assertThat(
              Provenance.findings(s.connection(), "808", Set.of(Table.CIN_EPISODE))
                  .get(Table.CIN_EPISODE))
          .containsExactly(
              new Provenance.Finding(
                  "cin_episode", "unknown_code", "ERROR", "CINreferralDate", "expected a date", 1));
      // Another council's report has none.
      assertThat(
              Provenance.findings(s.connection(), "809", Set.of(Table.CP_PLAN, Table.CIN_EPISODE))
                  .values())
          .allMatch(List::isEmpty);
    }
  }
}
