package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.ADOPTION;
import static org.caseflow.domain.schema.Table.CARE_LEAVER;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;
import static org.caseflow.domain.schema.Table.HEALTH_OUTCOME;
import static org.caseflow.domain.schema.Table.UASC;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;
import org.caseflow.store.Store;
import org.caseflow.store.StoreFixture;
import org.caseflow.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SSDA903 rules 197a-366 of this set run alike on DuckDB and PostgreSQL: one return that trips
 * most of them, validated on both engines, gives the same findings.
 */
class Ssda903BPortableRulesTest {
  private static final Set<String> CODES =
      Set.of(
          "197a", "198", "199", "202", "203", "204", "207", "208", "209", "210", "213", "214",
          "215", "217", "222", "225", "226", "232", "233", "234", "301", "302", "304", "331", "333",
          "334", "335", "336", "344", "345", "347", "348", "351", "352", "353", "354", "355", "356",
          "357", "358", "359", "361", "362", "363", "364", "365", "366");

  @TempDir Path dir;

  private static Object[] ep(String child, String start, String end, Object... more) {
    List<Object> out =
        new ArrayList<>(
            List.of(
                "child_id",
                child,
                "start_date",
                start,
                "reason_new_episode",
                "S",
                "legal_status",
                "C2",
                "category_of_need",
                "N1",
                "placement_type",
                "U1"));
    if (end != null) {
      out.addAll(List.of("end_date", end, "reason_ceased", "X1"));
    }
    for (int i = 0; i < more.length; i += 2) {
      int at = out.indexOf(more[i]);
      if (at >= 0 && at % 2 == 0) {
        out.set(at + 1, more[i + 1]);
      } else {
        out.add(more[i]);
        out.add(more[i + 1]);
      }
    }
    return out.toArray();
  }

  private List<String> findings(String engine) throws Exception {
    try (Store store = Stores.fresh(engine, dir)) {
      StoreFixture f = StoreFixture.on(store, "808").as(ReturnKind.SSDA903);
      f.year(2024)
          .add(CARE_LEAVER, "child_id", "Z", "in_touch", "DIED")
          .add(CHILD, "child_id", "Z", "source", "SSDA903");
      f.loadBatches();
      f.year(2025)
          .add(
              CHILD,
              "child_id",
              "A",
              "source",
              "SSDA903",
              "sex",
              "M",
              "birth_date",
              "2015-06-01",
              "ethnicity",
              "WIRI",
              "upn",
              "H801200001001",
              "is_mother",
              true)
          .add(CLA_EPISODE, ep("A", "2020-01-01", "2024-06-01", "reason_ceased", "E11"));
      f.loadBatches();
      f.year(2026)
          .add(
              CHILD,
              "child_id",
              "A",
              "source",
              "SSDA903",
              "sex",
              "F",
              "birth_date",
              "2015-06-02",
              "ethnicity",
              "WBRI",
              "upn",
              "UN4",
              "is_mother",
              false)
          .add(
              CHILD,
              "child_id",
              "B",
              "source",
              "SSDA903",
              "sex",
              "U",
              "birth_date",
              "2007-06-01",
              "upn",
              "UN1")
          .add(CHILD, "child_id", "C", "source", "SSDA903", "birth_date", "2026-04-01")
          .add(CHILD, "child_id", "D", "source", "SSDA903", "birth_date", "2000-03-31")
          .add(CLA_EPISODE, ep("A", "2025-05-01", "2025-06-01", "placement_type", "T1"))
          .add(
              CLA_EPISODE,
              ep(
                  "A",
                  "2025-06-01",
                  "2025-06-05",
                  "reason_new_episode",
                  "P",
                  "legal_status",
                  "L1",
                  "reason_place_change",
                  "CUSTOD",
                  "placement_provider",
                  "PR1"))
          .add(CLA_EPISODE, ep("A", "2025-06-05", "2025-06-05", "legal_status", "L3"))
          .add(
              CLA_EPISODE,
              ep("A", "2025-06-06", null, "placement_type", "A3", "reason_new_episode", "P"))
          .add(CLA_EPISODE, ep("B", "2025-06-01", null, "legal_status", "J2", "urn", "SC1"))
          .add(
              CLA_EPISODE,
              ep("B", "2025-04-02", "2025-04-30", "legal_status", "V3", "reason_new_episode", "P"))
          .add(CLA_EPISODE, ep("B", "1991-10-13", "2026-04-01", "legal_status", "L2"))
          .add(CLA_EPISODE, ep("C", "2025-04-01", "2025-03-31", "placement_type", "R1"))
          .add(CLA_EPISODE, ep("D", "2025-04-01", null, "reason_place_change", "CARPL"))
          .add(
              CLA_EPISODE,
              ep("E", "2025-05-01", "2025-09-01", "placement_type", "A4", "reason_ceased", "E12"))
          .add(HEALTH_OUTCOME, "child_id", "A", "sdq_score", 10, "sdq_reason", "SDQ1")
          .add(HEALTH_OUTCOME, "child_id", "B", "sdq_reason", "SDQ2", "convicted", false)
          .add(CARE_LEAVER, "child_id", "B", "in_touch", "YES", "activity", "0")
          .add(CARE_LEAVER, "child_id", "Z", "in_touch", "RHOM", "accommodation", "T1")
          .add(UASC, "child_id", "B", "uasc_ceased_date", "2025-06-02")
          .add(
              ADOPTION,
              "child_id",
              "E",
              "decision_date",
              "2025-06-03",
              "match_date",
              "2025-06-02",
              "by_foster_carer",
              true);
      Map<String, Long> batches = f.loadBatches();
      long batch = batches.get("2026|SSDA903");
      List<Rule> rules =
          RuleSet.forYear(ReturnKind.SSDA903, CollectionYear.parse("2025-26"))
              .orElseThrow()
              .rules()
              .stream()
              .filter(r -> CODES.contains(r.code()))
              .toList();
      assertThat(rules).hasSize(CODES.size());
      Validation v = Validator.validate(store.connection(), batch, rules);
      assertThat(v.skipped()).isEmpty();
      return v.findings().stream()
          .map(x -> x.rule() + " " + x.childId() + " " + x.location() + " " + x.values())
          .toList();
    }
  }

  @Test
  void theRulesGiveTheSameFindingsOnDuckDbAndPostgresql() throws Exception {
    List<String> duck = findings("duckdb");
    List<String> pg = findings("postgresql");
    assertThat(pg).isEqualTo(duck);
    Set<String> fired = new TreeSet<>();
    duck.forEach(s -> fired.add(s.substring(0, s.indexOf(' '))));
    assertThat(fired).hasSizeGreaterThan(30);
  }
}
