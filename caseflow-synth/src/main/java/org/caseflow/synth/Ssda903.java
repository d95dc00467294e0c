package org.caseflow.synth;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseflow.domain.schema.Table;
import org.caseflow.synth.Model.CarePeriod;
import org.caseflow.synth.Model.ClaEp;
import org.caseflow.synth.Model.Kid;
import org.caseflow.synth.Model.Missing;
import org.caseflow.synth.Model.SwEp;

/** One year's SSDA903 return as rows per file, in the published column order. */
final class Ssda903 {
  /** A 903 file: its name, table, columns, and whether the year has it. */
  @SuppressWarnings("ImmutableEnumChecker") // columns is List.of(...), unmodifiable
  enum File {
    HEADER("Header", Table.CHILD, "CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"),
    EPISODES(
        "Episodes",
        Table.CLA_EPISODE,
        "CHILD",
        "DECOM",
        "RNE",
        "LS",
        "CIN",
        "PLACE",
        "PLACE_PROVIDER",
        "DEC",
        "REC",
        "REASON_PLACE_CHANGE",
        "HOME_POST",
        "PL_POST",
        "URN"),
    REVIEWS("Reviews", Table.CLA_REVIEW, "CHILD", "DOB", "REVIEW", "REVIEW_CODE"),
    UASC("UASC", Table.UASC, "CHILD", "SEX", "DOB", "DUC"),
    OC2(
        "OC2",
        Table.HEALTH_OUTCOME,
        "CHILD",
        "DOB",
        "SDQ_SCORE",
        "SDQ_REASON",
        "CONVICTED",
        "HEALTH_CHECK",
        "IMMUNISATIONS",
        "TEETH_CHECK",
        "HEALTH_ASSESSMENT",
        "SUBSTANCE_MISUSE",
        "INTERVENTION_RECEIVED",
        "INTERVENTION_OFFERED"),
    OC3("OC3", Table.CARE_LEAVER, "CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"),
    AD1(
        "AD1",
        Table.ADOPTION,
        "CHILD",
        "DOB",
        "DATE_INT",
        "DATE_MATCH",
        "FOSTER_CARE",
        "NB_ADOPTR",
        "SEX_ADOPTR",
        "LS_ADOPTR"),
    PLACED_ADOPTION(
        "PlacedAdoption",
        Table.PLACED_FOR_ADOPTION,
        "CHILD",
        "DOB",
        "DATE_PLACED",
        "DATE_PLACED_CEASED",
        "REASON_PLACED_CEASED"),
    PREV_PERM(
        "PrevPerm", Table.PREVIOUS_PERMANENCE, "CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"),
    MISSING("Missing", Table.MISSING_EPISODE, "CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"),
    SW_EPISODES(
        "SWEpisodes",
        Table.SOCIAL_WORKER_EPISODE,
        "CHILD",
        "DOB",
        "SW_ID",
        "SW_DECOM",
        "SW_DEC",
        "SW_REASON");

    final String fileName;
    final Table table;
    final List<String> columns;

    File(String fileName, Table table, String... columns) {
      this.fileName = fileName;
      this.table = table;
      this.columns = List.of(columns);
    }

    boolean inYear(int year) {
      return this != SW_EPISODES || year >= 2024;
    }
  }

  private static final Set<String> NOT_LEAVERS =
      Set.of("E11", "E12", "E41", "E45", "E46", "E47", "E48", "E2", "E3");

  final Years y;
  final Map<File, List<String[]>> rows = new LinkedHashMap<>();

  private Ssda903(Years y) {
    this.y = y;
    for (File f : File.values()) {
      rows.put(f, new ArrayList<>());
    }
  }

  static Ssda903 build(List<Kid> kids, String la, Years y, long seed) {
    Ssda903 r = new Ssda903(y);
    for (Kid k : kids) {
      r.child(k, la, seed);
    }
    return r;
  }

  private void add(File f, String... values) {
    rows.get(f).add(values);
  }

  private void child(Kid k, String la, long seed) {
    String dob = Years.uk(k.dob);
    boolean any = false;
    boolean lookedAfter = false; // in the year other than in short breaks (V3)
    for (CarePeriod p : k.care) {
      for (ClaEp e : p.eps) {
        if (!y.overlaps(e.start, e.end)) {
          continue;
        }
        any = true;
        lookedAfter |= !p.shortBreak;
        LocalDate dec = y.known(e.end);
        add(
            File.EPISODES,
            k.id,
            Years.uk(e.start),
            e.rne,
            e.ls,
            e.cin,
            y.place(e.place, k.seq),
            nz(e.provider),
            Years.uk(dec),
            dec == null ? "" : e.rec,
            dec == null ? "" : nz(e.reasonChange),
            // no home postcode for an (in the past) unaccompanied child, so no distance (406)
            k.uasc ? "" : nz(e.homePost),
            nz(e.plPost),
            nz(e.urn));
      }
    }
    Rng r = Rng.derived(seed, 903, k.seq, y.year);
    String[] oc3 = careLeaver(k, r);
    if (!any && oc3 == null) {
      return;
    }
    String mother = "";
    String mcDob = "";
    // MOTHER is for girls looked after in the year (not only in short breaks), whatever their age;
    // blank for boys, short breaks and care leavers not looked after (rules 165, 393, 399, 628)
    if (k.sex == 'F' && lookedAfter) {
      boolean isMother = k.motherChildDob != null && !k.motherChildDob.isAfter(y.end);
      mother = isMother ? "1" : "0";
      mcDob = isMother ? Years.uk(k.motherChildDob) : "";
    }
    add(
        File.HEADER,
        k.id,
        y.sex903(k.sex),
        dob,
        k.ethnicity,
        k.ageOn(y.end) >= 5 ? k.upn : "UN1",
        mother,
        mcDob);
    if (oc3 != null) {
      add(File.OC3, oc3);
    }
    if (!any) {
      return;
    }
    if (k.uasc) {
      add(File.UASC, k.id, y.sex903(k.sex), dob, Years.uk(y.known(uascCeased(k))));
    }
    boolean prevPerm = false;
    for (CarePeriod p : k.care) {
      if (p.shortBreak) {
        if (!prevPerm && y.in(p.start())) {
          // each period of care starting in the year, short breaks too, wants PrevPerm (rule 630)
          add(File.PREV_PERM, k.id, dob, "Z1", "", "");
          prevPerm = true;
        }
        continue;
      }
      for (LocalDate rv : p.reviews) {
        if (y.in(rv)) {
          int age = k.ageOn(rv);
          add(
              File.REVIEWS,
              k.id,
              dob,
              Years.uk(rv),
              age < 4
                  ? "PN0"
                  : r.weighted(
                      Weights.of(
                          "PN1", 55, "PN2", 5, "PN3", 5, "PN4", 5, "PN5", 15, "PN6", 10, "PN7",
                          5)));
        }
      }
      if (y.in(p.start())) {
        prevPerm = true;
        add(
            File.PREV_PERM,
            k.id,
            dob,
            p.prevPerm,
            p.prevPermDate == null ? "" : la,
            Years.uk(p.prevPermDate));
      }
      if (p.decision != null
          && !p.decision.isAfter(y.end)
          && y.overlaps(p.start(), p.end())
          && (p.decisionCeased == null || !p.decisionCeased.isBefore(y.start))) {
        // a decision that ceased before the year is last year's news (rules 118, 561, 584)
        LocalDate ceased = y.known(p.decisionCeased);
        add(
            File.PLACED_ADOPTION,
            k.id,
            dob,
            Years.uk(p.decision),
            Years.uk(ceased),
            ceased == null ? "" : p.decisionCeasedReason);
      }
      String rec = p.reasonEnded();
      if (y.in(p.end()) && ("E11".equals(rec) || "E12".equals(rec))) {
        add(
            File.AD1,
            k.id,
            dob,
            Years.uk(p.decision),
            Years.uk(p.match),
            p.fosterCarerAdoption ? "1" : "0",
            String.valueOf(p.adopters),
            p.adopterSex,
            p.adopterLs);
      }
    }
    healthOutcomes(k, dob, r);
    for (Missing m : k.missing) {
      // an absence still open at last year's end is reported again (rule 576)
      if (y.overlaps(m.start(), m.end())) {
        add(File.MISSING, k.id, dob, m.type(), Years.uk(m.start()), Years.uk(y.known(m.end())));
      }
    }
    // social worker episodes are for children looked after at 31 March, not on short breaks; their
    // latest episode is open then (SW11bSTG2, SW17STG2)
    boolean at31 = false;
    for (CarePeriod p : k.care) {
      if (!p.shortBreak
          && !p.start().isAfter(y.end)
          && (p.end() == null || p.end().isAfter(y.end))) {
        at31 = true;
      }
    }
    if (File.SW_EPISODES.inYear(y.year) && at31) {
      for (SwEp s : k.social) {
        if (y.overlaps(s.start(), s.end())) {
          LocalDate end = y.known(s.end());
          add(
              File.SW_EPISODES,
              k.id,
              dob,
              s.worker(),
              Years.uk(s.start()),
              Years.uk(end),
              s.reason());
        }
      }
    }
  }

  /**
   * The day UASC status ceased: the 18th birthday, or the day care ended if before it, so that a
   * child not UASC next year has last year's date in last year (rule 205A).
   */
  private static LocalDate uascCeased(Kid k) {
    LocalDate at = k.uascCeased;
    for (CarePeriod p : k.care) {
      if (!p.shortBreak
          && p.end() != null
          && p.end().isBefore(at)
          && p == k.care.get(k.care.size() - 1)) {
        at = p.end();
      }
    }
    return at;
  }

  /**
   * A mother's MC_DOB given last year must be given again (624), but a care leaver no longer looked
   * after has MOTHER and MC_DOB blank (628, 612): where a girl's MC_DOB goes blank, the years
   * before record her as not (yet) a mother, latest year first.
   */
  static void reconcileMothers(List<Ssda903> years) {
    int mother = File.HEADER.columns.indexOf("MOTHER");
    int mcDob = File.HEADER.columns.indexOf("MC_DOB");
    for (int i = years.size() - 1; i > 0; i--) {
      Set<String> blank = new java.util.HashSet<>();
      for (String[] h : years.get(i).rows.get(File.HEADER)) {
        if (h[mcDob].isEmpty()) {
          blank.add(h[0]);
        }
      }
      for (String[] h : years.get(i - 1).rows.get(File.HEADER)) {
        if (!h[mcDob].isEmpty() && blank.contains(h[0])) {
          h[mother] = "0";
          h[mcDob] = "";
        }
      }
    }
  }

  /** OC2 for children looked after continuously for 12 months at 31 March (not short breaks). */
  private void healthOutcomes(Kid k, String dob, Rng r) {
    boolean cohort = false;
    for (CarePeriod p : k.care) {
      // from 1 April to 31 March is twelve months (rule 191)
      if (!p.shortBreak
          && !p.start().isAfter(y.start)
          && (p.end() == null || p.end().isAfter(y.end))) {
        cohort = true;
      }
    }
    if (!cohort) {
      return;
    }
    int age = k.ageOn(y.end);
    String score = "";
    String reason = "";
    if (age < 4 || k.ageOn(y.start) >= 17) {
      // no SDQ score or reason under 4 at 31 March (rule 188) or from 17 on 1 April (189)
    } else if (age >= 5 && age <= 16) {
      if (r.chance(0.75)) {
        score = String.valueOf(Math.min(40, Math.max(0, (int) Math.round(r.gamma2(14.5)))));
      } else {
        reason = r.weighted(Weights.of("SDQ4", 50, "SDQ2", 20, "SDQ5", 20, "SDQ3", 10));
      }
    } else {
      reason = "SDQ1";
    }
    boolean misuse = age >= 10 && r.chance(0.06);
    String received = misuse ? flag(r, 0.5) : "";
    add(
        File.OC2,
        k.id,
        dob,
        score,
        reason,
        age >= 10 ? flag(r, 0.03) : "",
        age < 5 ? flag(r, 0.89) : "",
        flag(r, 0.85),
        flag(r, 0.72),
        flag(r, 0.86),
        misuse ? "1" : "0",
        received,
        // offered is asked only when no intervention was received (rule 158)
        misuse && !"1".equals(received) ? flag(r, 0.7) : "");
  }

  private static String flag(Rng r, double p) {
    return r.chance(p) ? "1" : "0";
  }

  /** OC3 row if the young person is a care leaver whose 17th to 21st birthday is in the year. */
  private String[] careLeaver(Kid k, Rng r) {
    for (int age = 17; age <= 21; age++) {
      LocalDate bd = k.birthday(age);
      if (!y.in(bd)) {
        continue;
      }
      CarePeriod left = null;
      long after14 = 0;
      LocalDate at14 = k.birthday(14);
      boolean inCare = false;
      for (CarePeriod p : k.care) {
        if (p.shortBreak || p.start().isAfter(bd)) {
          continue;
        }
        LocalDate end = p.end();
        if (end == null || end.isAfter(bd)) {
          inCare = true;
          continue;
        }
        LocalDate from = p.start().isAfter(at14) ? p.start() : at14;
        if (end.isAfter(from)) {
          after14 += ChronoUnit.DAYS.between(from, end);
        }
        left = p;
      }
      if (inCare || left == null || after14 < 91 || k.ageOn(left.end()) < 16) {
        return null;
      }
      if (NOT_LEAVERS.contains(left.reasonEnded())) {
        return null;
      }
      String touch = r.weighted(Weights.of("YES", 86, "NO", 4, "REFU", 2, "NREQ", 4, "RHOM", 4));
      String activ = "0";
      String accom = "0";
      if (touch.equals("YES")) {
        activ =
            y.activity(
                r.weighted(
                    age <= 18
                        ? Weights.of(
                            "F2", 30, "F1", 2, "F4", 5, "F5", 12, "P2", 3, "G4", 6, "G5", 36, "G6",
                            3, "P5", 3)
                        : Weights.of(
                            "F1", 6, "F2", 15, "F4", 4, "F5", 24, "P1", 1, "P2", 2, "P5", 5, "G4",
                            12, "G5", 25, "G6", 6)));
        accom =
            r.chance(0.9)
                ? r.weighted(
                    age == 17 || k.ageOn(y.start) < 18
                        // no Foyer (T1, T2) under 18 on 1 April (rule 347)
                        ? Weights.of("U1", 10, "D1", 35, "E1", 15, "B1", 20, "C1", 20)
                        : Weights.of(
                            "U1", 40, "D1", 15, "E1", 8, "B1", 15, "Z1", 12, "C1", 5, "T1", 5))
                : r.weighted(Weights.of("S2", 25, "W2", 15, "X2", 25, "V2", 15, "K2", 20));
      }
      return new String[] {k.id, Years.uk(k.dob), touch, activ, accom};
    }
    return null;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
