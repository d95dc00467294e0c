package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.ADOPTION;
import static org.caseflow.domain.schema.Table.CARE_LEAVER;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;
import static org.caseflow.domain.schema.Table.CLA_REVIEW;
import static org.caseflow.domain.schema.Table.DEPRIVATION_OF_LIBERTY;
import static org.caseflow.domain.schema.Table.HEALTH_OUTCOME;
import static org.caseflow.domain.schema.Table.MISSING_EPISODE;
import static org.caseflow.domain.schema.Table.PLACED_FOR_ADOPTION;
import static org.caseflow.domain.schema.Table.PREVIOUS_PERMANENCE;
import static org.caseflow.domain.schema.Table.SOCIAL_WORKER_EPISODE;
import static org.caseflow.domain.schema.Table.UASC;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;
import org.caseflow.store.Store;
import org.caseflow.store.StoreFixture;
import org.caseflow.store.Stores;
import org.junit.jupiter.api.Test;

/**
 * The rules of the Ssda903E test classes give the same findings on DuckDB and PostgreSQL: one
 * return in which each of them fires, validated on both engines.
 */
class Ssda903EPortabilityRulesTest {
  private static final List<String> BASE =
      List.of(
          "611",
          "612",
          "620",
          "621",
          "624",
          "625",
          "626",
          "628",
          "630",
          "631",
          "632",
          "633",
          "634",
          "635",
          "1000",
          "1001",
          "1002",
          "1003",
          "1004",
          "1005",
          "1006",
          "1007",
          "1009",
          "1010",
          "1011",
          "1012",
          "1014",
          "1016",
          "3001",
          "SW01aSTG1",
          "SW01bSTG1",
          "SW02STG1",
          "SW04STG1",
          "SW05STG1",
          "SW13STG1",
          "SW06STG2",
          "SW07STG2",
          "SW08STG2",
          "SW09STG2",
          "SW10STG2",
          "SW11bSTG2",
          "SW12STG2",
          "SW17STG2");
  private static final List<String> DOLO =
      List.of("700", "701", "702", "703", "704", "705", "706", "707", "708", "709", "710");

  @Test
  void theBaseRulesFindTheSameOnBothEngines() throws Exception {
    List<String> duck = findings("duckdb", "2025-26", BASE, Ssda903EPortabilityRulesTest::base);
    List<String> pg = findings("postgresql", "2025-26", BASE, Ssda903EPortabilityRulesTest::base);
    assertThat(pg).isEqualTo(duck);
    assertThat(rulesIn(duck)).containsAll(BASE);
  }

  @Test
  void theDoloRulesFindTheSameOnBothEngines() throws Exception {
    List<String> duck = findings("duckdb", "2026-27", DOLO, Ssda903EPortabilityRulesTest::dolo);
    List<String> pg = findings("postgresql", "2026-27", DOLO, Ssda903EPortabilityRulesTest::dolo);
    assertThat(pg).isEqualTo(duck);
    assertThat(rulesIn(duck)).containsAll(DOLO);
  }

  private interface Loader {
    void load(StoreFixture f);
  }

  private static Set<String> rulesIn(List<String> findings) {
    Set<String> out = new TreeSet<>();
    for (String s : findings) {
      out.add(s.substring(0, s.indexOf(' ')));
    }
    return out;
  }

  private static List<String> findings(
      String engine, String year, List<String> codes, Loader loader) throws Exception {
    CollectionYear y = CollectionYear.parse(year);
    Path dir = Files.createTempDirectory("caseflow-validate-test");
    try (Store s = Stores.fresh(engine, dir)) {
      StoreFixture f = StoreFixture.on(s, "808").as(ReturnKind.SSDA903);
      loader.load(f);
      long batch = f.loadBatches().get(y.endYear() + "|SSDA903");
      RuleSet set = RuleSet.forYear(ReturnKind.SSDA903, y).orElseThrow();
      List<Rule> rules = new ArrayList<>();
      for (String c : codes) {
        rules.add(set.find(c).orElseThrow());
      }
      Validation v = Validator.validate(s.connection(), batch, rules);
      assertThat(v.skipped()).as(engine).isEmpty();
      return v.findings().stream()
          .map(x -> x.rule() + " " + x.childId() + " " + x.location() + " " + x.values())
          .toList();
    }
  }

  private static Object[] ep(String child, String start, String end, String reason) {
    return new Object[] {
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
      "C2",
      "category_of_need",
      "N1",
      "placement_type",
      "U1",
      "placement_provider",
      "PR1"
    };
  }

  private static Object[] sw(String child, String start, String end, String reason) {
    return new Object[] {
      "child_id",
      child,
      "social_worker_id",
      "SW1",
      "start_date",
      start,
      "end_date",
      end,
      "reason",
      reason
    };
  }

  private static void child(StoreFixture f, Object... more) {
    Object[] base = {"source", "SSDA903", "birth_date", "2015-06-01", "sex", "F"};
    Object[] all = new Object[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    f.add(CHILD, all);
  }

  private static void base(StoreFixture f) {
    f.year(2025);
    child(f, "child_id", "M4", "mother_child_birth_date", "2024-01-10");
    child(f, "child_id", "M6", "is_mother", false);
    f.add(CLA_EPISODE, ep("L5", "2024-05-01", null, null));
    f.add(CLA_EPISODE, ep("Z9", "2024-05-01", null, null));
    f.add(CLA_EPISODE, ep("R1", "2024-05-01", "2024-06-01", "E13"));
    f.year(2022);
    f.add(CLA_EPISODE, ep("Z8", "2021-05-01", null, null));
    f.year(2026);
    child(f, "child_id", "M1", "is_mother", true);
    child(f, "child_id", "M2", "is_mother", false, "mother_child_birth_date", "2025-01-10");
    child(
        f,
        "child_id",
        "M3",
        "is_mother",
        true,
        "birth_date",
        "2014-04-02",
        "mother_child_birth_date",
        "2014-04-02");
    child(f, "child_id", "M4", "mother_child_birth_date", "2024-01-11");
    child(f, "child_id", "M5", "is_mother", true, "mother_child_birth_date", "2026-04-01");
    f.add(CLA_EPISODE, ep("M5", "2025-05-01", null, null));
    child(f, "child_id", "M6", "is_mother", true, "mother_child_birth_date", "2025-03-31");
    child(f, "child_id", "M7", "is_mother", false);
    f.add(CARE_LEAVER, "child_id", "M7", "in_touch", "YES");
    f.add(CLA_EPISODE, ep("P1", "2025-06-01", null, null));
    f.add(CLA_EPISODE, ep("P2", "2015-03-31", null, null));
    f.add(
        PREVIOUS_PERMANENCE,
        "child_id",
        "P2",
        "previous_permanence",
        "P0",
        "permanence_date",
        "xx/10/2011");
    f.add(
        PREVIOUS_PERMANENCE,
        "child_id",
        "P3",
        "previous_permanence",
        "Z1",
        "permanence_la",
        "458",
        "permanence_date",
        "29/02/2019");
    f.add(CLA_EPISODE, ep("L1", "2025-05-01", "2025-08-01", "E2"));
    f.add(CARE_LEAVER, "child_id", "L1", "in_touch", "DIED");
    f.add(CLA_EPISODE, ep("L2", "2025-05-01", null, null));
    f.add(PLACED_FOR_ADOPTION, "child_id", "L2", "decision_date", "2025-04-30");
    f.add(MISSING_EPISODE, "child_id", "L2", "missing_type", "M");
    f.add(
        MISSING_EPISODE,
        "child_id",
        "L2",
        "missing_type",
        "AWAY",
        "start_date",
        "2025-06-01",
        "unreadable",
        "MIS_END");
    child(f, "child_id", "L3", "birth_date", "2008-06-01");
    f.add(CLA_EPISODE, ep("L3", "2024-05-01", null, null));
    f.add(CARE_LEAVER, "child_id", "L3", "in_touch", "YES");
    f.add(
        CLA_EPISODE,
        "child_id",
        "L4",
        "start_date",
        "2025-05-01",
        "reason_new_episode",
        "P",
        "legal_status",
        "C2",
        "category_of_need",
        "N1",
        "placement_type",
        "U1",
        "reason_place_change",
        "MOVED");
    f.add(CARE_LEAVER, "child_id", "L5", "accommodation", "U1");
    f.add(CLA_EPISODE, ep("L6", "2025-05-01", "2025-08-01", "E3"));
    f.add(CARE_LEAVER, "child_id", "L6", "in_touch", "YES");
    f.add(CLA_EPISODE, ep("L7", "2024-05-01", "2025-03-31", "E13"));
    f.add(CARE_LEAVER, "child_id", "L7");
    f.add(CLA_REVIEW, "child_id", "L7", "review_date", "2025-01-10");
    f.add(ADOPTION, "child_id", "L7");
    f.add(HEALTH_OUTCOME, "child_id", "L7");
    f.add(UASC, "child_id", "L8", "uasc_ceased_date", "2025-06-01");
    f.add(CARE_LEAVER, "child_id", "L8", "in_touch", "YES");
    child(f, "child_id", "L9", "birth_date", "2008-06-01");
    f.add(CLA_EPISODE, ep("L9", "2024-05-01", "2025-06-02", "E13"));
    f.add(CARE_LEAVER, "child_id", "L9", "in_touch", "YES");
    child(f, "child_id", "R1", "birth_date", "2007-06-01");
    f.add(CARE_LEAVER, "child_id", "R1", "in_touch", "YES");
    child(f, "child_id", "L10", "birth_date", "2008-04-01");
    f.add(CARE_LEAVER, "child_id", "L10", "accommodation", "Z1");
    f.add(SOCIAL_WORKER_EPISODE, "child_id", "S1", "social_worker_id", "SW1");
    f.add(SOCIAL_WORKER_EPISODE, sw("S2", "2025-05-01", null, "MANAGE"));
    f.add(
        SOCIAL_WORKER_EPISODE,
        "child_id",
        "S2",
        "social_worker_id",
        "AB1",
        "start_date",
        "2025-04-01",
        "end_date",
        "2025-05-01",
        "reason",
        "MANAGE");
    f.add(
        SOCIAL_WORKER_EPISODE,
        "child_id",
        "S3",
        "social_worker_id",
        "SW1",
        "start_date",
        "2025-05-01",
        "reason",
        "MANAGE",
        "unreadable",
        "SW_DEC");
    f.add(SOCIAL_WORKER_EPISODE, sw("S4", "2025-05-01", null, "LAZY"));
    f.add(SOCIAL_WORKER_EPISODE, sw("S5", "2026-04-01", null, "MANAGE"));
    f.add(SOCIAL_WORKER_EPISODE, sw("S6", "2025-01-01", "2025-03-31", "MANAGE"));
    f.add(SOCIAL_WORKER_EPISODE, sw("S6", "2025-03-31", null, "MANAGE"));
    f.add(SOCIAL_WORKER_EPISODE, sw("S7", "2025-04-01", null, "MANAGE"));
    f.add(SOCIAL_WORKER_EPISODE, sw("S7", "2025-06-01", null, "MANAGE"));
    f.add(SOCIAL_WORKER_EPISODE, sw("S8", "2025-05-01", "2025-05-01", "MANAGE"));
    f.add(SOCIAL_WORKER_EPISODE, sw("S8", "2025-05-01", null, "MANAGE"));
    f.add(SOCIAL_WORKER_EPISODE, sw("S9", "2025-04-01", "2025-06-20", "MANAGE"));
    f.add(SOCIAL_WORKER_EPISODE, sw("S9", "2025-06-12", null, "MANAGE"));
    f.add(SOCIAL_WORKER_EPISODE, sw("S10", "2025-04-01", "2026-03-30", "MANAGE"));
    f.add(CLA_EPISODE, ep("S11", "2024-05-01", null, null));
    f.add(SOCIAL_WORKER_EPISODE, sw("S11", "2025-04-02", null, "MANAGE"));
    f.add(SOCIAL_WORKER_EPISODE, sw("S12", "2025-04-01", "2026-03-31", "MANAGE"));
    f.add(DEPRIVATION_OF_LIBERTY, "child_id", "S12", "start_date", "2025-05-01");
  }

  private static void dolo(StoreFixture f) {
    f.year(2026);
    f.add(DEPRIVATION_OF_LIBERTY, "child_id", "D6", "start_date", "2025-10-01");
    f.add(CLA_EPISODE, ep("D6", "2025-05-01", null, null));
    f.year(2027);
    f.add(DEPRIVATION_OF_LIBERTY, "child_id", "D1");
    f.add(
        DEPRIVATION_OF_LIBERTY,
        "child_id",
        "D1",
        "start_date",
        "2026-05-01",
        "unreadable",
        "DOLO_END");
    f.add(
        DEPRIVATION_OF_LIBERTY,
        "child_id",
        "D2",
        "start_date",
        "2026-06-02",
        "end_date",
        "2026-06-01");
    f.add(DEPRIVATION_OF_LIBERTY, "child_id", "D3", "start_date", "2027-04-01");
    f.add(
        DEPRIVATION_OF_LIBERTY,
        "child_id",
        "D4",
        "start_date",
        "2026-01-01",
        "end_date",
        "2026-03-31");
    f.add(DEPRIVATION_OF_LIBERTY, "child_id", "D5", "start_date", "2026-04-10");
    f.add(DEPRIVATION_OF_LIBERTY, "child_id", "D5", "start_date", "2026-06-01");
    f.add(CLA_EPISODE, ep("D7", "2026-04-10", "2026-09-01", "E13"));
    f.add(DEPRIVATION_OF_LIBERTY, "child_id", "D7", "start_date", "2026-05-01");
    child(f, "child_id", "D8");
    f.add(DEPRIVATION_OF_LIBERTY, "child_id", "D8", "start_date", "2015-06-01");
    f.add(CLA_EPISODE, ep("D9", "2026-04-10", null, null));
    f.add(
        DEPRIVATION_OF_LIBERTY,
        "child_id",
        "D9",
        "start_date",
        "2026-05-01",
        "end_date",
        "2026-06-01");
    f.add(
        CLA_EPISODE,
        "child_id",
        "D10",
        "start_date",
        "2026-04-10",
        "reason_new_episode",
        "S",
        "legal_status",
        "C2",
        "category_of_need",
        "N1",
        "placement_type",
        "P1");
    f.add(
        DEPRIVATION_OF_LIBERTY,
        "child_id",
        "D10",
        "start_date",
        "2026-05-01",
        "end_date",
        "2026-06-01");
  }
}
