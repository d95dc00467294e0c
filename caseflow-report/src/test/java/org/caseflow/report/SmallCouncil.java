package org.caseflow.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.caseflow.store.Importer;
import org.caseflow.store.Store;
import org.caseflow.synth.SynthSpec;
import org.caseflow.synth.Synthesiser;

/**
 * A small synthetic Stockton-on-Tees (808): the collection years 2023-24 to 2025-26 at a fifth of
 * its size, imported once per test run, so small counts from 1 to 5 occur in months and categories.
 */
final class SmallCouncil {
  static final String LA = "808";
  private static Path file;

  private SmallCouncil() {}

  /** The store's location (a DuckDB file), built on first use. */
  static synchronized String location() throws Exception {
    if (file == null) {
      Path dir = Files.createTempDirectory("caseflow-report-test");
      Path returns = dir.resolve("returns");
      Synthesiser.generate(new SynthSpec(LA, 2024, 2026, 11L, 0.2, false), returns);
      Path f = dir.resolve("small.duckdb");
      try (Store store = Store.open(f.toString())) {
        Importer importer =
            new Importer(
                store,
                Readers::forFormat,
                Clock.fixed(Instant.parse("2026-05-01T09:00:00Z"), ZoneOffset.UTC));
        for (int y = 2024; y <= 2026; y++) {
          List<Path> paths = new ArrayList<>();
          for (String name :
              List.of("cin_census_" + y + ".xml", "ssda903_" + y, "annex_a_" + y + ".xlsx")) {
            Path p = returns.resolve(name);
            if (Files.exists(p)) {
              paths.add(p);
            }
          }
          importer.importPaths(paths, new ReadContext(LA, new CollectionYear(y)));
        }
      }
      file = f;
    }
    return file.toString();
  }
}
