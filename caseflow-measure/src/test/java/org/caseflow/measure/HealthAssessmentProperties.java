package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.HEALTH_ASSESSMENT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.domain.period.WorkingDays;
import org.caseflow.store.Store;
import org.caseflow.store.StoreFixture;
import org.caseflow.store.Stores;

/**
 * Whatever the dates, the SQL of HA01 and HA02 (working days from the store's calendar) puts a
 * child in the numerator exactly when the domain's own day-by-day count says the initial health
 * assessment took no more than 20 (35) working days, and every child in time for 20 is in time for
 * 35.
 */
class HealthAssessmentProperties {
  private static final Catalogue CATALOGUE = Catalogue.load();

  @Property(tries = 10)
  void theStoreCalendarAndTheDayByDayCountAgree(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int children) throws Exception {
    Random r = new Random(seed);
    Map<String, LocalDate[]> dates = new HashMap<>();
    Path dir = Files.createTempDirectory("caseflow-ha-prop");
    try (Store s = Stores.fresh("duckdb", dir)) {
      StoreFixture f = StoreFixture.on(s);
      for (int c = 0; c < children; c++) {
        LocalDate start = LocalDate.of(2024, 4, 1).plusDays(r.nextInt(365));
        LocalDate done = r.nextInt(6) == 0 ? null : start.plusDays(r.nextInt(80));
        dates.put("C" + c, new LocalDate[] {start, done});
        f.add(
            HEALTH_ASSESSMENT,
            "child_id",
            "C" + c,
            "looked_after_date",
            start,
            "assessment",
            "initial",
            "completed_date",
            done);
      }
      f.load();
      Measurer m = new Measurer(s, Population.bundled());
      ReportingPeriod year = ReportingPeriod.parse("2024-25");
      LocalDate end = LocalDate.of(2025, 3, 31);
      Map<Integer, Set<String>> inTime = new HashMap<>();
      for (int limit : new int[] {20, 35}) {
        Figure fig =
            m.measure(CATALOGUE.find(limit == 20 ? "HA01" : "HA02").orElseThrow(), "808", year);
        for (Member mem : fig.members()) {
          LocalDate[] d = dates.get(mem.childId());
          boolean expected = d[1] != null && WorkingDays.between(d[0], d[1]) <= limit;
          assertThat(mem.inNumerator()).as(mem.childId()).isEqualTo(expected);
        }
        Set<String> counted =
            fig.members().stream()
                .filter(Member::inDenominator)
                .map(Member::childId)
                .collect(Collectors.toSet());
        Set<String> expectedCounted =
            dates.entrySet().stream()
                .filter(
                    e ->
                        e.getValue()[1] != null
                            || WorkingDays.between(e.getValue()[0], end) >= limit)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(counted).isEqualTo(expectedCounted);
        inTime.put(
            limit,
            fig.members().stream()
                .filter(Member::inNumerator)
                .map(Member::childId)
                .collect(Collectors.toSet()));
      }
      assertThat(inTime.get(35)).containsAll(inTime.get(20));
    }
  }
}
