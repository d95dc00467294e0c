package org.caseflow.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.Table;
import org.caseflow.synth.Model.CarePeriod;
import org.caseflow.synth.Model.Child;
import org.caseflow.synth.Model.ClaEpisode;
import org.caseflow.synth.Model.Missing;
import org.caseflow.synth.Model.SocialWorker;

/**
 * Writes one year's SSDA903 return as CSV tables, as the council would have returned it: the
 * episodes open at any time in the year (nothing after 31 March), the year's reviews and missing
 * episodes, and the OC2, OC3 and AD1 cohorts of the year.
 */
final class Ssda903Writer {
  static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Ssda903Writer() {}

  /** Writes the tables into the folder; returns rows per canonical table, per file. */
  static Map<Path, Counts> write(Path dir, CollectionYear year, List<Child> children, long seed)
      throws IOException {
    Files.createDirectories(dir);
    LocalDate ref = year.end();
    LocalDate start = year.start();
    int y = year.endYear();
    Map<Path, Counts> out = new java.util.LinkedHashMap<>();
    Map<Table, Csv> csv = new EnumMap<>(Table.class);
    csv.put(
        Table.CHILD,
        new Csv(dir.resolve("Header.csv"), Table.CHILD, "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB"));
    csv.put(
        Table.CLA_EPISODE,
        new Csv(
            dir.resolve("Episodes.csv"),
            Table.CLA_EPISODE,
            "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN"));
    csv.put(
        Table.CLA_REVIEW,
        new Csv(dir.resolve("Reviews.csv"), Table.CLA_REVIEW, "CHILD,DOB,REVIEW,REVIEW_CODE"));
    csv.put(Table.UASC, new Csv(dir.resolve("UASC.csv"), Table.UASC, "CHILD,SEX,DOB,DUC"));
    csv.put(
        Table.HEALTH_OUTCOME,
        new Csv(
            dir.resolve("OC2.csv"),
            Table.HEALTH_OUTCOME,
            "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
                + "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED"));
    csv.put(
        Table.CARE_LEAVER,
        new Csv(dir.resolve("OC3.csv"), Table.CARE_LEAVER, "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM"));
    csv.put(
        Table.ADOPTION,
        new Csv(
            dir.resolve("AD1.csv"),
            Table.ADOPTION,
            "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR"));
    csv.put(
        Table.PLACED_FOR_ADOPTION,
        new Csv(
            dir.resolve("PlacedAdoption.csv"),
            Table.PLACED_FOR_ADOPTION,
            "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED"));
    csv.put(
        Table.PREVIOUS_PERMANENCE,
        new Csv(
            dir.resolve("PrevPerm.csv"),
            Table.PREVIOUS_PERMANENCE,
            "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM"));
    csv.put(
        Table.MISSING_EPISODE,
        new Csv(
            dir.resolve("Missing.csv"),
            Table.MISSING_EPISODE,
            "CHILD,DOB,MISSING,MIS_START,MIS_END"));
    if (y >= 2024) {
      csv.put(
          Table.SOCIAL_WORKER_EPISODE,
          new Csv(
              dir.resolve("SWEpisodes.csv"),
              Table.SOCIAL_WORKER_EPISODE,
              "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON"));
    }
    int childNo = 0;
    for (Child c : children) {
      childNo++;
      if (c.care.isEmpty()) {
        continue;
      }
      SplittableRandom r = new SplittableRandom(seed * 1_000_003L + childNo * 31L + y);
      String dob = c.birth.format(UK);
      List<ClaEpisode> eps = new ArrayList<>();
      for (CarePeriod p : c.care) {
        for (ClaEpisode e : p.episodes) {
          if (!e.start.isAfter(ref) && (e.end == null || !e.end.isBefore(start))) {
            eps.add(e);
          }
        }
      }
      boolean oc3 = careLeaver(c, start, ref);
      CarePeriod adopted = null;
      for (CarePeriod p : c.care) {
        if (p.end() != null
            && !p.end().isBefore(start)
            && !p.end().isAfter(ref)
            && ("E11".equals(p.reasonCeased()) || "E12".equals(p.reasonCeased()))) {
          adopted = p;
        }
      }
      if (eps.isEmpty() && !oc3 && adopted == null) {
        continue;
      }
      String sex = y >= 2025 ? c.sex : c.sex.equals("M") ? "1" : "2";
      csv.get(Table.CHILD)
          .row(c.id, sex, dob, c.ethnicity, c.upn, c.sex.equals("F") ? "0" : "", "");
      for (ClaEpisode e : eps) {
        boolean ended = e.end != null && !e.end.isAfter(ref);
        CarePeriod p = periodOf(c, e);
        csv.get(Table.CLA_EPISODE)
            .row(
                c.id,
                e.start.format(UK),
                e.rne,
                e.legalStatus,
                "N1",
                e.placement,
                e.provider == null ? "" : e.provider,
                ended ? e.end.format(UK) : "",
                ended ? e.reasonCeased : "",
                ended && e.reasonPlaceChange != null ? e.reasonPlaceChange : "",
                p.homePostcode,
                e.placementPostcode,
                e.urn == null ? "" : e.urn);
      }
      for (CarePeriod p : c.care) {
        for (LocalDate rv : p.reviews) {
          if (!rv.isBefore(start) && !rv.isAfter(ref)) {
            int age = (int) ChronoUnit.YEARS.between(c.birth, rv);
            csv.get(Table.CLA_REVIEW)
                .row(c.id, dob, rv.format(UK), age < 4 ? "PN0" : "PN" + (1 + r.nextInt(7)));
          }
        }
        for (Missing m : p.missing) {
          if (!m.start().isAfter(ref) && !m.end().isBefore(start)) {
            csv.get(Table.MISSING_EPISODE)
                .row(
                    c.id,
                    dob,
                    m.type(),
                    m.start().format(UK),
                    m.end().isAfter(ref) ? "" : m.end().format(UK));
          }
        }
        if (y >= 2024) {
          for (SocialWorker s : p.workers) {
            if (!s.start().isAfter(ref) && !s.end().isBefore(start)) {
              csv.get(Table.SOCIAL_WORKER_EPISODE)
                  .row(
                      c.id,
                      dob,
                      s.id(),
                      s.start().format(UK),
                      s.end().isAfter(ref) ? "" : s.end().format(UK),
                      s.reason());
            }
          }
        }
        if (p.adoptionDecision != null
            && !p.adoptionDecision.isAfter(ref)
            && (p.end() == null || !p.end().isBefore(start))) {
          csv.get(Table.PLACED_FOR_ADOPTION).row(c.id, dob, p.adoptionDecision.format(UK), "", "");
        }
        if (!p.shortBreaks && !p.start().isBefore(start) && !p.start().isAfter(ref)) {
          double u = r.nextDouble();
          String prev = u < 0.85 ? "Z1" : u < 0.9 ? "P4" : u < 0.95 ? "P2" : "P1";
          csv.get(Table.PREVIOUS_PERMANENCE)
              .row(
                  c.id,
                  dob,
                  prev,
                  prev.equals("Z1") || prev.equals("P4") ? "" : "808",
                  prev.equals("Z1") || prev.equals("P4")
                      ? ""
                      : "zz/zz/" + (p.start().getYear() - 3));
        }
      }
      if (c.uasc && !eps.isEmpty()) {
        csv.get(Table.UASC).row(c.id, sex, dob, c.eighteenth().format(UK));
      }
      if (continuouslyFor12Months(c, ref)) {
        int age = (int) ChronoUnit.YEARS.between(c.birth, ref);
        boolean sdq = age >= 5 && age <= 16 && r.nextDouble() < 0.8;
        boolean substance = age >= 10 && r.nextDouble() < 0.04;
        csv.get(Table.HEALTH_OUTCOME)
            .row(
                c.id,
                dob,
                sdq
                    ? Integer.toString(
                        Math.min(40, Math.max(0, (int) Math.round(14 + 7 * r.nextGaussian()))))
                    : "",
                sdq ? "" : age < 5 || age > 16 ? "SDQ1" : "SDQ4",
                age >= 10 ? flag(r, 0.03) : "",
                age < 5 ? flag(r, 0.88) : "",
                flag(r, 0.85),
                flag(r, 0.8),
                flag(r, 0.9),
                flag(r, substance ? 1 : 0),
                substance ? flag(r, 0.6) : "",
                substance ? flag(r, 0.8) : "");
      }
      if (oc3) {
        boolean touch = r.nextDouble() < 0.93;
        String activ =
            !touch
                ? "0"
                : pickWeighted(
                    r,
                    new String[] {"F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6"},
                    new double[] {6, 1, 14, 4, 3, 1, 18, 7, 8, 28, 10},
                    y);
        String accom =
            !touch
                ? "0"
                : pickWeighted(
                    r,
                    new String[] {
                      "U1", "B1", "D1", "E1", "Z1", "C1", "T1", "W2", "S2", "X2", "V2", "U2"
                    },
                    new double[] {30, 15, 12, 8, 10, 3, 3, 2, 2, 3, 2, 4},
                    y);
        csv.get(Table.CARE_LEAVER)
            .row(c.id, dob, touch ? "YES" : r.nextBoolean() ? "NO" : "REFU", activ, accom);
      }
      if (adopted != null) {
        csv.get(Table.ADOPTION)
            .row(
                c.id,
                dob,
                adopted.adoptionDecision.format(UK),
                adopted.match.format(UK),
                adopted.byFosterCarer ? "1" : "0",
                r.nextDouble() < 0.8 ? "2" : "1",
                r.nextDouble() < 0.8 ? "MF" : "F1",
                r.nextDouble() < 0.7 ? "L11" : "L3");
      }
    }
    for (Csv c : csv.values()) {
      c.close();
      Counts k = new Counts();
      k.declare(c.table);
      k.rows.put(c.table, c.rows);
      out.put(c.file, k);
    }
    return out;
  }

  private static String pickWeighted(SplittableRandom r, String[] codes, double[] weights, int y) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = r.nextDouble() * total;
    for (int i = 0; i < codes.length; i++) {
      u -= weights[i];
      if (u < 0) {
        String code = codes[i];
        return y < 2022 && (code.endsWith("4") || code.endsWith("5")) && code.startsWith("F")
            ? "F3"
            : y < 2022 && (code.equals("P4") || code.equals("P5")) ? "P3" : code;
      }
    }
    return codes[codes.length - 1];
  }

  private static String flag(SplittableRandom r, double p) {
    return r.nextDouble() < p ? "1" : "0";
  }

  private static CarePeriod periodOf(Child c, ClaEpisode e) {
    for (CarePeriod p : c.care) {
      if (p.episodes.contains(e)) {
        return p;
      }
    }
    throw new IllegalStateException("episode without a period of care");
  }

  /** Looked after continuously for 12 months at the reference date, not on short breaks. */
  static boolean continuouslyFor12Months(Child c, LocalDate ref) {
    for (CarePeriod p : c.care) {
      if (!p.shortBreaks
          && !p.start().isAfter(ref.minusYears(1))
          && (p.end() == null || p.end().isAfter(ref))) {
        return true;
      }
    }
    return false;
  }

  /** Left care aged 16 or over after 13 weeks or more, with a 17th to 21st birthday in the year. */
  static boolean careLeaver(Child c, LocalDate start, LocalDate ref) {
    for (CarePeriod p : c.care) {
      if (p.shortBreaks || p.end() == null) {
        continue;
      }
      long weeks = ChronoUnit.WEEKS.between(p.start(), p.end());
      int ageLeft = (int) ChronoUnit.YEARS.between(c.birth, p.end());
      if (weeks < 13 || ageLeft < 16) {
        continue;
      }
      for (int age = 17; age <= 21; age++) {
        LocalDate birthday = c.birth.plusYears(age);
        if (!birthday.isBefore(start) && !birthday.isAfter(ref) && birthday.isAfter(p.end())) {
          return true;
        }
      }
    }
    return false;
  }

  /** One CSV table being written. */
  static final class Csv implements AutoCloseable {
    final Path file;
    final Table table;
    final BufferedWriter w;
    int rows;

    Csv(Path file, Table table, String header) throws IOException {
      this.file = file;
      this.table = table;
      this.w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      w.write(header);
      w.write("\r\n");
    }

    void row(String... values) throws IOException {
      w.write(String.join(",", values));
      w.write("\r\n");
      rows++;
    }

    @Override
    public void close() throws IOException {
      w.close();
    }
  }
}
