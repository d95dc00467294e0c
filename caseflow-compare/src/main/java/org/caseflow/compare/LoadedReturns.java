package org.caseflow.compare;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.domain.schema.ReturnKind;
import org.caseflow.domain.schema.Table;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.PeriodType;

/**
 * The returns loaded for one council, by collection year (each import covers its return's
 * collection year, 1 April to 31 March), and so whether they cover a figure's period.
 */
public final class LoadedReturns {
  private final String la;
  private final Map<ReturnKind, SortedSet<Integer>> years;

  /**
   * The returns loaded, by return and collection year (end year).
   *
   * @param la the council
   * @param years the collection years loaded for each return
   */
  public LoadedReturns(String la, Map<ReturnKind, ? extends Set<Integer>> years) {
    this.la = la;
    this.years = new EnumMap<>(ReturnKind.class);
    years.forEach((k, v) -> this.years.put(k, new TreeSet<>(v)));
  }

  /** What the store holds for the council. */
  public static LoadedReturns of(Connection connection, String la) throws SQLException {
    Map<ReturnKind, Set<Integer>> out = new EnumMap<>(ReturnKind.class);
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT DISTINCT return_kind, collection_year FROM import_batch WHERE la = ?")) {
      ps.setString(1, la);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ReturnKind k;
          try {
            k = ReturnKind.valueOf(rs.getString(1));
          } catch (IllegalArgumentException e) {
            continue; // a return this version does not know: it feeds no indicator
          }
          out.computeIfAbsent(k, x -> new TreeSet<>()).add(rs.getInt(2));
        }
      }
    }
    return new LoadedReturns(la, out);
  }

  /** Whether no return at all is loaded for the council. */
  public boolean isEmpty() {
    return years.isEmpty();
  }

  /** Whether any loaded return's collection year overlaps the period. */
  public boolean anyOverlapping(ReportingPeriod p) {
    for (SortedSet<Integer> ys : years.values()) {
      for (int y : yearsOf(p)) {
        if (ys.contains(y)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The periods a council can be shown for, the one place that decides them (the dashboard's picker
   * reads it): every collection year any return is loaded for, latest first; then the quarters of
   * those years, the months, and the rolling 12 months ending in each month whose twelve months all
   * fall in loaded years; each group latest first. Any other period caseflow reads may still be
   * asked for by name.
   */
  public List<ReportingPeriod> periodsOffered() {
    SortedSet<Integer> all = new TreeSet<>();
    years.values().forEach(all::addAll);
    List<ReportingPeriod> fy = new ArrayList<>();
    List<ReportingPeriod> quarters = new ArrayList<>();
    List<ReportingPeriod> months = new ArrayList<>();
    List<ReportingPeriod> rolling = new ArrayList<>();
    List<Integer> latestFirst = new ArrayList<>(all);
    java.util.Collections.reverse(latestFirst);
    for (int y : latestFirst) {
      CollectionYear year = new CollectionYear(y);
      fy.add(ReportingPeriod.of(year));
      for (int q = 4; q >= 1; q--) {
        quarters.add(ReportingPeriod.parse(year.label() + "-Q" + q));
      }
      for (int m = 11; m >= 0; m--) {
        java.time.YearMonth ym = java.time.YearMonth.from(year.start()).plusMonths(m);
        months.add(ReportingPeriod.of(ym));
        ReportingPeriod r = ReportingPeriod.parse("R12:" + ym);
        if (all.contains(CollectionYear.containing(r.start()).endYear())) {
          rolling.add(r);
        }
      }
    }
    List<ReportingPeriod> out = new ArrayList<>(fy);
    out.addAll(quarters);
    out.addAll(months);
    out.addAll(rolling);
    return List.copyOf(out);
  }

  /** The returns loaded, e.g. {@code CIN census 2021-22 to 2024-25; SSDA903 2024-25}. */
  public String describe() {
    if (years.isEmpty()) {
      return "no returns loaded";
    }
    List<String> parts = new ArrayList<>();
    years.forEach(
        (k, ys) ->
            parts.add(
                k.label()
                    + " "
                    + new CollectionYear(ys.first()).label()
                    + (ys.size() == 1 ? "" : " to " + new CollectionYear(ys.last()).label())
                    + (ys.size() == ys.last() - ys.first() + 1 ? "" : " (with gaps)")));
    return String.join("; ", parts);
  }

  /**
   * Whether the returns the indicator reads cover its period: a snapshot (or cohort, or a state at
   * 31 March) needs the collection year holding the period's last day; a count of events needs
   * every collection year the period touches.
   */
  public Coverage coverage(Indicator i, ReportingPeriod p) {
    List<Set<ReturnKind>> needs = needs(i);
    if (needs.isEmpty()) {
      return Coverage.WHOLE; // reads nothing a return supplies
    }
    boolean snapshot =
        i.periodType() == PeriodType.SNAPSHOT
            || i.periodType() == PeriodType.COHORT
            || i.periodType() == PeriodType.YEAR_END;
    List<Integer> wanted =
        snapshot ? List.of(CollectionYear.containing(p.end()).endYear()) : yearsOf(p);
    int covered = 0;
    List<String> missing = new ArrayList<>();
    for (int y : wanted) {
      boolean all = true;
      for (Set<ReturnKind> need : needs) {
        if (need.stream().noneMatch(k -> years.getOrDefault(k, new TreeSet<>()).contains(y))) {
          all = false;
          missing.add(label(need) + " " + new CollectionYear(y).label());
        }
      }
      if (all) {
        covered++;
      }
    }
    if (covered == wanted.size()) {
      return Coverage.WHOLE;
    }
    String what = String.join(", ", missing.stream().distinct().toList());
    if (covered == 0) {
      return new Coverage(
          Coverage.State.NONE,
          "no loaded return covers "
              + p.label()
              + " for council "
              + la
              + " (not loaded: "
              + what
              + "); any figure comes only from history in other years' returns");
    }
    return new Coverage(
        Coverage.State.PART,
        "the loaded returns cover only part of "
            + p.label()
            + " for council "
            + la
            + " (not loaded: "
            + what
            + "); the figure counts only what is loaded");
  }

  /** The returns the indicator reads: each set is one need, met by any return in it. */
  static List<Set<ReturnKind>> needs(Indicator i) {
    Set<Table> tables = i.tables();
    Set<ReturnKind> kinds = EnumSet.noneOf(ReturnKind.class);
    for (Table t : tables) {
      if (t != Table.CHILD && t != Table.CHILD_DISABILITY) {
        kinds.add(t.kind());
      }
    }
    List<Set<ReturnKind>> out = new ArrayList<>();
    if (kinds.isEmpty()) {
      if (!tables.isEmpty()) {
        // Children are supplied by the CIN census and the SSDA903 alike.
        out.add(EnumSet.of(ReturnKind.CIN_CENSUS, ReturnKind.SSDA903));
      }
      return out;
    }
    for (ReturnKind k : kinds) {
      out.add(EnumSet.of(k));
    }
    return out;
  }

  private static String label(Set<ReturnKind> need) {
    return String.join(" or ", need.stream().map(ReturnKind::label).toList());
  }

  private static List<Integer> yearsOf(ReportingPeriod p) {
    List<Integer> out = new ArrayList<>();
    // By arithmetic, not CollectionYear: a period asked for may reach before 1990 (R12:1990-01),
    // which no collection year holds and no return covers.
    for (int y = endYear(p.start()); y <= endYear(p.end()); y++) {
      out.add(y);
    }
    return out;
  }

  /** The end year of the collection year (1 April to 31 March) holding the date. */
  private static int endYear(java.time.LocalDate d) {
    return d.getMonthValue() >= 4 ? d.getYear() + 1 : d.getYear();
  }
}
