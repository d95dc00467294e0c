package org.caseflow.synth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.caseflow.domain.period.WorkingDays;
import org.caseflow.synth.Model.Assessment;
import org.caseflow.synth.Model.CarePeriod;
import org.caseflow.synth.Model.Child;
import org.caseflow.synth.Model.CinEpisode;
import org.caseflow.synth.Model.ClaEpisode;
import org.caseflow.synth.Model.Contact;
import org.caseflow.synth.Model.CpPlan;
import org.caseflow.synth.Model.Missing;
import org.caseflow.synth.Model.Section47;
import org.caseflow.synth.Model.SocialWorker;

/**
 * Simulates children's journeys day by day: contact, referral (some ending in no further action),
 * assessment, Section 47, ICPC, CP plan, becoming looked after, placement moves, and leaving care
 * by adoption, special guardianship, return home or at 18. Rates are set so that the published
 * flows and stocks are reproduced on average. Deterministic for a seed.
 */
final class Simulator {
  /** Years simulated before the first return, so stocks are settled when returns begin. */
  static final int WARM_UP_YEARS = 10;

  private final Calibration cal;
  private final double scale;
  private final SplittableRandom rnd;
  private final List<Child> children = new ArrayList<>();
  private final List<Child> recentlyReferred = new ArrayList<>();
  private int nextId = 1;
  private int nextWorker = 1;

  // Derived rates.
  private final double referralsPerDay;
  private final double pNotInNeed;
  private final double pS47;
  private final double pIcpc;
  private final double meanPlanYears;
  private final double pLacFromPlan = 0.12;
  private final double pLacOther;
  private final double meanOtherYears;
  private final double longTermShare;

  Simulator(Calibration cal, double scale, long seed) {
    this.cal = cal;
    this.scale = scale;
    this.rnd = new SplittableRandom(seed);
    double r = cal.referrals() * scale;
    this.referralsPerDay = r / 365.25;
    double assessed = r * (1 - cal.nfaShare());
    this.pNotInNeed = clamp(cal.notInNeedShare() / (1 - cal.nfaShare()), 0.05, 0.8);
    double afterAssessment = assessed * (1 - pNotInNeed);
    double s47s = 0.364 * r;
    this.pS47 = clamp(s47s / afterAssessment, 0.05, 0.95);
    double cpStarts = cal.cpStarts() * scale;
    this.pIcpc = clamp(cpStarts / 0.87 / s47s, 0.05, 0.95);
    this.meanPlanYears = clamp(cal.cpAt31March() / Math.max(1, cal.cpStarts()), 0.3, 2.0);
    double claStarts = cal.claStarts() * scale;
    double others = Math.max(1, afterAssessment - cpStarts);
    this.pLacOther = clamp((claStarts - cpStarts * pLacFromPlan) / others, 0.0, 0.5);
    double otherStock =
        cal.cinAt31March() * scale
            - assessed * pNotInNeed * 35 / 365.0
            - cpStarts * (meanPlanYears + 0.3)
            - cal.claAt31March() * scale;
    this.meanOtherYears = clamp(otherStock / others, 0.15, 2.5);
    double stay = cal.claAt31March() / Math.max(1, cal.claStarts());
    this.longTermShare = clamp((stay - 1.0) / 3.0, 0.05, 0.75);
  }

  List<Child> run(LocalDate from, LocalDate to) {
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      int n = poisson(referralsPerDay);
      for (int k = 0; k < n; k++) {
        referral(d);
      }
      int extraContacts = poisson(referralsPerDay * 1.4);
      for (int k = 0; k < extraContacts; k++) {
        contactOnly(d);
      }
      if (rnd.nextDouble() < 0.012 * scale) {
        shortBreaks(d);
      }
    }
    return children;
  }

  // ------------------------------------------------------------------ front door

  private void contactOnly(LocalDate d) {
    Child c = newChild(d);
    boolean eh = rnd.nextDouble() < 0.3;
    LocalDate ehStart = d.plusDays(5 + rnd.nextInt(20));
    c.contacts.add(
        new Contact(d, source(d), eh, eh ? ehStart.plusDays(10 + rnd.nextInt(50)) : null, org()));
  }

  private void referral(LocalDate d) {
    Child c = null;
    if (rnd.nextDouble() < cal.reReferralShare()) {
      // Someone referred in the last 12 months whose episode has closed.
      for (int tries = 0; tries < 6 && !recentlyReferred.isEmpty(); tries++) {
        Child cand = recentlyReferred.get(rnd.nextInt(recentlyReferred.size()));
        if (cand.lastReferral.isAfter(d.minusYears(1))
            && !cand.hasOpenEpisode(d)
            && cand.care.stream().noneMatch(p -> p.end() == null || p.end().isAfter(d))) {
          c = cand;
          break;
        }
      }
    }
    if (c == null) {
      c = newChild(d);
    }
    c.lastReferral = d;
    recentlyReferred.add(c);
    if (recentlyReferred.size() > referralsPerDay * 400) {
      recentlyReferred.subList(0, (int) (referralsPerDay * 40)).clear();
    }
    String source = source(d);
    c.contacts.add(new Contact(d.minusDays(rnd.nextInt(3)), source, false, null, null));
    boolean nfa = rnd.nextDouble() < cal.nfaShare();
    CinEpisode e = new CinEpisode(d, source, nfa);
    c.episodes.add(e);
    if (nfa) {
      e.closure = d;
      e.closureReason = "RC8";
      e.need = "N9";
      return;
    }
    e.need = need();
    LocalDate start = d.plusDays(rnd.nextInt(4));
    int wd = rnd.nextDouble() < 0.86 ? 1 + rnd.nextInt(45) : 46 + rnd.nextInt(40);
    LocalDate authorised = addWorkingDays(start, wd);
    e.assessment = new Assessment(start, authorised, factors(d));
    if (rnd.nextDouble() < pNotInNeed) {
      e.closure = authorised.plusDays(rnd.nextInt(10));
      e.closureReason =
          d.isAfter(LocalDate.of(2022, 4, 1)) && rnd.nextDouble() < 0.3 ? "RC9" : "RC8";
      return;
    }
    if (rnd.nextDouble() < pS47) {
      LocalDate s47 = d.plusDays(rnd.nextInt(8));
      LocalDate target = addWorkingDays(s47, 15);
      if (rnd.nextDouble() < pIcpc) {
        int icpcWd = rnd.nextDouble() < 0.8 ? 5 + rnd.nextInt(11) : 16 + rnd.nextInt(15);
        LocalDate icpc = addWorkingDays(s47, icpcWd);
        e.s47s.add(new Section47(s47, target, icpc, false));
        if (rnd.nextDouble() < 0.87) {
          plan(c, e, icpc);
          return;
        }
      } else {
        e.s47s.add(new Section47(s47, target, null, rnd.nextDouble() < 0.5));
      }
    }
    if (rnd.nextDouble() < pLacOther) {
      LocalDate lac = authorised.plusDays(rnd.nextInt(120));
      LocalDate left = care(c, lac);
      e.closure = left.plusDays(rnd.nextInt(30));
      e.closureReason = closureFor(c);
      return;
    }
    e.cinPlanStart = authorised.plusDays(rnd.nextInt(14));
    e.cinPlanEnd = e.cinPlanStart.plusDays(days(meanOtherYears));
    e.closure = e.cinPlanEnd.plusDays(rnd.nextInt(20));
    e.closureReason = rnd.nextDouble() < 0.9 ? "RC7" : pick(new String[] {"RC5", "RC6", "RC3"});
  }

  private void plan(Child c, CinEpisode e, LocalDate icpc) {
    int previous = (int) c.episodes.stream().mapToLong(x -> x.plans.size()).sum();
    CpPlan p = new CpPlan(icpc, category(), previous);
    e.plans.add(p);
    long length =
        rnd.nextDouble() < 0.14
            ? 40 + rnd.nextInt(50)
            : Math.min(days(meanPlanYears * 1.12), 365L * 3 + rnd.nextInt(200));
    if (rnd.nextDouble() < 0.03) {
      length = 730 + rnd.nextInt(300);
    }
    LocalDate end = icpc.plusDays(length);
    if (rnd.nextDouble() < pLacFromPlan) {
      LocalDate lac = icpc.plusDays(rnd.nextInt((int) Math.max(2, length)));
      end = lac;
      LocalDate left = care(c, lac);
      e.closure = left.plusDays(rnd.nextInt(30));
      e.closureReason = closureFor(c);
    } else {
      e.cinPlanStart = end;
      e.cinPlanEnd = end.plusDays(30 + rnd.nextInt(150));
      e.closure = e.cinPlanEnd;
      e.closureReason = "RC7";
    }
    p.end = end;
    if (rnd.nextDouble() < 0.1) {
      p.latest = category();
    }
    LocalDate r = icpc.plusDays(60 + rnd.nextInt(35));
    while (r.isBefore(end)) {
      p.reviews.add(r);
      r = r.plusDays(150 + rnd.nextInt(45));
    }
  }

  // ------------------------------------------------------------------ care

  /** Starts a period of care; returns the day it ends. */
  private LocalDate care(Child c, LocalDate start) {
    int age = (int) ChronoUnit.YEARS.between(c.birth, start);
    if (age >= 18) {
      return start;
    }
    if (!start.isBefore(c.birth.plusDays(0)) && age < 0) {
      return start;
    }
    CarePeriod p = new CarePeriod();
    p.homePostcode = postcode();
    c.care.add(p);
    boolean uasc = age >= 15 && rnd.nextDouble() < 0.05;
    c.uasc |= uasc;
    // How the period ends, and when.
    String exit;
    LocalDate end;
    double meanOther = 1.6 * Math.max(0.5, cal.claAt31March() / Math.max(1, cal.claStarts()) / 3.5);
    if (uasc || (age >= 12 && rnd.nextDouble() < (age >= 16 ? 0.7 : 0.45))) {
      exit = "18";
      end = c.eighteenth();
    } else if (age < 5 && rnd.nextDouble() < 0.4) {
      exit = "ADOPT";
      end = start.plusDays(450 + rnd.nextInt(500));
    } else if (rnd.nextDouble() < longTermShare) {
      // Long-term care, often until 18; councils with long average stays have more of it.
      exit = "HOME";
      end = start.plusDays(days(6.0));
    } else {
      double u = rnd.nextDouble();
      exit = u < 0.5 ? "HOME" : u < 0.75 ? "SGO" : u < 0.82 ? "CAO" : "OTHER";
      end = start.plusDays(days(exit.equals("HOME") ? meanOther * 0.6 : meanOther));
    }
    if (!end.isBefore(c.eighteenth())) {
      exit = "18";
      end = c.eighteenth();
    }
    String ls =
        uasc
            ? "V2"
            : pick(new String[] {"V2", "V2", "V2", "C1", "C1", "C1", "C2", "L1", "L2", "J1"});
    String place = placement(age, start);
    LocalDate day = start;
    ClaEpisode ep = episode(day, "S", ls, place);
    p.episodes.add(ep);
    // Changes during the period.
    LocalDate next = day.plusDays(60 + rnd.nextInt(200));
    while (next.isBefore(end)) {
      int ageNow = (int) ChronoUnit.YEARS.between(c.birth, next);
      String newLs = ls;
      String rne;
      String newPlace = place;
      if ((ls.equals("C1") || ls.startsWith("L")) && rnd.nextDouble() < 0.6) {
        newLs = "C2";
        rne = "L";
      } else if (ls.equals("V2") && rnd.nextDouble() < 0.15) {
        newLs = "C1";
        rne = "B";
        newPlace = placement(ageNow, next);
      } else {
        rne = "P";
        newPlace = placement(ageNow, next);
      }
      ep = change(p, ep, next, rne, newLs, newPlace);
      ls = newLs;
      place = newPlace;
      next = next.plusDays(120 + rnd.nextInt(500));
    }
    if (exit.equals("ADOPT")) {
      p.adoptionDecision = start.plusDays(150 + rnd.nextInt(120));
      LocalDate order = end.minusDays(250 + rnd.nextInt(100));
      LocalDate placed = end.minusDays(120 + rnd.nextInt(100));
      p.match = placed.minusDays(20 + rnd.nextInt(40));
      if (order.isAfter(ep.start) && order.isBefore(placed)) {
        ep = change(p, ep, order, "L", "E1", place);
      }
      p.byFosterCarer = rnd.nextDouble() < 0.15;
      if (placed.isAfter(ep.start)) {
        ep =
            change(p, ep, placed, p.byFosterCarer ? "T" : "P", "E1", p.byFosterCarer ? "A5" : "A6");
      }
    }
    ep.end = end;
    ep.reasonCeased =
        switch (exit) {
          case "18" -> pick(new String[] {"E17", "E5", "E5", "E6", "E8", "E13"});
          case "ADOPT" -> rnd.nextDouble() < 0.85 ? "E11" : "E12";
          case "HOME" -> rnd.nextDouble() < 0.85 ? "E4A" : "E4B";
          case "SGO" -> pick(new String[] {"E45", "E46", "E47", "E48"});
          case "CAO" -> "E41";
          default -> pick(new String[] {"E8", "E3", "E13", "E16"});
        };
    // Reviews: 20 working days, 3 months later, then every 6 months.
    LocalDate r = addWorkingDays(start, 20 - rnd.nextInt(3));
    p.reviews.add(r);
    r = r.plusMonths(3);
    while (r.isBefore(end)) {
      p.reviews.add(r.minusDays(rnd.nextInt(14)));
      r = r.plusMonths(6);
    }
    // Missing episodes for some older children.
    if (age >= 11 && rnd.nextDouble() < 0.18) {
      LocalDate m = start.plusDays(20 + rnd.nextInt(200));
      while (m.isBefore(end)) {
        LocalDate back = m.plusDays(rnd.nextInt(3));
        p.missing.add(new Missing(rnd.nextDouble() < 0.85 ? "M" : "A", m, back));
        m = back.plusDays(30 + rnd.nextInt(150));
      }
    }
    // Social workers.
    LocalDate s = start;
    String reason = "FCONTA";
    while (s.isBefore(end)) {
      LocalDate e = s.plusDays(120 + rnd.nextInt(400));
      String id =
          "SW" + String.format("%05d", 1 + (nextWorker++ % Math.max(20, (int) (40 * scale))));
      p.workers.add(new SocialWorker(id, s, e.isBefore(end) ? e : end, reason));
      reason = pick(new String[] {"MANAGE", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "OTHERS"});
      s = e;
    }
    return end;
  }

  private ClaEpisode change(
      CarePeriod p, ClaEpisode current, LocalDate day, String rne, String ls, String place) {
    current.end = day;
    current.reasonCeased = "X1";
    if (!rne.equals("L")) {
      current.reasonPlaceChange =
          pick(
              new String[] {
                "CARPL", "CARPL", "CREQB", "CREQO", "OTHER", "LAREQ", "CHILD", "CLOSE"
              });
    }
    ClaEpisode next = episode(day, rne, ls, rne.equals("L") ? current.placement : place);
    p.episodes.add(next);
    return next;
  }

  private ClaEpisode episode(LocalDate day, String rne, String ls, String place) {
    String provider =
        switch (place.substring(0, 1)) {
          case "U" -> pick(new String[] {"PR1", "PR1", "PR1", "PR4", "PR4", "PR5"});
          case "K", "H" -> rnd.nextDouble() < 0.8 ? "PR4" : "PR1";
          case "P" -> place.equals("P1") ? "PR0" : "PR4";
          case "A" -> rnd.nextDouble() < 0.7 ? "PR1" : "PR2";
          case "R" -> "PR3";
          case "S" -> "PR4";
          default -> null;
        };
    String urn =
        place.equals("K1") || place.equals("K2")
            ? "SC" + (100000 + rnd.nextInt(900000))
            : place.equals("K3") ? Integer.toString(2000000 + rnd.nextInt(900000)) : null;
    return new ClaEpisode(day, rne, ls, place, provider, postcode(), urn);
  }

  private void shortBreaks(LocalDate d) {
    Child c = newChild(d);
    int age = (int) ChronoUnit.YEARS.between(c.birth, d);
    if (age < 5 || age >= 17) {
      return;
    }
    CarePeriod p = new CarePeriod();
    p.shortBreaks = true;
    p.homePostcode = postcode();
    LocalDate day = d;
    for (int k = 0; k < 6; k++) {
      ClaEpisode e = new ClaEpisode(day, "S", "V3", "U4", "PR1", postcode(), null);
      e.end = day.plusDays(2);
      e.reasonCeased = "E13";
      p.episodes.add(e);
      day = day.plusDays(25 + rnd.nextInt(20));
    }
    c.care.add(p);
  }

  // ------------------------------------------------------------------ children and codes

  private Child newChild(LocalDate d) {
    double u = rnd.nextDouble();
    int ageDays =
        u < 0.03
            ? -rnd.nextInt(150) // unborn
            : u < 0.12
                ? rnd.nextInt(365)
                : u < 0.30
                    ? 365 + rnd.nextInt(4 * 365)
                    : u < 0.55
                        ? 5 * 365 + rnd.nextInt(5 * 365)
                        : u < 0.90 ? 10 * 365 + rnd.nextInt(6 * 365) : 16 * 365 + rnd.nextInt(700);
    LocalDate birth = d.minusDays(ageDays);
    String sex = rnd.nextBoolean() ? "M" : "F";
    String id = "C" + String.format("%07d", nextId++);
    String upn = "A" + String.format("%012d", Math.abs(rnd.nextLong() % 1_000_000_000_000L));
    Child c = new Child(id, birth, sex, ethnicity(), upn, disability());
    children.add(c);
    return c;
  }

  private String placement(int age, LocalDate day) {
    boolean k3era = !day.isBefore(LocalDate.of(2024, 4, 1));
    boolean zSplit = !day.isBefore(LocalDate.of(2025, 4, 1));
    double u = rnd.nextDouble();
    if (age >= 16 && u < 0.45) {
      return k3era ? "K3" : rnd.nextDouble() < 0.8 ? "H5" : "P2";
    }
    if (u < 0.70) {
      return pick(new String[] {"U4", "U4", "U4", "U4", "U6", "U6", "U1", "U1", "U3", "U5", "U2"});
    }
    if (u < 0.83) {
      return "K2";
    }
    if (u < 0.90) {
      return "P1";
    }
    if (u < 0.93) {
      return pick(new String[] {"R1", "R2", "R3", "S1", "K1"});
    }
    if (u < 0.95) {
      return zSplit ? pick(new String[] {"Z11", "Z12", "Z13", "Z14"}) : "Z1";
    }
    return pick(new String[] {"U4", "U6"});
  }

  private String closureFor(Child c) {
    CarePeriod p = c.care.isEmpty() ? null : c.care.get(c.care.size() - 1);
    if (p == null) {
      return "RC7";
    }
    String rec = p.reasonCeased();
    if (rec == null) {
      return "RC7";
    }
    return switch (rec) {
      case "E11", "E12" -> "RC1";
      case "E45", "E46", "E47", "E48" -> "RC4";
      case "E41" -> "RC3";
      case "E3" -> "RC5";
      default -> "RC7";
    };
  }

  private String source(LocalDate d) {
    double u = rnd.nextDouble();
    if (u < 0.28) {
      return "6";
    }
    if (u < 0.48) {
      return "2A";
    }
    if (u < 0.63) {
      return pick(new String[] {"3A", "3B", "3B", "3C", "3D", "3E", "3E", "3F"});
    }
    if (u < 0.73) {
      boolean earlyHelp = !d.isBefore(LocalDate.of(2022, 4, 1));
      return earlyHelp
          ? pick(new String[] {"5A", "5B", "5C", "5D", "5D"})
          : pick(new String[] {"5A", "5B", "5C"});
    }
    if (u < 0.82) {
      return pick(new String[] {"1A", "1A", "1B", "1C", "1D"});
    }
    return pick(new String[] {"2B", "4", "7", "8", "8", "9", "10"});
  }

  private String need() {
    double u = rnd.nextDouble();
    return u < 0.55
        ? "N1"
        : u < 0.62
            ? "N2"
            : u < 0.66
                ? "N3"
                : u < 0.75
                    ? "N4"
                    : u < 0.90
                        ? "N5"
                        : u < 0.92
                            ? "N6"
                            : u < 0.93 ? "N7" : u < 0.96 ? "N8" : u < 0.985 ? "N9" : "N0";
  }

  private String category() {
    double u = rnd.nextDouble();
    return u < 0.50 ? "NEG" : u < 0.86 ? "EMO" : u < 0.93 ? "PHY" : u < 0.97 ? "SAB" : "MUL";
  }

  private List<String> factors(LocalDate referral) {
    boolean split = !referral.isBefore(LocalDate.of(2020, 4, 1));
    boolean cce = !referral.isBefore(LocalDate.of(2021, 4, 1));
    String[] common = {
      "3B",
      "3B",
      "3A",
      "3C",
      "4B",
      "4B",
      "4A",
      "2B",
      "1B",
      "16A",
      "17A",
      "5B",
      "6B",
      "10A",
      "11A",
      "14A",
      "15A",
      "20",
      split ? "18C" : "18A",
      split ? "19C" : "19A",
      cce ? "24A" : "13A",
      "8B"
    };
    int n = 1 + rnd.nextInt(3);
    List<String> out = new ArrayList<>();
    while (out.size() < n) {
      String f = pick(common);
      if (!out.contains(f)) {
        out.add(f);
      }
    }
    return out;
  }

  private String ethnicity() {
    double u = rnd.nextDouble();
    if (u < 0.74) {
      return "WBRI";
    }
    return pick(
        new String[] {
          "WOTH", "WIRI", "MWBC", "MWBA", "MWAS", "MOTH", "APKN", "AIND", "ABAN", "AOTH", "BAFR",
          "BCRB", "BOTH", "CHNE", "OOTH", "NOBT", "REFU"
        });
  }

  private String disability() {
    return rnd.nextDouble() < 0.88
        ? "NONE"
        : pick(
            new String[] {
              "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "AUT", "DDA"
            });
  }

  private String org() {
    return pick(
        new String[] {
          "Hospital trust",
          "Council children's centre",
          "Commissioned children's centre",
          "School",
          "Health visiting",
          "Early help team"
        });
  }

  private String postcode() {
    // Synthetic: the ZZ area does not exist, so no real address can match.
    return "ZZ"
        + (1 + rnd.nextInt(30))
        + " "
        + (1 + rnd.nextInt(9))
        + (char) ('A' + rnd.nextInt(26))
        + (char) ('A' + rnd.nextInt(26));
  }

  private String pick(String[] values) {
    return values[rnd.nextInt(values.length)];
  }

  private long days(double meanYears) {
    // Exponential with the mean, at least a fortnight.
    return 14 + (long) (-Math.log(1 - rnd.nextDouble()) * meanYears * 365.25);
  }

  private int poisson(double lambda) {
    if (lambda > 30) {
      return Math.max(0, (int) Math.round(lambda + Math.sqrt(lambda) * rnd.nextGaussian()));
    }
    double l = Math.exp(-lambda);
    int k = 0;
    double p = 1;
    do {
      k++;
      p *= rnd.nextDouble();
    } while (p > l && k < 10_000);
    return k - 1;
  }

  static LocalDate addWorkingDays(LocalDate start, int n) {
    LocalDate d = start;
    int added = 0;
    while (added < n) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY
          && d.getDayOfWeek() != DayOfWeek.SUNDAY
          && WorkingDays.isWorkingDay(d)) {
        added++;
      }
    }
    return d;
  }

  private static double clamp(double v, double lo, double hi) {
    return Double.isNaN(v) ? lo : Math.max(lo, Math.min(hi, v));
  }
}
