package org.caseflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.store.Store;
import org.junit.jupiter.api.Test;

class ReportSmokeTest {
  @Test
  void writesAllThreeFormats() throws Exception {
    try (Store store = Store.open(SmallCouncil.location())) {
      for (boolean pub : new boolean[] {false, true}) {
        ReportSpec spec =
            ReportSpec.of("808", ReportingPeriod.parse("2025-26-Q4"), Audience.CLINIC, pub);
        long t = System.nanoTime();
        Document doc = Reports.build(store, spec);
        long t1 = System.nanoTime();
        for (Format f : Format.values()) {
          long t2 = System.nanoTime();
          var files =
              Reports.write(
                  doc, EnumSet.of(f), Path.of("target/report-smoke"), Reports.baseName(spec));
          System.out.printf(
              "build %d ms, %s %d ms%n",
              (t1 - t) / 1_000_000, f, (System.nanoTime() - t2) / 1_000_000);
          assertThat(files).hasSize(1);
        }
      }
    }
  }
}
