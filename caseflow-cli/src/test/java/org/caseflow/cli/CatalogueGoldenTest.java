package org.caseflow.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.caseflow.domain.golden.Golden;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Figure;
import org.caseflow.measure.Measurer;
import org.caseflow.measure.Population;
import org.caseflow.store.Importer;
import org.caseflow.store.Store;
import org.caseflow.synth.SynthSpec;
import org.caseflow.synth.Synthesiser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole catalogue on a synthetic council (808, seed 11, a fifth of its size, two years), pinned
 * to a golden file. A change to any figure shows here; if it is intended, regenerate with {@code
 * mvn test -Dcaseflow.regenerate=true} and review the diff.
 */
class CatalogueGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/catalogue-808-seed11.csv");

  @TempDir Path dir;

  @Test
  void theWholeCatalogueOnTheSyntheticCouncilMatchesTheGoldenFile() throws Exception {
    Synthesiser.generate(new SynthSpec("808", 2024, 2025, 11, 0.2, false), dir.resolve("r"));
    StringBuilder out = new StringBuilder("id,period,numerator,denominator,value,breakdown\n");
    try (Store s = Store.open(dir.resolve("golden.duckdb").toString())) {
      Importer importer = new Importer(s, Readers::forFormat, Clock.systemUTC());
      for (int y = 2024; y <= 2025; y++) {
        importer.importPaths(
            List.of(
                dir.resolve("r/cin_census_" + y + ".xml"),
                dir.resolve("r/ssda903_" + y),
                dir.resolve("r/annex_a_" + y + ".xlsx"),
                dir.resolve("r/csww_" + y + ".xml"),
                dir.resolve("r/caseload_" + y + ".csv"),
                dir.resolve("r/budget_" + y + ".csv"),
                dir.resolve("r/nrpf_" + y + ".csv"),
                dir.resolve("r/exploitation_" + y + ".csv"),
                dir.resolve("r/early_help_targets_" + y + ".csv"),
                dir.resolve("r/health_assessments_" + y + ".csv"),
                dir.resolve("r/foster_carers_" + y + ".csv"),
                dir.resolve("r/fostering_targets_" + y + ".csv")),
            new ReadContext("808", new CollectionYear(y)));
      }
      Measurer m = new Measurer(s, Population.bundled());
      List<ReportingPeriod> periods =
          List.of(
              ReportingPeriod.parse("2024-25"),
              ReportingPeriod.parse("2024-25-Q3"),
              ReportingPeriod.parse("2025-01"),
              ReportingPeriod.parse("R12:2024-12"));
      for (var i : Catalogue.load().all()) {
        List<Figure> figures = m.measure(i, "808", periods);
        for (int k = 0; k < periods.size(); k++) {
          Figure f = figures.get(k);
          out.append(i.id())
              .append(',')
              .append(periods.get(k).label())
              .append(',')
              .append(fmt(f.numerator()))
              .append(',')
              .append(fmt(f.denominator()))
              .append(',')
              .append(fmt(f.value()))
              .append(',')
              .append(f.breakdown().toString().replace(", ", "; ").replace(",", ";"))
              .append('\n');
        }
      }
    }
    Golden.check(GOLDEN, out.toString());
  }

  private static String fmt(Double d) {
    return d == null ? "" : String.format(java.util.Locale.ROOT, "%.4f", d);
  }
}
