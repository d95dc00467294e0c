package org.caseflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.caseflow.store.ImportReport;
import org.caseflow.store.Importer;
import org.caseflow.store.Store;
import org.caseflow.store.Stores;
import org.caseflow.synth.SynthResult;
import org.caseflow.synth.SynthSpec;
import org.caseflow.synth.Synthesiser;

/** Generated returns, imported, give exactly the rows generated, table by table. */
class SyntheticReturnsRoundTripProperties {
  @Property(tries = 3)
  void importingGeneratedReturnsStoresEveryRowGenerated(
      @ForAll @IntRange(min = 1, max = 10_000) int seed, @ForAll("engines") String engine)
      throws Exception {
    Path dir = Files.createTempDirectory("caseflow-roundtrip");
    SynthResult generated =
        Synthesiser.generate(new SynthSpec("808", 2025, 2025, seed, 0.15, false), dir.resolve("r"));
    Map<Table, Integer> expected = new EnumMap<>(Table.class);
    generated.files().forEach(f -> f.rows().forEach((t, n) -> expected.merge(t, n, Integer::sum)));
    try (Store s = Stores.fresh(engine, dir)) {
      ImportReport report =
          new Importer(s, Readers::forFormat, Clock.systemUTC())
              .importPaths(
                  List.of(dir.resolve("r")), new ReadContext("808", new CollectionYear(2025)));
      Map<Table, Integer> stored = new EnumMap<>(Table.class);
      report.batches().forEach(b -> b.rows().forEach((t, n) -> stored.merge(t, n, Integer::sum)));
      stored.values().removeIf(n -> n == 0);
      assertThat(stored).isEqualTo(expected);
      try (var st = s.connection().createStatement();
          var rs = st.executeQuery("SELECT count(*) FROM cla_episode")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(expected.get(Table.CLA_EPISODE));
      }
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> engines() {
    return net.jqwik.api.Arbitraries.of("duckdb", "postgresql");
  }
}
