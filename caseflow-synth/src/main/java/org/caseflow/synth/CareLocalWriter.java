package org.caseflow.synth;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.period.WorkingDays;
import org.caseflow.domain.schema.Table;
import org.caseflow.synth.Model.CarePeriod;
import org.caseflow.synth.Model.Kid;

/**
 * Writes a synthetic council's health assessments of looked-after children ({@code
 * health_assessments_YYYY.csv}), foster carer households ({@code foster_carers_YYYY.csv}) and
 * fostering targets ({@code fostering_targets_YYYY.csv}) for one collection year.
 *
 * <p>Health assessments follow the simulated periods of care, so the children are the SSDA903's:
 * about half of initial health assessments done within 20 working days, most of the rest within 70;
 * review health assessments due every 6 months under 5 and every 12 months from 5, about four in
 * five on time. Each file holds the whole record of every child looked after in the year, as known
 * at 31 March. Foster carers follow the minutes: about 130 mainstream enquiries (one in five
 * assessed, half of those approved) and 10 connected person assessments a year, giving some 15 to
 * 25 approvals against a target of 15, raised to 25 from 2024-25. Every outcome is drawn from the
 * child's or household's own seed, so successive years' files agree.
 */
final class CareLocalWriter {
  private CareLocalWriter() {}

  static List<SynthResult.FileRows> write(
      List<Kid> kids, int year, long seed, double scale, Path outDir) throws IOException {
    Years y = new Years(year);
    List<SynthResult.FileRows> out = new ArrayList<>();
    out.add(health(kids, y, seed, outDir));
    out.add(carers(y, seed, scale, outDir));
    out.add(target(year, scale, outDir));
    return out;
  }

  private static SynthResult.FileRows health(List<Kid> kids, Years y, long seed, Path outDir)
      throws IOException {
    Path f = outDir.resolve("health_assessments_" + y.year + ".csv");
    int rows = 0;
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("child_id,looked_after_date,assessment,requested_date,due_date,completed_date\n");
      for (Kid k : kids) {
        boolean inYear = false;
        for (CarePeriod cp : k.care) {
          inYear |= !cp.shortBreak && y.overlaps(cp.start(), cp.end());
        }
        if (!inYear) {
          continue;
        }
        for (int p = 0; p < k.care.size(); p++) {
          CarePeriod cp = k.care.get(p);
          if (cp.shortBreak || cp.start().isAfter(y.end)) {
            continue;
          }
          rows += period(w, k, cp, Rng.derived(seed, 8201, k.seq, p), y);
        }
      }
    }
    return new SynthResult.FileRows(f, y.year, Map.of(Table.HEALTH_ASSESSMENT, rows));
  }

  private static int period(Writer w, Kid k, CarePeriod cp, Rng r, Years y) throws IOException {
    LocalDate start = cp.start();
    LocalDate end = cp.end();
    LocalDate requested = WorkingDays.plus(start, r.between(0, 5));
    double u = r.uniform();
    int days = u < 0.52 ? r.between(6, 20) : u < 0.75 ? r.between(21, 35) : r.between(36, 70);
    LocalDate done = WorkingDays.plus(start, days);
    if (end != null && done.isAfter(end)) {
      done = null;
    }
    line(w, k.id, start, "initial", y.known(requested), null, y.known(done));
    int rows = 1;
    LocalDate from = done != null ? done : WorkingDays.plus(start, 20);
    LocalDate due = from.plusMonths(k.ageOn(from) < 5 ? 6 : 12);
    while (!due.isAfter(y.end) && (end == null || due.isBefore(end))) {
      double v = r.uniform();
      LocalDate completed =
          v < 0.8
              ? due.minusDays(r.between(0, 30))
              : v < 0.95 ? due.plusDays(r.between(1, 60)) : null;
      line(w, k.id, start, "review", null, due, y.known(completed));
      rows++;
      from = completed != null ? completed : due;
      due = from.plusMonths(k.ageOn(from) < 5 ? 6 : 12);
    }
    return rows;
  }

  private static void line(
      Writer w,
      String child,
      LocalDate start,
      String kind,
      LocalDate requested,
      LocalDate due,
      LocalDate done)
      throws IOException {
    w.write(
        child
            + ","
            + start
            + ","
            + kind
            + ","
            + text(requested)
            + ","
            + text(due)
            + ","
            + text(done)
            + "\n");
  }

  private static String text(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  private static SynthResult.FileRows carers(Years y, long seed, double scale, Path outDir)
      throws IOException {
    Path f = outDir.resolve("foster_carers_" + y.year + ".csv");
    int rows = 0;
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("household_id,enquiry_date,assessment_start,approval_date,withdrawal_date,type\n");
      // The enquiries of this year and the year before: those can still conclude in this one.
      for (int enquiryYear = y.year - 1; enquiryYear <= y.year; enquiryYear++) {
        Rng r = Rng.derived(seed, 8301, enquiryYear);
        LocalDate from = LocalDate.of(enquiryYear - 1, 4, 1);
        int mainstream = (int) Math.round(130 * scale * (0.9 + r.uniform() * 0.2));
        int connected = (int) Math.round(10 * scale * (0.8 + r.uniform() * 0.4));
        for (int i = 0; i < mainstream + connected; i++) {
          boolean isConnected = i >= mainstream;
          LocalDate enquiry = from.plusDays(r.between(0, 364));
          LocalDate start = null;
          LocalDate approved = null;
          LocalDate withdrew = null;
          if (isConnected) {
            start = enquiry.plusDays(r.between(3, 14));
            if (r.chance(0.5)) {
              approved = start.plusDays(r.between(100, 180));
            } else {
              withdrew = start.plusDays(r.between(20, 120));
            }
          } else if (r.chance(0.22)) {
            start = enquiry.plusDays(r.between(20, 60));
            if (r.chance(0.5)) {
              approved = start.plusDays(r.between(120, 240));
            } else {
              withdrew = start.plusDays(r.between(30, 150));
            }
          } else {
            withdrew = enquiry.plusDays(r.between(1, 60));
          }
          if (enquiry.isAfter(y.end)) {
            continue;
          }
          w.write(
              "FH"
                  + enquiryYear
                  + "-"
                  + (i + 1)
                  + ","
                  + enquiry
                  + ","
                  + text(y.known(start))
                  + ","
                  + text(y.known(approved))
                  + ","
                  + text(y.known(withdrew))
                  + ","
                  + (isConnected ? "connected_person" : "mainstream")
                  + "\n");
          rows++;
        }
      }
    }
    return new SynthResult.FileRows(f, y.year, Map.of(Table.FOSTER_HOUSEHOLD, rows));
  }

  private static SynthResult.FileRows target(int year, double scale, Path outDir)
      throws IOException {
    Path f = outDir.resolve("fostering_targets_" + year + ".csv");
    long target = Math.max(1, Math.round((year >= 2025 ? 25 : 15) * scale));
    Files.writeString(
        f,
        "year,approvals_target\n" + new CollectionYear(year).label() + "," + target + "\n",
        StandardCharsets.UTF_8);
    return new SynthResult.FileRows(f, year, Map.of(Table.FOSTERING_TARGET, 1));
  }
}
