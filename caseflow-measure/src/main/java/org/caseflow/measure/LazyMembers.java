package org.caseflow.measure;

import java.sql.SQLException;
import java.util.AbstractList;
import java.util.List;
import org.caseflow.domain.period.ReportingPeriod;

/**
 * The members behind a figure measured as part of a series, read from the store only when asked
 * for: a scorecard of a thousand figures does not pay for lists nobody opens.
 */
final class LazyMembers extends AbstractList<Member> {
  private final Measurer measurer;
  private final Indicator indicator;
  private final String la;
  private final ReportingPeriod period;
  private List<Member> loaded;

  LazyMembers(Measurer measurer, Indicator indicator, String la, ReportingPeriod period) {
    this.measurer = measurer;
    this.indicator = indicator;
    this.la = la;
    this.period = period;
  }

  private List<Member> load() {
    if (loaded == null) {
      try {
        loaded = measurer.members(indicator, la, period);
      } catch (SQLException e) {
        throw new IllegalStateException(
            "the members of " + indicator.id() + " could not be read from the store", e);
      }
    }
    return loaded;
  }

  @Override
  public Member get(int index) {
    return load().get(index);
  }

  @Override
  public int size() {
    return load().size();
  }
}
