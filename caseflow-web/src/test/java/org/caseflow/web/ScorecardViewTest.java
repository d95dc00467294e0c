package org.caseflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.caseflow.compare.Comparer;
import org.caseflow.compare.Narrative;
import org.caseflow.compare.Scorecard;
import org.caseflow.compare.ScorecardLine;
import org.caseflow.compare.Targets;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Measurer;
import org.caseflow.measure.Population;
import org.caseflow.store.Importer;
import org.caseflow.store.Store;
import org.caseflow.synth.SynthSpec;
import org.caseflow.synth.Synthesiser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cached scorecard measures every period a line needs with one query per indicator; its lines
 * must be the lines {@link Scorecard#line} measures one figure at a time.
 */
class ScorecardViewTest {
  @TempDir Path dir;

  @Test
  void theCachedScorecardHasTheSameLinesAsTheScorecardMeasuredFigureByFigure() throws Exception {
    Path returns = dir.resolve("returns");
    Synthesiser.generate(new SynthSpec("808", 2023, 2025, 11L, 0.1, false), returns);
    try (Store store = Store.open(dir.resolve("view.duckdb").toString())) {
      Importer importer = new Importer(store, Readers::forFormat, Clock.systemUTC());
      for (int y = 2023; y <= 2025; y++) {
        List<Path> paths = new ArrayList<>();
        for (String name :
            List.of("cin_census_" + y + ".xml", "ssda903_" + y, "annex_a_" + y + ".xlsx")) {
          if (Files.exists(returns.resolve(name))) {
            paths.add(returns.resolve(name));
          }
        }
        importer.importPaths(paths, new ReadContext("808", new CollectionYear(y)));
      }
      Catalogue catalogue = Catalogue.load();
      for (ReportingPeriod period :
          List.of(ReportingPeriod.parse("2024-25"), ReportingPeriod.parse("2024-25-Q4"))) {
        ScorecardView view =
            ScorecardView.compute(
                store,
                catalogue,
                Comparer.bundled(),
                Targets.none(),
                Population.bundled(),
                "808",
                period);
        Scorecard direct =
            new Scorecard(
                new Measurer(store, Population.bundled()), Comparer.bundled(), Targets.none());
        for (ScorecardView.Row row : view.rows()) {
          ScorecardLine want = direct.line(row.indicator(), "808", period);
          ScorecardLine got = row.line();
          String what = row.indicator().id() + " " + period.label();
          assertThat(got.figure().value()).as(what).isEqualTo(want.figure().value());
          assertThat(got.figure().numerator()).as(what).isEqualTo(want.figure().numerator());
          assertThat(got.figure().denominator()).as(what).isEqualTo(want.figure().denominator());
          assertThat(got.previous().value()).as(what).isEqualTo(want.previous().value());
          assertThat(got.lastYear().value()).as(what).isEqualTo(want.lastYear().value());
          assertThat(got.rag()).as(what).isEqualTo(want.rag());
          assertThat(got.vsPrevious()).as(what).isEqualTo(want.vsPrevious());
          assertThat(got.vsLastYear()).as(what).isEqualTo(want.vsLastYear());
          assertThat(got.facts().stream().map(Narrative.Fact::sentence).toList())
              .as(what)
              .isEqualTo(want.facts().stream().map(Narrative.Fact::sentence).toList());
          assertThat(row.trend()).hasSize(ScorecardView.TREND);
          assertThat(row.trend().get(ScorecardView.TREND - 1).value())
              .as(what)
              .isEqualTo(want.figure().value());
        }
      }
    }
  }
}
