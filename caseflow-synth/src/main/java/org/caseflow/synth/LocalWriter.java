package org.caseflow.synth;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caseflow.domain.schema.Table;

/**
 * Writes a synthetic council's local templates for one collection year: budget monitoring ({@code
 * budget_YYYY.csv}), the NRPF register ({@code nrpf_YYYY.csv}), the exploitation register ({@code
 * exploitation_YYYY.csv}) and early help targets ({@code early_help_targets_YYYY.csv}). Volumes
 * follow the committee minutes this project started from, times the spec's scale: budget lines of
 * £5.51m (IFA, projected underspend), £5.018m (children's homes, projected overspend) and £3.722m
 * (staffing), with council-run homes and in-house fostering sized so that unit costs come out near
 * £5,000 and £400 a child-week on the synthetic placements; about three NRPF referrals a week with
 * three or four children, closing more slowly than they open; about 25 children a year considered
 * for exploitation, nine in ten of them girls, about a third at high risk.
 */
final class LocalWriter {
  private static final String[] ORGANISATIONS = {
    "Hospital trust", "Children's centre (council)", "Children's centre (commissioned)", "School"
  };

  private LocalWriter() {}

  static List<SynthResult.FileRows> write(
      int year, long seed, double scale, double referrals, Path outDir) throws IOException {
    List<SynthResult.FileRows> out = new ArrayList<>();
    Years y = new Years(year);
    out.add(budget(year, seed, scale, outDir));
    out.add(nrpf(year, y, seed, scale, outDir));
    out.add(exploitation(year, y, seed, scale, outDir));
    out.add(targets(year, scale, referrals, outDir));
    return out;
  }

  private static SynthResult.FileRows budget(int year, long seed, double scale, Path outDir)
      throws IOException {
    Rng r = Rng.derived(seed, 8101, year);
    Object[][] lines = {
      {"Independent fostering agencies", "ifa", 5_510_000.0, 4_690_000.0},
      {"Children's homes (agency placements)", "childrens_homes", 5_018_000.0, 5_425_000.0},
      {"Social work staffing", "staffing", 3_722_000.0, 3_850_000.0},
      {"Children's homes (council-run)", "childrens_homes", 8_000_000.0, 8_150_000.0},
      {"In-house fostering", "in_house_fostering", 6_500_000.0, 6_420_000.0},
      {"Other children's social care", "other", 1_900_000.0, 1_905_000.0}
    };
    Path f = outDir.resolve("budget_" + year + ".csv");
    int rows = 0;
    double drift = 1 + (r.uniform() - 0.5) * 0.06;
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("period,budget_line,category,annual_budget,spend_to_date,projected_outturn\n");
      for (int m = 0; m < 12; m++) {
        LocalDate month = LocalDate.of(year - 1, 4, 1).plusMonths(m);
        for (Object[] l : lines) {
          double budget = Math.round((double) l[2] * scale);
          double outturn = (double) l[3] * scale * drift;
          double projected = budget + (outturn - budget) * (m + 1) / 12.0;
          projected *= 1 + (r.uniform() - 0.5) * 0.01;
          double spend = outturn * (m + 1) / 12.0 * (1 + (r.uniform() - 0.5) * 0.04);
          w.write(
              String.format(
                  Locale.ROOT,
                  "%s,%s,%s,%.0f,%.0f,%.0f%n",
                  month.toString().substring(0, 7),
                  l[0],
                  l[1],
                  budget,
                  spend,
                  projected));
          rows++;
        }
      }
    }
    return new SynthResult.FileRows(f, year, Map.of(Table.BUDGET_LINE, rows));
  }

  /** One family case, referred at some point of the simulation. */
  private record Family(
      String id,
      LocalDate referral,
      int children,
      int size,
      LocalDate allocated,
      LocalDate closed,
      String outcome) {}

  private static SynthResult.FileRows nrpf(int year, Years y, long seed, double scale, Path outDir)
      throws IOException {
    // Families referred this year and the two before, so the register carries open cases over.
    List<Family> families = new ArrayList<>();
    for (int yy = year - 2; yy <= year; yy++) {
      Rng r = Rng.derived(seed, 8201, yy);
      Years span = new Years(yy);
      int n = r.poisson(156 * scale);
      for (int i = 0; i < n; i++) {
        LocalDate ref = r.dateBetween(span.start, span.end);
        int children = r.chance(0.7) ? r.between(3, 4) : r.between(1, 6);
        LocalDate allocated = r.chance(0.92) ? ref.plusDays(r.between(0, 14)) : null;
        LocalDate closed = ref.plusDays(Math.round(r.gamma2(420)));
        String outcome =
            r.pick(
                List.of(
                    "leave to remain granted",
                    "returned to home country",
                    "support no longer needed",
                    "moved to another area"));
        families.add(
            new Family(
                String.format(Locale.ROOT, "NRPF-%d-%04d", yy, i),
                ref,
                children,
                children + r.between(1, 2),
                allocated,
                closed,
                outcome));
      }
    }
    Path f = outDir.resolve("nrpf_" + year + ".csv");
    int rows = 0;
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("case_id,referral_date,family_size,children,allocated_date,closure_date,outcome\n");
      for (Family k : families) {
        boolean inRegister = !k.referral().isAfter(y.end) && !k.closed().isBefore(y.start);
        if (!inRegister) {
          continue;
        }
        boolean closed = !k.closed().isAfter(y.end);
        LocalDate allocated =
            k.allocated() != null && !k.allocated().isAfter(y.end) ? k.allocated() : null;
        w.write(
            String.join(
                    ",",
                    k.id(),
                    k.referral().toString(),
                    String.valueOf(k.size()),
                    String.valueOf(k.children()),
                    allocated == null ? "" : allocated.toString(),
                    closed ? k.closed().toString() : "",
                    closed ? k.outcome() : "")
                + "\n");
        rows++;
      }
    }
    return new SynthResult.FileRows(f, year, Map.of(Table.NRPF_CASE, rows));
  }

  private static SynthResult.FileRows exploitation(
      int year, Years y, long seed, double scale, Path outDir) throws IOException {
    Rng r = Rng.derived(seed, 8301, year);
    int children = Math.max(1, r.poisson(25 * scale));
    Path f = outDir.resolve("exploitation_" + year + ".csv");
    int rows = 0;
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write(
          "child_id,date_considered,exploitation_type,risk_level,sex,age,disclosure,"
              + "missing_episodes\n");
      for (int i = 0; i < children; i++) {
        String id = String.format(Locale.ROOT, "EX%d%03d", year, i);
        String sex = r.chance(0.9) ? "F" : "M";
        int age = r.between(12, 17);
        String type = r.chance(0.8) ? "CSE" : r.chance(0.75) ? "CCE" : "other";
        int considerations = r.chance(0.3) ? 2 : 1;
        LocalDate d = r.dateBetween(y.start, y.end.minusDays(120));
        for (int c = 0; c < considerations; c++) {
          double u = r.uniform();
          String risk = u < 0.36 ? "high" : u < 0.96 ? "medium" : "low";
          w.write(
              String.format(
                  Locale.ROOT,
                  "%s,%s,%s,%s,%s,%d,%s,%d%n",
                  id,
                  d,
                  type,
                  risk,
                  sex,
                  age,
                  r.chance(0.3) ? "yes" : "no",
                  r.poisson(2)));
          rows++;
          d = d.plusDays(r.between(28, 110));
        }
      }
    }
    return new SynthResult.FileRows(f, year, Map.of(Table.EXPLOITATION_RISK, rows));
  }

  private static SynthResult.FileRows targets(int year, double scale, double referrals, Path outDir)
      throws IOException {
    // Annex A list 2 holds about half as many early help assessments as referrals, spread over
    // four organisations; targets sit a little above that, stretch targets a quarter above.
    double each = referrals * scale * 0.5 / ORGANISATIONS.length;
    Path f = outDir.resolve("early_help_targets_" + year + ".csv");
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("year,organisation,target,stretch_target\n");
      for (String o : ORGANISATIONS) {
        long target = Math.round(each * 1.05);
        w.write(
            String.format(
                Locale.ROOT,
                "%s,%s,%d,%d%n",
                new org.caseflow.domain.period.CollectionYear(year).label(),
                o,
                target,
                Math.round(target * 1.25)));
      }
    }
    return new SynthResult.FileRows(f, year, Map.of(Table.EARLY_HELP_TARGET, ORGANISATIONS.length));
  }
}
