package org.caseflow.synth;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A council's published volumes for the latest year that has them, scaled from England by
 * population where the council's own figure is suppressed or missing.
 *
 * @param la the council
 * @param name the council's name
 * @param population children aged 0 to 17
 * @param referrals referrals a year
 * @param reReferralShare share of referrals within 12 months of a previous one
 * @param nfaShare share of referrals ending in no further action
 * @param notInNeedShare share of referrals assessed and found not in need
 * @param cinAt31March children in need episodes open at 31 March
 * @param cpAt31March child protection plans open at 31 March
 * @param cpStarts child protection plans starting a year
 * @param claAt31March children looked after at 31 March
 * @param claStarts children starting to be looked after a year
 */
record Calibration(
    String la,
    String name,
    double population,
    double referrals,
    double reReferralShare,
    double nfaShare,
    double notInNeedShare,
    double cinAt31March,
    double cpAt31March,
    double cpStarts,
    double claAt31March,
    double claStarts) {

  private static final String DIR = "published/";

  /** The calibration for a council. */
  static Calibration of(String la) {
    Map<String, String> pop =
        latest("ons_mid-year_population_estimates_2012_to_2024.csv", la, r -> true);
    if (pop.isEmpty()) {
      throw new IllegalArgumentException(
          "council " + la + " has no published population; give a current 3-digit DfE code");
    }
    double population = number(pop.get("population_estimate"));
    Map<String, String> engPop =
        latest("ons_mid-year_population_estimates_2012_to_2024.csv", "970", r -> true);
    double ratio = population / number(engPop.get("population_estimate"));
    Map<String, String> c1 =
        latest("c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv", la, r -> true);
    Map<String, String> c1e =
        latest("c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv", "970", r -> true);
    Map<String, String> b1 = latest("b1_children_in_need_2013_to_2025.csv", la, r -> true);
    Map<String, String> b1e = latest("b1_children_in_need_2013_to_2025.csv", "970", r -> true);
    Map<String, String> d5 =
        latest("d5_cpps_at31march_by_duration_2013_to_2025.csv", la, r -> true);
    Map<String, String> d5e =
        latest("d5_cpps_at31march_by_duration_2013_to_2025.csv", "970", r -> true);
    Map<String, String> d3 = latest("d3_cpps_subsequent_plan_2013_to_2025.csv", la, r -> true);
    Map<String, String> d3e = latest("d3_cpps_subsequent_plan_2013_to_2025.csv", "970", r -> true);
    String cla = "cla_number_and_rate_per_10k_children.csv";
    Predicate<Map<String, String>> at31 =
        r -> r.get("population_type").startsWith("Children looked after on 31 March");
    Predicate<Map<String, String>> starting =
        r -> r.get("population_type").startsWith("Children starting");
    return new Calibration(
        la,
        pop.getOrDefault("la_name", la),
        population,
        pick(c1, c1e, "referral_count", ratio),
        pick(c1, c1e, "rereferral_percent", 1) / 100,
        pick(c1, c1e, "no_further_action_percent", 1) / 100,
        pick(c1, c1e, "not_in_need_percent", 1) / 100,
        pick(b1, b1e, "At31_episodes", ratio),
        pick(d5, d5e, "CPP_At31", ratio),
        pick(d3, d3e, "CPP_start", ratio),
        pick(latest(cla, la, at31), latest(cla, "970", at31), "children_count", ratio),
        pick(latest(cla, la, starting), latest(cla, "970", starting), "children_count", ratio));
  }

  private static double pick(
      Map<String, String> own, Map<String, String> england, String column, double ratio) {
    double v = number(own.get(column));
    return Double.isNaN(v) ? number(england.get(column)) * ratio : v;
  }

  private static double number(String s) {
    if (s == null) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s.strip());
    } catch (NumberFormatException e) {
      return Double.NaN; // c, x, z, low: not published
    }
  }

  /** The row of the latest year for the council (970 for England) that passes the filter. */
  private static Map<String, String> latest(
      String file, String la, Predicate<Map<String, String>> filter) {
    Map<String, String> best = new HashMap<>();
    int bestYear = -1;
    try (InputStream in = Calibration.class.getResourceAsStream(DIR + file);
        CsvReader<NamedCsvRecord> csv =
            CsvReader.builder()
                .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (NamedCsvRecord r : csv) {
        Map<String, String> m = new HashMap<>();
        for (Map.Entry<String, String> e : r.getFieldsAsMap().entrySet()) {
          m.put(e.getKey().replace("\uFEFF", "").strip(), e.getValue());
        }
        boolean match =
            la.equals("970")
                ? "National".equals(m.get("geographic_level"))
                : la.equals(m.get("old_la_code"));
        if (!match || !filter.test(m)) {
          continue;
        }
        int year = Integer.parseInt(m.get("time_period").strip().substring(0, 4));
        if (year > bestYear) {
          bestYear = year;
          best = m;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return best;
  }
}
