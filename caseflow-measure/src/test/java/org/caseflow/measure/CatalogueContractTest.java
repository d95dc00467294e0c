package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.store.Store;
import org.caseflow.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indicator files as a strict contract: header keys, discovery, declared kind and subject. */
class CatalogueContractTest {
  private static final Catalogue CATALOGUE = Catalogue.load();

  private static final String HEADER =
      "-- id: XX01\n"
          + "-- name: A count\n"
          + "-- stage: INPUTS\n"
          + "-- definition: Things.\n"
          + "-- numerator: things\n"
          + "-- unit: COUNT\n"
          + "-- polarity: NONE\n"
          + "-- period: EVENT\n"
          + "-- source: CIN census\n"
          + "-- requires: cin_episode\n";

  private static final String QUERY =
      "SELECT e.child_id, e.referral_date AS event_date, 1 AS in_numerator, 0 AS in_denominator\n"
          + "FROM cin_episode e WHERE e.la = :la\n";

  private static Map<String, String> files(String sql) {
    Map<String, String> f = new HashMap<>();
    f.put("index.txt", "# order\nXX01\n");
    f.put("XX01.sql", sql);
    return f;
  }

  @Test
  void anUnknownHeaderKeyFailsNamingTheFileTheKeyAndTheKeysAllowed() {
    String sql = HEADER + "-- subject: referrals\n-- categroy: source\n" + QUERY;
    assertThatThrownBy(() -> Catalogue.read(files(sql)))
        .hasMessageStartingWith("XX01.sql: unknown header key 'categroy'; the keys allowed are id,")
        .hasMessageContaining("subject, breakdown, breaks-down, kind, weight");
  }

  @Test
  void aSubjectOutsideTheClosedListFailsWithTheSubjectsAllowed() {
    String sql = HEADER + "-- subject: widgets\n" + QUERY;
    assertThatThrownBy(() -> Catalogue.read(files(sql)))
        .hasMessageStartingWith("XX01.sql: subject 'widgets' is not one of children, care-leavers")
        .hasMessageContaining("workers");
    assertThatThrownBy(() -> Catalogue.read(files(HEADER + QUERY)))
        .hasMessage("XX01.sql: header 'subject' is missing");
  }

  @Test
  void aWeightOutsideTheClosedListFails() {
    String sql = HEADER + "-- subject: workers\n-- weight: cases / hours\n" + QUERY;
    assertThatThrownBy(() -> Catalogue.read(files(sql)))
        .hasMessageStartingWith("XX01.sql: weight 'hours' is not one of count, cases, fte, pounds");
  }

  @Test
  void aKindMustAgreeWithTheBreakdownDeclared() {
    String none = HEADER + "-- subject: referrals\n-- kind: value-with-breakdown\n" + QUERY;
    assertThatThrownBy(() -> Catalogue.read(files(none)))
        .hasMessage("XX01.sql: kind value-with-breakdown needs a breakdown: header");
    String odd = HEADER + "-- subject: referrals\n-- breakdown: source\n-- kind: table\n" + QUERY;
    assertThatThrownBy(() -> Catalogue.read(files(odd)))
        .hasMessage("XX01.sql: kind 'table' is not one of value, breakdown, value-with-breakdown");
  }

  @Test
  void aFileTheIndexDoesNotListAndAnIdWithNoFileBothFail() {
    Map<String, String> f = files(HEADER + "-- subject: referrals\n" + QUERY);
    f.put("XX02.sql", f.get("XX01.sql").replace("XX01", "XX02"));
    assertThatThrownBy(() -> Catalogue.read(f))
        .hasMessageStartingWith("indicators/index.txt does not list XX02");
    Map<String, String> g = files(HEADER + "-- subject: referrals\n" + QUERY);
    g.put("index.txt", "XX01\nXX03\n");
    assertThatThrownBy(() -> Catalogue.read(g))
        .hasMessage("indicators/index.txt lists XX03 but there is no file");
  }

  @Test
  void aPartNoIndicatorReadsFails() {
    Map<String, String> f = files(HEADER + "-- subject: referrals\n" + QUERY);
    f.put("parts/orphan.sql", "orphan AS MATERIALIZED (SELECT 1)\n");
    assertThatThrownBy(() -> Catalogue.read(f))
        .hasMessage("indicators/parts/orphan.sql is read by no indicator");
  }

  @Test
  void aPeriodPartGoesAtTheHeadOfTheMemberQuerysOwnWith() {
    Map<String, String> f =
        files(
            HEADER
                + "-- subject: referrals\n-- period-parts: in_period\n"
                + "WITH mine AS (SELECT 1 AS x)\n"
                + QUERY);
    f.put("parts/in_period.sql", "-- a comment\nin_period AS (SELECT :start AS s)\n");
    Indicator i = Catalogue.read(f).find("XX01").orElseThrow();
    assertThat(i.sql())
        .startsWith("WITH in_period AS (SELECT :start AS s),\nmine AS (SELECT 1 AS x)\nSELECT");
    assertThat(i.shared()).isEmpty();
  }

  @Test
  void theCatalogueIsFoundInsideAJarAsOnDisk(@TempDir Path dir) throws Exception {
    Path jar = dir.resolve("indicators.jar");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream j = new JarOutputStream(out)) {
      for (Map.Entry<String, String> e :
          files(HEADER + "-- subject: referrals\n" + QUERY).entrySet()) {
        j.putNextEntry(new JarEntry("indicators/" + e.getKey()));
        j.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        j.closeEntry();
      }
    }
    URI uri = URI.create("jar:" + jar.toUri() + "!/indicators");
    Catalogue c = Catalogue.read(Resources.under(uri.toURL(), "indicators"));
    assertThat(c.all()).extracting(Indicator::id).containsExactly("XX01");
    assertThat(c.all().get(0).subject()).isEqualTo(Subject.REFERRALS);
  }

  @Test
  void theKindIsDeclaredNotGuessedFromWordsInTheQuery() {
    assertThat(kind("IN08")).isEqualTo(Kind.BREAKDOWN);
    assertThat(kind("WF11")).isEqualTo(Kind.VALUE_WITH_BREAKDOWN);
    assertThat(kind("WF11H")).isEqualTo(Kind.VALUE_WITH_BREAKDOWN);
    // The unit costs filter budget lines on their category column, but have no breakdown.
    assertThat(CATALOGUE.find("FN04F").orElseThrow().sql()).contains("category");
    assertThat(kind("FN04F")).isEqualTo(Kind.VALUE);
    assertThat(kind("PR02")).isEqualTo(Kind.VALUE);
    // A percentage breakdown whose value is only its categories' sum is a breakdown still.
    assertThat(kind("LA16")).isEqualTo(Kind.BREAKDOWN);
    assertThat(kind("IN09S")).isEqualTo(Kind.BREAKDOWN);
    Indicator wf11 = CATALOGUE.find("WF11").orElseThrow();
    assertThat(wf11.weight()).isEqualTo(new Weight("cases", "fte"));
    assertThat(wf11.subject()).isEqualTo(Subject.WORKERS);
    assertThat(CATALOGUE.find("LA10").orElseThrow().breaksDown()).isEqualTo("LA01");
    assertThat(CATALOGUE.find("WF07").orElseThrow().subject().memberLabel()).isEqualTo("Worker");
  }

  private static Kind kind(String id) {
    return CATALOGUE.find(id).orElseThrow().kind();
  }

  @Test
  void aBreakdownOfAnotherIndicatorCountsTheSameSubject() {
    for (Indicator i : CATALOGUE.all()) {
      if (!i.breaksDown().isEmpty()) {
        Indicator parent = CATALOGUE.find(i.breaksDown()).orElseThrow();
        assertThat(i.subject()).as(i.id()).isEqualTo(parent.subject());
        assertThat(i.hasBreakdown()).as(i.id()).isTrue();
      }
    }
  }

  @Test
  void everyQueryReturnsExactlyTheColumnsItsHeaderDeclares(@TempDir Path dir) throws Exception {
    try (Store s = Stores.fresh("duckdb", dir)) {
      ReportingPeriod p = ReportingPeriod.parse("2024-25");
      for (Indicator i : CATALOGUE.all()) {
        if (!i.isSupported()) {
          continue;
        }
        Set<String> columns = new HashSet<>();
        try (Statement st = s.connection().createStatement();
            ResultSet rs =
                st.executeQuery(
                    Measurer.bind(i.withClause(), "808", p)
                        + "SELECT * FROM ("
                        + Measurer.bind(i.sql(), "808", p)
                        + ") m LIMIT 0")) {
          ResultSetMetaData md = rs.getMetaData();
          for (int k = 1; k <= md.getColumnCount(); k++) {
            columns.add(md.getColumnLabel(k).toLowerCase(Locale.ROOT));
          }
        }
        assertThat(columns)
            .as(i.id())
            .contains("child_id", "event_date", "in_numerator", "in_denominator");
        assertThat(columns.contains("category"))
            .as(i.id() + " category")
            .isEqualTo(i.hasBreakdown());
        assertThat(columns.contains("weight"))
            .as(i.id() + " weight")
            .isEqualTo(i.weight().isWeighted());
        assertThat(columns.contains("denominator_weight"))
            .as(i.id() + " denominator_weight")
            .isEqualTo(i.weight().isSplit());
        if (i.unit() == Unit.MEAN || i.unit() == Unit.MEDIAN) {
          assertThat(columns).as(i.id()).contains("measure");
        }
      }
    }
  }
}
