package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CARE_LEAVER;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;
import static org.caseflow.domain.schema.Table.CLA_REVIEW;
import static org.caseflow.domain.schema.Table.UASC;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;
import org.caseflow.domain.schema.Table;
import org.caseflow.store.Store;
import org.caseflow.store.StoreFixture;
import org.caseflow.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SSDA903 rules 367 to 503F run on PostgreSQL as on DuckDB: one return in which each of them
 * fires, validated on both engines, gives the same findings.
 */
class Ssda903CPortableRulesTest {
  private static final List<String> CODES =
      List.of(
          "367", "371", "372", "373", "374", "375", "376", "377", "378", "379", "380", "381", "382",
          "383", "384", "385", "386", "387", "388", "389", "390", "391", "392b", "392d", "393",
          "398", "399", "407", "408", "426", "431", "432", "433", "434", "435", "436", "437", "440",
          "441", "442", "444", "446", "460", "501", "502", "503A", "503B", "503C", "503D", "503E",
          "503F");

  @TempDir Path dir;

  /** One row: the year it belongs to (2025 is 2024-25), its table and its column-value pairs. */
  private record Row(int year, Table table, Object[] pairs) {}

  private final List<Row> rows = new ArrayList<>();

  private void add(Table t, Object... pairs) {
    rows.add(new Row(2025, t, pairs));
  }

  private void last(Table t, Object... pairs) {
    rows.add(new Row(2024, t, pairs));
  }

  private void ep(String child, String start, String end, String rne, String rec, Object... more) {
    Object[] p = new Object[10 + more.length];
    Object[] head = {
      "child_id",
      child,
      "start_date",
      start,
      "end_date",
      end,
      "reason_new_episode",
      rne,
      "reason_ceased",
      rec
    };
    System.arraycopy(head, 0, p, 0, 10);
    System.arraycopy(more, 0, p, 10, more.length);
    add(CLA_EPISODE, p);
  }

  private void sample() {
    ep("R", "2024-05-01", "2024-08-01", "S", "E13", "legal_status", "V3");
    for (String[] c :
        new String[][] {
          {"K", "2008-06-01", "K3"},
          {"Y", "2014-06-01", "R5"},
          {"S", "2020-06-01", "S1"},
          {"E", "2010-06-01", "P3"}
        }) {
      add(CHILD, "child_id", c[0], "birth_date", c[1], "upn", "U" + c[0]);
      ep(c[0], "2024-05-31", null, "S", null, "placement_type", c[2]);
    }
    ep("T1", "2024-05-01", "2024-06-13", "P", "X1", "placement_type", "T1");
    ep("T3", "2024-05-01", "2024-05-23", "P", "X1", "placement_type", "T3");
    ep("T3", "2024-06-01", "2024-06-05", "P", "X1", "placement_type", "T3");
    ep("T3", "2024-07-01", "2024-07-05", "P", "X1", "placement_type", "T3");
    ep("T4", "2024-05-01", "2024-05-09", "P", "X1", "placement_type", "T4");
    ep("PV", "2024-05-01", null, "S", null, "placement_type", "P1", "legal_status", "V2");
    ep("ST", "2024-05-01", null, "S", null, "placement_type", "T1");
    ep("TE", "2024-05-01", "2024-05-03", "P", "E13", "placement_type", "T2");
    ep("VT", "2024-05-01", null, "S", null, "placement_type", "T0", "legal_status", "V3");
    ep("RT", "2024-05-01", "2024-06-01", "S", "X1", "placement_type", "U1");
    ep("RT", "2024-06-01", "2024-06-05", "P", "X1", "placement_type", "T1");
    ep("RT", "2024-06-05", null, "P", null, "placement_type", "U4");
    ep("VU", "2024-05-01", null, "S", null, "placement_type", "U4", "legal_status", "V4");
    ep("LT", "2024-05-01", "2025-04-01", "S", "E13");
    add(CHILD, "child_id", "AD", "birth_date", "2006-06-01");
    ep("AD", "2024-04-01", "2024-06-01", "S", "E11");
    add(CHILD, "child_id", "IL", "birth_date", "2010-06-01");
    ep("IL", "2024-04-01", "2024-05-31", "S", "E5");
    ep("X1", "2024-05-01", "2024-08-01", "S", "X1");
    add(CHILD, "child_id", "AS", "birth_date", "2008-06-01");
    ep("AS", "2024-04-01", "2024-05-31", "S", "E7");
    add(CHILD, "child_id", "OC", "birth_date", "2008-04-01");
    add(CARE_LEAVER, "child_id", "OC", "in_touch", "YES");
    ep(
        "PC",
        "2024-05-01",
        null,
        "S",
        null,
        "home_postcode",
        "AB1 2CD",
        "placement_postcode",
        "ab12cd");
    add(CHILD, "child_id", "MO", "sex", "F");
    ep("MO", "2024-05-01", null, "S", null);
    ep("V3", "2024-05-01", null, "S", null, "legal_status", "V3", "home_postcode", "AB1 2CD");
    add(CHILD, "child_id", "V4", "sex", "F", "is_mother", false);
    ep("V4", "2024-05-01", null, "S", null, "legal_status", "V4");
    add(CLA_REVIEW, "child_id", "V4", "review_date", "2024-09-01", "participation", "PN1");
    add(CHILD, "child_id", "SG", "birth_date", "2006-06-01");
    ep("SG", "2024-04-01", "2024-06-01", "S", "E46");
    ep("A5", "2024-05-01", null, "S", null, "placement_type", "A5");
    ep("VV", "2024-05-01", "2024-05-03", "S", "E13", "legal_status", "V3");
    ep("VV", "2024-06-01", "2024-06-03", "S", "E13", "legal_status", "V4");
    ep("SS", "2024-05-01", "2024-06-01", "S", "E13");
    ep("SS", "2024-06-01", null, "S", null);
    ep("LP", "2024-05-01", "2024-06-01", "S", "E13");
    ep("LP", "2024-06-01", null, "P", null);
    ep("GP", "2024-05-01", "2024-06-01", "S", "X1");
    ep("GP", "2024-06-02", null, "P", null);
    ep("LS", "2024-05-01", "2024-06-01", "S", "X1");
    ep("LS", "2024-06-01", null, "L", null);
    ep("PP", "2024-05-01", "2024-06-01", "S", "X1");
    ep("PP", "2024-06-01", null, "P", null);
    ep("UU", "2024-05-01", "2024-06-01", "S", "X1");
    ep("UU", "2024-06-01", null, "U", null, "placement_type", "U3");
    ep("DI", "2024-05-01", "2024-06-01", "S", "E15");
    ep("DI", "2024-07-01", null, "S", null);
    last(
        CLA_EPISODE,
        "child_id",
        "DL",
        "start_date",
        "2023-05-01",
        "end_date",
        "2023-06-01",
        "reason_ceased",
        "E2");
    ep("DL", "2024-05-01", null, "S", null);
    add(CHILD, "child_id", "P0", "birth_date", "2020-06-01");
    add(CLA_REVIEW, "child_id", "P0", "review_date", "2024-06-01", "participation", "PN0");
    add(CLA_REVIEW, "child_id", "P0", "review_date", "2024-05-31", "participation", "PN1");
    add(CHILD, "child_id", "D1", "upn", "A123456789012");
    add(CHILD, "child_id", "D2", "upn", "a123456789012");
    ep("E1", "2005-11-30", null, "S", null, "legal_status", "E1");
    add(CHILD, "child_id", "SP", "birth_date", "2006-06-01");
    ep("SP", "2024-04-01", "2024-05-31", "S", "E17");
    ep("OV", "2024-05-01", "2024-06-10", "S", "X1");
    ep("OV", "2024-06-09", null, "P", null);
    last(CLA_EPISODE, "child_id", "Z", "start_date", "2024-01-01", "urn", "SC1");
    ep(
        "Z",
        "2024-01-02",
        null,
        "P",
        null,
        "legal_status",
        "C1",
        "category_of_need",
        "N2",
        "placement_type",
        "U3",
        "placement_provider",
        "PR2",
        "urn",
        "SC2");
    last(UASC, "child_id", "UA", "uasc_ceased_date", "2024-01-01");
    ep("UA", "2024-05-01", null, "S", null);
  }

  private List<String> findings(String engine) throws Exception {
    try (Store store = Stores.fresh(engine, dir)) {
      StoreFixture f = StoreFixture.on(store, "808").as(ReturnKind.SSDA903);
      for (int y : new int[] {2024, 2025}) {
        f.year(y);
        for (Row r : rows) {
          if (r.year() == y) {
            f.add(r.table(), withDefaults(r.table(), r.pairs()));
          }
        }
      }
      Map<String, Long> batches = f.loadBatches();
      long batch = batches.get("2025|SSDA903");
      Connection c = store.connection();
      for (long b : batches.values()) {
        for (Table t : ReturnViews.tablesOf(ReturnKind.SSDA903)) {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO import_table (batch_id, table_name, row_count) SELECT ?, ?, 0"
                      + " WHERE NOT EXISTS (SELECT 1 FROM import_table WHERE batch_id = ? AND"
                      + " table_name = ?)")) {
            ps.setLong(1, b);
            ps.setString(2, t.sqlName());
            ps.setLong(3, b);
            ps.setString(4, t.sqlName());
            ps.executeUpdate();
          }
        }
      }
      RuleSet set =
          RuleSet.forYear(ReturnKind.SSDA903, CollectionYear.parse("2024-25")).orElseThrow();
      List<Rule> rules = new ArrayList<>();
      for (String code : CODES) {
        rules.add(set.find(code).orElseThrow());
      }
      Validation v = Validator.validate(c, batch, rules);
      assertThat(v.skipped()).isEmpty();
      List<String> out = new ArrayList<>();
      for (ValidationFinding fi : v.findings()) {
        out.add(fi.rule() + " " + fi.childId() + " " + fi.location() + " " + fi.values());
      }
      return out;
    }
  }

  /** The episode defaults ReturnFixture gives, under the pairs given. */
  private static Object[] withDefaults(Table t, Object[] pairs) {
    if (t != CLA_EPISODE) {
      return pairs;
    }
    Object[] d = {
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
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < d.length; i += 2) {
      boolean given = false;
      for (int j = 0; j < pairs.length; j += 2) {
        given |= pairs[j].equals(d[i]) && pairs[j + 1] != null;
      }
      if (!given) {
        out.add(d[i]);
        out.add(d[i + 1]);
      }
    }
    for (int j = 0; j < pairs.length; j += 2) {
      if (pairs[j + 1] != null || !List.of(d).contains(pairs[j])) {
        out.add(pairs[j]);
        out.add(pairs[j + 1]);
      }
    }
    return out.toArray();
  }

  @Test
  void eachRuleFiresOnTheSampleAndPostgresqlFindsWhatDuckdbFinds() throws Exception {
    sample();
    List<String> duck = findings("duckdb");
    Set<String> fired = new TreeSet<>(RuleSet::compareCodes);
    duck.forEach(s -> fired.add(s.substring(0, s.indexOf(' '))));
    assertThat(fired).containsExactlyElementsOf(CODES);
    assertThat(findings("postgresql")).containsExactlyElementsOf(duck);
  }
}
