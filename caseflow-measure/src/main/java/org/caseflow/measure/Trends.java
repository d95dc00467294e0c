package org.caseflow.measure;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.period.ReportingPeriod;

/** The series behind trend charts: monthly for the last 13 months, yearly for the last 5. */
public final class Trends {
  private final Measurer measurer;

  public Trends(Measurer measurer) {
    this.measurer = measurer;
  }

  /** The calendar months ending with {@code last}, oldest first. */
  public static List<ReportingPeriod> months(YearMonth last, int count) {
    List<ReportingPeriod> out = new ArrayList<>();
    for (int i = count - 1; i >= 0; i--) {
      out.add(ReportingPeriod.of(last.minusMonths(i)));
    }
    return out;
  }

  /** The financial years ending with {@code last}, oldest first. */
  public static List<ReportingPeriod> years(CollectionYear last, int count) {
    List<ReportingPeriod> out = new ArrayList<>();
    for (int i = count - 1; i >= 0; i--) {
      out.add(ReportingPeriod.of(new CollectionYear(last.endYear() - i)));
    }
    return out;
  }

  /** The indicator measured for each period, in order. */
  public List<Figure> series(Indicator indicator, String la, List<ReportingPeriod> periods)
      throws SQLException {
    return measurer.measure(indicator, la, periods);
  }
}
