package org.caseflow.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.domain.schema.Table;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Figure;
import org.caseflow.measure.Measurer;
import org.caseflow.measure.Population;
import org.caseflow.store.Store;
import org.caseflow.store.StoreFixture;
import org.caseflow.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "not annualised" note goes with events counted over part of a year, in words; never with a
 * snapshot, whose count or rate is the same whatever the span (issue 15: wrong labels).
 */
class NotAnnualisedNoteTest {
  @TempDir Path dir;

  private Figure measure(String id, String period) throws Exception {
    try (Store s = Stores.fresh("duckdb", dir)) {
      // One Section 47 enquiry, one plan and one episode of care loaded, none in the periods
      // measured: every figure is zero, with its note.
      StoreFixture.on(s)
          .year(2025)
          .add(Table.CIN_EPISODE, "child_id", "C1", "episode_no", 1, "referral_date", "2023-05-01")
          .add(Table.SECTION47, "child_id", "C1", "episode_no", 1)
          .add(Table.CP_PLAN, "child_id", "C1", "episode_no", 1)
          .add(Table.CLA_EPISODE, "child_id", "C1")
          .load();
      return new Measurer(s, Population.bundled())
          .measure(Catalogue.load().find(id).orElseThrow(), "808", ReportingPeriod.parse(period));
    }
  }

  @Test
  void aQuartersRateOfSection47EnquiriesSaysItCountsThreeMonthsNotAnnualised() throws Exception {
    assertThat(measure("PR06R", "2024-25-Q4").note())
        .endsWith("counts three months of events, not annualised")
        .doesNotContain("month(s)");
  }

  @Test
  void aMonthsCountOfPlansStartedSaysItCountsOneMonth() throws Exception {
    assertThat(measure("OC08", "2025-01").note())
        .isEqualTo("counts one month of events, not annualised");
  }

  @Test
  void aSnapshotRateAtTheEndOfAQuarterHasNoAnnualisedNote() throws Exception {
    for (String id : new String[] {"OC07R", "LA01R"}) {
      String note = measure(id, "2024-25-Q4").note();
      assertThat(note == null ? "" : note).as(id).doesNotContain("annualised");
    }
  }

  @Test
  void aYearsRateHasNoAnnualisedNote() throws Exception {
    String note = measure("PR06R", "2024-25").note();
    assertThat(note == null ? "" : note).doesNotContain("annualised");
  }
}
