package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caseflow.domain.golden.Golden;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.domain.schema.Table;
import org.caseflow.store.Store;
import org.caseflow.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Conventions every definition keeps, and the generated documentation. */
class CatalogueTest {
  private static final Catalogue CATALOGUE = Catalogue.load();
  private static final Path DOC = Path.of("..", "docs", "indicators.md");

  @TempDir Path dir;

  @Test
  void docsIndicatorsIsGeneratedFromTheDefinitions() throws Exception {
    Golden.check(DOC, CatalogueMarkdown.render(CATALOGUE));
  }

  @Test
  void everyDefinitionIsDocumentedAndNeedsOnlyRealTables() {
    Set<String> tables = new HashSet<>();
    for (Table t : Table.values()) {
      tables.add(t.sqlName());
    }
    assertThat(CATALOGUE.all()).hasSizeGreaterThanOrEqualTo(60);
    for (Indicator i : CATALOGUE.all()) {
      assertThat(i.id()).matches("(IN|PR|OC|LA|CL|AD|WF|FN|LC|EH|HA|FC)\\d{2}[A-Z]?");
      assertThat(i.definition()).as(i.id()).endsWith(".");
      assertThat(i.requires()).as(i.id()).isNotEmpty().allMatch(tables::contains);
      String all = i.shared() + "\n" + i.sql();
      if (!i.isSupported()) {
        assertThat(all.strip()).as(i.id() + " has no query").isEmpty();
        continue;
      }
      assertThat(all).as(i.id()).contains(":la").doesNotContainIgnoringCase("now()");
      assertThat(all).as(i.id()).doesNotContainIgnoringCase("current_date");
      if (i.unit() == Unit.PERCENT) {
        assertThat(i.denominator()).as(i.id()).isNotEqualTo("-");
      }
    }
  }

  @Test
  void anIndicatorNoReturnCanFeedSaysSoInsteadOfAValue(@TempDir Path own) throws Exception {
    try (Store s = Stores.fresh("duckdb", own)) {
      Measurer m = new Measurer(s, Population.bundled());
      Indicator la31 = CATALOGUE.find("LA31").orElseThrow();
      Figure f = m.measure(la31, "808", ReportingPeriod.parse("2024-25"));
      assertThat(f.value()).isNull();
      assertThat(f.numerator()).isNull();
      assertThat(f.note()).startsWith("needs the school census");
      assertThat(m.measure(la31, "808", List.of(ReportingPeriod.parse("2024-25"))))
          .singleElement()
          .satisfies(g -> assertThat(g.note()).isEqualTo(f.note()));
      assertThat(m.members(la31, "808", ReportingPeriod.parse("2024-25"))).isEmpty();
    }
    assertThat(CATALOGUE.all().stream().filter(i -> !i.isSupported()).map(Indicator::id))
        .containsExactly("IN04", "LA31");
    assertThat(CatalogueMarkdown.render(CATALOGUE))
        .contains("> Not measured: needs the school census matched to the SSDA903");
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void everyDefinitionRunsOnAnEmptyStoreWithoutError(String engine) throws Exception {
    try (Store s = Stores.fresh(engine, dir)) {
      Measurer m = new Measurer(s, Population.bundled());
      var periods = List.of(ReportingPeriod.parse("2024-25"), ReportingPeriod.parse("2025-06"));
      for (Indicator i : CATALOGUE.all()) {
        assertThat(m.members(i, "808", ReportingPeriod.parse("2024-25"))).as(i.id()).isEmpty();
        assertThat(m.measure(i, "808", periods)).as(i.id()).hasSize(2);
      }
      assertThat(Measurer.measureAll(s, Population.bundled(), CATALOGUE.all(), "808", periods))
          .hasSize(CATALOGUE.all().size())
          .allSatisfy(f -> assertThat(f).hasSize(2));
    }
  }
}
