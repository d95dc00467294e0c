package org.caseflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.compare.Comparer;
import org.caseflow.compare.Targets;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.domain.schema.Table;
import org.caseflow.measure.Population;
import org.caseflow.store.Store;
import org.caseflow.store.StoreFixture;
import org.caseflow.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WF11 (cases per worker) and WF11H (workers above 25 cases) carry a breakdown by team, yet each
 * has a value, a target and a status of its own: the report shows them in the workforce stage and
 * in the scorecard, with their tables beneath, worked by hand from three workers.
 */
class CaseloadInReportTest {
  @TempDir Path dir;

  /**
   * March 2025's extract: A (North, 1.0 FTE, 20 cases), B (North, 1.0 FTE, 30 cases), C (South, 0.5
   * FTE, 10 cases). WF11 = 60 cases / 2.5 FTE = 24.0; WF11H = 1 worker (B) of 3 = 33.3%. Targets:
   * WF11 20 with tolerance 2 (24.0 is 4 over: off target); WF11H 30 with tolerance 5 (33.3 is 3.3
   * over: near target).
   */
  private Document report() throws Exception {
    Path targets = dir.resolve("targets.yaml");
    Files.writeString(
        targets, "WF11: {target: 20, tolerance: 2}\nWF11H: {target: 30, tolerance: 5}\n");
    try (Store s = Stores.fresh("duckdb", dir)) {
      StoreFixture.on(s)
          .add(Table.CASELOAD, worker("A", "North", 1.0, 20))
          .add(Table.CASELOAD, worker("B", "North", 1.0, 30))
          .add(Table.CASELOAD, worker("C", "South", 0.5, 10))
          .load();
      return Reports.build(
          s,
          new ReportSpec(
              "808",
              ReportingPeriod.parse("2024-25"),
              Audience.CLINIC,
              false,
              Targets.load(targets),
              Comparer.bundled(),
              Population.bundled(),
              List.of()));
    }
  }

  private static Object[] worker(String id, String team, double fte, int cases) {
    return new Object[] {
      "month",
      "2025-03-01",
      "worker_id",
      id,
      "team",
      team,
      "fte",
      fte,
      "agency",
      false,
      "open_cases",
      cases
    };
  }

  /** The tables after the heading, up to the next heading, as lists of rows of cell text. */
  private static List<List<List<String>>> tablesAfter(Document d, String heading) {
    List<List<List<String>>> out = new ArrayList<>();
    boolean in = false;
    for (Block b : d.blocks()) {
      if (b instanceof Block.Heading h) {
        if (in) {
          break;
        }
        in = h.level() == 3 && h.text().equals(heading);
      } else if (in && b instanceof Block.Table t) {
        out.add(t.rows().stream().map(r -> r.stream().map(Block.Cell::text).toList()).toList());
      }
    }
    return out;
  }

  private static Map<String, String> asMap(List<List<String>> rows) {
    Map<String, String> m = new LinkedHashMap<>();
    rows.forEach(r -> m.put(r.get(0), r.get(1)));
    return m;
  }

  @Test
  void caseloadPerWorkerHasItsValueTargetAndStatusInTheWorkforceStageWithItsTeamsBeneath()
      throws Exception {
    Document d = report();
    List<List<List<String>>> tables =
        tablesAfter(d, "Live caseload per worker (FTE), latest month (WF11)");
    assertThat(tables).hasSize(2);
    Map<String, String> figure = asMap(tables.get(0));
    assertThat(figure)
        .containsEntry("Value (ratio)", "24.0")
        .containsEntry("Target", "20.0 (local target)")
        .containsEntry("Status", "■ Off target");
    // The teams count workers (3), not the 60 cases summed in the value.
    assertThat(tables.get(1))
        .containsExactly(
            List.of("North", "2", "66.7%"),
            List.of("South", "1", "33.3%"),
            List.of("Total", "3", "100.0%"));
    // And the scorecard at the front rates it.
    assertThat(summaryRow(d, "WF11"))
        .containsExactly(
            "Live caseload per worker (FTE), latest month (WF11)",
            "Workforce",
            "24.0",
            "20.0",
            "■ Off target",
            "cannot be compared");
  }

  @Test
  void workersAboveTwentyFiveCasesHaveTheirShareTargetAndStatus() throws Exception {
    Document d = report();
    List<List<List<String>>> tables =
        tablesAfter(d, "Workers holding more than 25 cases, latest month (WF11H)");
    assertThat(asMap(tables.get(0)))
        .containsEntry("Value (per cent)", "33.3%")
        .containsEntry("Target", "30.0% (local target)")
        // 1 of 3 workers: a percentage on a denominator under 10 is too few to rate (issue 15),
        // though its target is shown.
        .containsEntry("Status", "◇ Too few to rate");
    assertThat(tables.get(1))
        .containsExactly(List.of("North", "1", "100.0%"), List.of("Total", "1", "100.0%"));
    // The summary's status table lists the rated lines; one too few to rate is counted in its
    // sentence instead.
    assertThat(summaryRow(d, "WF11H")).isEmpty();
  }

  private static List<String> summaryRow(Document d, String id) {
    for (Block b : d.blocks()) {
      if (b instanceof Block.Table t && t.caption().startsWith("Scorecard: status against")) {
        for (List<Block.Cell> r : t.rows()) {
          if (r.get(0).text().endsWith("(" + id + ")")) {
            return r.stream().map(Block.Cell::text).toList();
          }
        }
      }
    }
    return List.of();
  }
}
