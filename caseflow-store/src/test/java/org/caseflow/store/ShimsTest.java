package org.caseflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The engine shims give the same answers on DuckDB and PostgreSQL, worked out by hand. */
class ShimsTest {
  @TempDir Path dir;

  static java.util.stream.Stream<String> engines() {
    return Stores.engines();
  }

  private static int intValue(Store s, String expr) throws Exception {
    try (Statement st = s.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT " + expr)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void workingDaysSkipWeekendsAndChristmasBankHolidays(String engine) throws Exception {
    try (Store s = Stores.fresh(engine, dir)) {
      // Mon 23 Dec 2024 to Fri 3 Jan 2025: 24, 27, 30, 31 Dec, 2 and 3 Jan.
      assertThat(intValue(s, "working_days(DATE '2024-12-23', DATE '2025-01-03')")).isEqualTo(6);
      // Same day is 0; Friday to Monday is 1.
      assertThat(intValue(s, "working_days(DATE '2024-06-03', DATE '2024-06-03')")).isZero();
      assertThat(intValue(s, "working_days(DATE '2024-06-07', DATE '2024-06-10')")).isEqualTo(1);
      // Thu 17 Apr 2025 to Thu 24 Apr 2025 across Easter: 22, 23, 24.
      assertThat(intValue(s, "working_days(DATE '2025-04-17', DATE '2025-04-24')")).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void ageInYearsCountsABirthdayOnTheDay(String engine) throws Exception {
    try (Store s = Stores.fresh(engine, dir)) {
      assertThat(intValue(s, "age_years(DATE '2007-03-31', DATE '2025-03-31')")).isEqualTo(18);
      assertThat(intValue(s, "age_years(DATE '2007-04-01', DATE '2025-03-31')")).isEqualTo(17);
      assertThat(intValue(s, "age_years(DATE '2008-02-29', DATE '2025-02-28')")).isEqualTo(16);
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void addMonthsKeepsADate(String engine) throws Exception {
    try (Store s = Stores.fresh(engine, dir);
        Statement st = s.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT add_months(DATE '2024-03-31', -12), add_months(DATE '2024-01-31', 1)")) {
      rs.next();
      assertThat(rs.getDate(1).toLocalDate()).isEqualTo(java.time.LocalDate.of(2023, 3, 31));
      assertThat(rs.getDate(2).toLocalDate()).isEqualTo(java.time.LocalDate.of(2024, 2, 29));
    }
  }
}
