package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.ADOPTION;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;
import static org.caseflow.domain.schema.Table.HEALTH_OUTCOME;
import static org.caseflow.domain.schema.Table.MISSING_EPISODE;
import static org.caseflow.domain.schema.Table.PLACED_FOR_ADOPTION;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;
import org.caseflow.store.Store;
import org.caseflow.store.StoreFixture;
import org.caseflow.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * This helper's SSDA903 rules (504 to 607) run on PostgreSQL as on DuckDB: one return with last
 * year's beside it, every rule run on both engines, the same findings from each.
 */
class Ssda903DPortabilityRulesTest {
  private static final Set<String> CODES =
      Set.of(
          "504", "511", "514", "516", "517", "518", "519", "520", "521", "522", "523", "524", "525",
          "526", "527", "528", "529", "530", "531", "542", "543", "544", "545", "546", "547", "550",
          "551", "552", "553", "554", "557", "558", "559", "560", "561", "562", "563", "564", "565",
          "566", "567", "570", "571", "574", "575", "576", "577", "578", "579", "580", "581", "582",
          "583", "584", "586", "601", "602", "607");

  @TempDir Path dir;

  private static List<Rule> rules() {
    List<Rule> rules =
        RuleSet.forYear(ReturnKind.SSDA903, CollectionYear.parse("2025-26"))
            .orElseThrow()
            .rules()
            .stream()
            .filter(r -> CODES.contains(r.code()))
            .toList();
    assertThat(rules).hasSize(CODES.size());
    return rules;
  }

  /** The council's 2024-25 and 2025-26 returns; returns the 2025-26 batch. */
  private static long load(Store store) throws Exception {
    StoreFixture f = StoreFixture.on(store, "808").as(ReturnKind.SSDA903);
    f.year(2025)
        .add(CHILD, "child_id", "C1", "sex", "F", "birth_date", "2016-03-31")
        .add(CLA_EPISODE, "child_id", "C1", "start_date", "2024-05-01", "reason_new_episode", "S")
        .add(CLA_EPISODE, "child_id", "C4", "start_date", "2024-12-01", "reason_new_episode", "S")
        .add(PLACED_FOR_ADOPTION, "child_id", "C5", "decision_date", "2025-03-01")
        .add(
            PLACED_FOR_ADOPTION,
            "child_id",
            "C7",
            "decision_date",
            "2024-06-01",
            "decision_ceased_date",
            "2024-09-01",
            "reason_ceased",
            "RD1")
        .add(MISSING_EPISODE, "child_id", "C2", "missing_type", "M", "start_date", "2025-03-01")
        .add(HEALTH_OUTCOME, "child_id", "C1")
        .add(ADOPTION, "child_id", "C9");
    f.year(2026)
        .add(CHILD, "child_id", "C1", "sex", "F", "birth_date", "2016-03-31")
        .add(CHILD, "child_id", "C2", "sex", "M", "birth_date", "2021-04-01")
        .add(CHILD, "child_id", "C3", "sex", "F", "birth_date", "2007-09-01")
        .add(CHILD, "child_id", "C4", "sex", "M", "birth_date", "2010-01-01")
        .add(CHILD, "child_id", "C5", "sex", "M", "birth_date", "2020-01-01")
        .add(CHILD, "child_id", "C7", "sex", "M", "birth_date", "2020-01-01");
    episode(f, "C1", "2024-05-01", "2025-06-01", "X1", "C2", "U1", "PR1", "N1");
    episode(f, "C1", "2025-06-01", "2025-09-01", "E13", "E1", "A3", "PR1", "N2");
    episode(f, "C2", "2024-05-01", null, null, "C2", "U1", "PR3", "N1");
    episode(f, "C3", "2025-05-01", "2025-09-01", "E4A", "C2", "P1", "PR0", "N1");
    episode(f, "C4", "2025-02-01", null, null, "C2", "K3", null, "N1");
    episode(f, "C5", "2025-05-01", "2025-10-01", "E11", "E1", "A4", "PR1", "N1");
    f.add(HEALTH_OUTCOME, "child_id", "C1")
        .add(HEALTH_OUTCOME, "child_id", "C2")
        .add(HEALTH_OUTCOME, "child_id", "C4", "convicted", false, "teeth_check", true)
        .add(
            ADOPTION,
            "child_id",
            "C5",
            "decision_date",
            "2025-06-01",
            "match_date",
            "2025-10-01",
            "number_of_adopters",
            2,
            "adopter_sex",
            "MM",
            "adopter_legal_status",
            "L3")
        .add(
            ADOPTION,
            "child_id",
            "C4",
            "decision_date",
            "2025-01-10",
            "match_date",
            "2025-05-01",
            "by_foster_carer",
            false,
            "number_of_adopters",
            1,
            "adopter_sex",
            "F1",
            "adopter_legal_status",
            "L0")
        .add(PLACED_FOR_ADOPTION, "child_id", "C1", "decision_date", "2025-06-02")
        .add(
            PLACED_FOR_ADOPTION,
            "child_id",
            "C5",
            "decision_date",
            "2025-03-01",
            "decision_ceased_date",
            "2025-04-01",
            "reason_ceased",
            "RD1")
        .add(PLACED_FOR_ADOPTION, "child_id", "C5", "decision_date", "2025-05-01")
        .add(PLACED_FOR_ADOPTION, "child_id", "C6", "decision_date", "2025-05-01")
        .add(PLACED_FOR_ADOPTION, "child_id", "C6", "decision_date", "2025-06-01")
        .add(PLACED_FOR_ADOPTION, "child_id", "C7", "decision_date", "2024-06-01");
    missing(f, "C3", "2025-08-20", "2025-09-01");
    missing(f, "C2", "2025-06-01", null);
    missing(f, "C2", "2025-06-10", "2025-06-12");
    missing(f, "C2", "2021-03-01", "2021-03-02");
    missing(f, "C1", "2025-08-01", null);
    missing(f, "C8", "2025-06-01", "2025-06-02");
    return f.loadBatches().get("2026|SSDA903");
  }

  private static void episode(
      StoreFixture f,
      String child,
      String start,
      String end,
      String reason,
      String legalStatus,
      String place,
      String provider,
      String need) {
    f.add(
        CLA_EPISODE,
        "child_id",
        child,
        "start_date",
        start,
        "end_date",
        end,
        "reason_ceased",
        reason,
        "reason_new_episode",
        "S",
        "legal_status",
        legalStatus,
        "placement_type",
        place,
        "placement_provider",
        provider,
        "category_of_need",
        need);
  }

  private static void missing(StoreFixture f, String child, String start, String end) {
    f.add(
        MISSING_EPISODE,
        "child_id",
        child,
        "missing_type",
        "M",
        "start_date",
        start,
        "end_date",
        end);
  }

  private List<String> findings(String engine) throws Exception {
    try (Store store = Stores.fresh(engine, dir)) {
      long batch = load(store);
      Validation v = Validator.validate(store.connection(), batch, rules());
      assertThat(v.skipped()).as(engine + " skipped").isEmpty();
      return v.findings().stream()
          .map(
              x ->
                  x.rule()
                      + " "
                      + (x.childId() == null ? "-" : x.childId())
                      + " "
                      + x.location()
                      + " "
                      + x.values())
          .toList();
    }
  }

  @Test
  void everyRuleGivesTheSameFindingsOnPostgresqlAsOnDuckdb() throws Exception {
    List<String> duck = findings("duckdb");
    List<String> pg = findings("postgresql");
    assertThat(pg).isEqualTo(duck);
    assertThat(duck)
        .contains(
            "504 C1 Episodes row 2 [N2]",
            "517 C5 AD1 row 1 [L3, MM]",
            "526 C4 Episodes row 5 [K3, null]",
            "529 C2 Episodes row 3 [U1, PR3]",
            "545 C2 OC2 row 2 [2021-04-01, null]",
            "552 C1 Episodes row 2 [2025-06-02, 2025-06-01]",
            "561 C7 PlacedAdoption row 6 [2024-06-01]",
            "574 C2 Missing row 3 [2025-06-10, 2025-06-12]",
            "576 C2 Missing row 4 [C2]",
            "580 C3 Episodes row 4 [E4A]",
            "583 C6 PlacedAdoption row 4 [2025-05-01, null]",
            "602 C4 Episodes [C4]",
            "607 C1 Episodes row 2 [2025-09-01, E13, null, E1, F]");
  }
}
