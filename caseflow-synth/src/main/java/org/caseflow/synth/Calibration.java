package org.caseflow.synth;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A council's published figures per collection year, read from the copies in {@code published/},
 * with England rates standing in for suppressed or missing values.
 */
final class Calibration {
  private static final String ENGLAND = "ENG";

  /** What one collection year should look like, at scale 1. */
  record Year(
      int year,
      double population,
      double referrals,
      double rereferralPct,
      double nfaPct,
      double notInNeedPct,
      double cinAt31,
      double cpStarts,
      double cpSubsequentPct,
      double cpAt31,
      double claAt31,
      double claStarts,
      double claCeased) {}

  /**
   * The council's published workforce at 30 September, filed under the collection year containing
   * that date (30 September 2024 under 2024-25), at scale 1.
   */
  record Workforce(
      int year,
      double inPostFte,
      double agencyRate,
      double vacancyRate,
      double vacancyCoverRate,
      double turnoverRate,
      double caseload,
      double absenceRate) {}

  // key: la|year|measure -> value (England under "ENG")
  private final Map<String, Double> values = new TreeMap<>();
  private final String la;

  private Calibration(String la) {
    this.la = la;
  }

  static Calibration load(String la) {
    Calibration c = new Calibration(la);
    c.read(
        "ons_mid-year_population_estimates_2012_to_2024.csv",
        1,
        null,
        "population_estimate",
        "pop");
    c.read(
        "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
        0,
        null,
        "referral_count",
        "ref",
        "rereferral_percent",
        "reref",
        "no_further_action_percent",
        "nfa",
        "not_in_need_percent",
        "nin");
    c.read("b1_children_in_need_2013_to_2025.csv", 0, null, "At31_episodes", "cin31");
    c.read(
        "d3_cpps_subsequent_plan_2013_to_2025.csv",
        0,
        null,
        "CPP_start",
        "cpstart",
        "CPP_subsequent_percent",
        "cpsub");
    c.read("d5_cpps_at31march_by_duration_2013_to_2025.csv", 0, null, "CPP_At31", "cp31");
    c.read(
        "cla_number_and_rate_per_10k_children.csv",
        0,
        "Children looked after on 31 March each year",
        "children_count",
        "cla31");
    c.read(
        "cla_number_and_rate_per_10k_children.csv",
        0,
        "Children starting to be looked after each year",
        "children_count",
        "clastart");
    c.read(
        "cla_number_and_rate_per_10k_children.csv",
        0,
        "Children ceasing to be looked after each year",
        "children_count",
        "claceased");
    c.read(
        "csww_indicators_2017_to_2025.csv",
        1,
        null,
        "inpost_fte",
        "swfte",
        "agency_rate_fte",
        "swagency",
        "vacancy_rate_fte",
        "swvac",
        "vacancy_agency_cover_rate_fte",
        "swcover",
        "turnover_rate_fte",
        "swto",
        "caseload_fte",
        "swcases",
        "absence_rate_fte",
        "swabs");
    c.readLocations();
    if (c.raw(la, 2024, "pop") == null && c.raw(la, 2023, "pop") == null) {
      throw new IllegalArgumentException("no published population for council " + la);
    }
    return c;
  }

  /** The figures for a collection year; years outside the published range use the nearest. */
  Year year(int y) {
    double pop = population(y);
    return new Year(
        y,
        pop,
        count(y, "ref", pop),
        pct(y, "reref"),
        pct(y, "nfa"),
        pct(y, "nin"),
        count(y, "cin31", pop),
        count(y, "cpstart", pop),
        pct(y, "cpsub"),
        count(y, "cp31", pop),
        count(y, "cla31", pop),
        count(y, "clastart", pop),
        count(y, "claceased", pop));
  }

  /** The breakdowns of new placements' location, in the order of {@link Places.Bin}. */
  private static final List<String> LOCATIONS =
      List.of(
          "Placed inside LA boundary less than 20 miles from home",
          "Placed inside LA boundary more than 20 miles from home",
          "Placed outside LA boundary less than 20 miles from home",
          "Placed outside LA boundary more than 20 miles from home");

  /**
   * The shares of the year's new placements (with a known distance) in each {@link Places.Bin}: the
   * council's published counts, a suppressed count (1 to 5) taken as 2.5; England's shares when the
   * council published none. Years outside the published range use the nearest.
   */
  double[] locations(int y) {
    int yy = nearest(y, "loc0");
    double[] out = new double[LOCATIONS.size()];
    String who = values.containsKey(key(la, yy, "loctotal")) ? la : ENGLAND;
    double sum = 0;
    for (int i = 0; i < out.length; i++) {
      Double v = raw(who, yy, "loc" + i);
      out[i] = v == null ? 2.5 : v;
      sum += out[i];
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = sum > 0 ? out[i] / sum : 0.25;
    }
    return out;
  }

  private void readLocations() {
    String text;
    try (InputStream in =
        Calibration.class.getResourceAsStream("published/la_cla_during_year_new_placements.csv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource la_cla_during_year_new_placements.csv");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (NamedCsvRecord r : CsvReader.builder().ofNamedCsvRecord(text)) {
      String level = r.getField("geographic_level");
      String who =
          "National".equals(level)
              ? ENGLAND
              : "Local authority".equals(level) ? r.getField("old_la_code") : null;
      if (who == null) {
        continue;
      }
      int y = Integer.parseInt(r.getField("time_period").trim());
      String breakdown = r.getField("breakdown");
      int i = LOCATIONS.indexOf(breakdown);
      String m = i >= 0 ? "loc" + i : breakdown.equals("Total new placements") ? "loctotal" : null;
      if (m == null) {
        continue;
      }
      try {
        values.put(key(who, y, m), Double.parseDouble(r.getField("children_count").trim()));
      } catch (NumberFormatException e) {
        // suppressed: 1 to 5 (see locations)
      }
    }
  }

  /** The workforce at the 30 September within a collection year; England rates where suppressed. */
  Workforce workforce(int y) {
    double pop = population(y);
    int yy = nearest(y, "swcases");
    Double cases = raw(la, yy, "swcases");
    if (cases == null) {
      cases = raw(ENGLAND, yy, "swcases");
    }
    return new Workforce(
        y,
        count(y, "swfte", pop),
        pct(y, "swagency"),
        pct(y, "swvac"),
        pct(y, "swcover"),
        pct(y, "swto"),
        cases == null ? 16.0 : cases,
        pct(y, "swabs"));
  }

  private double count(int y, String m, double pop) {
    int yy = nearest(y, m);
    Double v = raw(la, yy, m);
    if (v != null) {
      return v;
    }
    Double eng = raw(ENGLAND, yy, m);
    Double engPop = raw(ENGLAND, yy, "pop");
    if (eng == null || engPop == null) {
      return 0;
    }
    return eng / engPop * pop;
  }

  private double pct(int y, String m) {
    int yy = nearest(y, m);
    Double v = raw(la, yy, m);
    if (v == null) {
      v = raw(ENGLAND, yy, m);
    }
    return v == null ? 0 : v / 100.0;
  }

  private double population(int y) {
    int yy = nearest(y, "pop");
    Double v = raw(la, yy, "pop");
    return v == null ? 0 : v;
  }

  private int nearest(int y, String m) {
    int best = y;
    for (int d = 0; d < 30; d++) {
      if (values.containsKey(key(ENGLAND, y - d, m))) {
        best = y - d;
        break;
      }
      if (values.containsKey(key(ENGLAND, y + d, m))) {
        best = y + d;
        break;
      }
    }
    return best;
  }

  private Double raw(String who, int y, String m) {
    return values.get(key(who, y, m));
  }

  private static String key(String who, int y, String m) {
    return who + "|" + y + "|" + m;
  }

  /**
   * Reads columns of one file. Population is published by mid-year; {@code yearShift} 1 files it
   * under the collection year that uses it (mid-2024 for 2024-25).
   */
  private void read(String file, int yearShift, String category, String... columnAndMeasure) {
    String text;
    try (InputStream in = Calibration.class.getResourceAsStream("published/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource published/" + file);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    for (NamedCsvRecord r : CsvReader.builder().ofNamedCsvRecord(text)) {
      String level = r.getField("geographic_level");
      String who;
      if ("National".equals(level)) {
        who = ENGLAND;
      } else if ("Local authority".equals(level)) {
        who = r.getField("old_la_code");
      } else {
        continue;
      }
      if (category != null && !category.equals(r.findField("population_type").orElse(""))) {
        continue;
      }
      if (r.findField("age_group").map(a -> !a.contains("0 to 17")).orElse(false)) {
        continue;
      }
      int y;
      try {
        y = Integer.parseInt(r.getField("time_period").trim()) + yearShift;
      } catch (NumberFormatException e) {
        continue;
      }
      for (int i = 0; i + 1 < columnAndMeasure.length; i += 2) {
        String v = r.findField(columnAndMeasure[i]).orElse("").trim();
        try {
          values.put(key(who, y, columnAndMeasure[i + 1]), Double.parseDouble(v));
        } catch (NumberFormatException e) {
          // suppressed (c, x, z, k, low, u): falls back to England
        }
      }
    }
  }
}
