package org.caseflow.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.caseflow.domain.period.WorkingDays;

/**
 * The few functions indicator SQL needs that engines spell differently, defined once per engine
 * under one name, so the same indicator text runs on DuckDB and PostgreSQL:
 *
 * <ul>
 *   <li>{@code age_years(birth, on)}: completed years of age on a date (a birthday on the date
 *       counts);
 *   <li>{@code add_months(day, n)}: the date n months later (or earlier), as a DATE;
 *   <li>{@code working_days(start, end)}: working days after start up to and including end, from
 *       the {@code calendar} table (England and Wales bank holidays).
 * </ul>
 */
final class Shims {
  private Shims() {}

  static List<String> statements(Dialect dialect) {
    String calendar =
        "CREATE TABLE IF NOT EXISTS calendar (day DATE PRIMARY KEY, is_working_day BOOLEAN NOT"
            + " NULL, working_day_no INTEGER NOT NULL)";
    return switch (dialect) {
      case DUCKDB ->
          List.of(
              calendar,
              "CREATE OR REPLACE MACRO age_years(d, r) AS (CAST(date_part('year', r) -"
                  + " date_part('year', d) AS INTEGER) - CASE WHEN date_part('month', r) * 100 +"
                  + " date_part('day', r) < date_part('month', d) * 100 + date_part('day', d)"
                  + " THEN 1 ELSE 0 END)",
              "CREATE OR REPLACE MACRO add_months(d, n) AS CAST(d + to_months(CAST(n AS"
                  + " INTEGER)) AS DATE)",
              "CREATE OR REPLACE MACRO working_days(a, b) AS ((SELECT c.working_day_no FROM"
                  + " calendar c WHERE c.day = b) - (SELECT c.working_day_no FROM calendar c"
                  + " WHERE c.day = a))");
      case POSTGRESQL ->
          List.of(
              calendar,
              "CREATE OR REPLACE FUNCTION age_years(d date, r date) RETURNS integer LANGUAGE sql"
                  + " IMMUTABLE AS $$ SELECT (extract(year from r) - extract(year from d))::int -"
                  + " CASE WHEN extract(month from r) * 100 + extract(day from r) < extract(month"
                  + " from d) * 100 + extract(day from d) THEN 1 ELSE 0 END $$",
              "CREATE OR REPLACE FUNCTION add_months(d date, n integer) RETURNS date LANGUAGE sql"
                  + " IMMUTABLE AS $$ SELECT (d + make_interval(months => n))::date $$",
              "CREATE OR REPLACE FUNCTION working_days(a date, b date) RETURNS integer LANGUAGE"
                  + " sql STABLE AS $$ SELECT (SELECT c.working_day_no FROM calendar c WHERE c.day"
                  + " = b) - (SELECT c.working_day_no FROM calendar c WHERE c.day = a) $$");
    };
  }

  /** Fills the calendar once: every day from 2000 to 2040 with its running working-day number. */
  static void fillCalendar(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM calendar")) {
      rs.next();
      if (rs.getLong(1) > 0) {
        return;
      }
    }
    StringBuilder holidays = new StringBuilder();
    for (int y = WorkingDays.FIRST_YEAR; y <= WorkingDays.LAST_YEAR; y++) {
      for (LocalDate h : WorkingDays.bankHolidays(y)) {
        holidays.append(holidays.length() == 0 ? "" : ", ").append("DATE '").append(h).append('\'');
      }
    }
    String sql =
        "INSERT INTO calendar (day, is_working_day, working_day_no) SELECT d, w, CAST(sum(CASE"
            + " WHEN w THEN 1 ELSE 0 END) OVER (ORDER BY d) AS INTEGER) FROM (SELECT d,"
            + " (extract(isodow FROM d) < 6 AND d NOT IN ("
            + holidays
            + ")) AS w FROM (SELECT CAST(g AS DATE) AS d FROM generate_series(TIMESTAMP '"
            + WorkingDays.FIRST_YEAR
            + "-01-01', TIMESTAMP '"
            + WorkingDays.LAST_YEAR
            + "-12-31', INTERVAL '1 day') AS t(g)) days) x";
    try (Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }
}
