package org.caseflow.synth;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.caseflow.domain.period.WorkingDays;
import org.caseflow.synth.Model.Assessment;
import org.caseflow.synth.Model.CarePeriod;
import org.caseflow.synth.Model.CinEp;
import org.caseflow.synth.Model.ClaEp;
import org.caseflow.synth.Model.Cpp;
import org.caseflow.synth.Model.Kid;
import org.caseflow.synth.Model.Missing;
import org.caseflow.synth.Model.S47;
import org.caseflow.synth.Model.Span;
import org.caseflow.synth.Model.SwEp;

/** Simulates children's journeys through children's social care over the whole span. */
final class Simulator {
  /**
   * Years of CIN history before the first year asked for (re-referral and repeat-plan lookback).
   */
  static final int CIN_HISTORY = 3;

  private static final double CP_TO_CARE = 0.35;
  private static final double UASC_SHARE = 0.06;
  private static final LocalDate K3_FROM = LocalDate.of(2024, 4, 1);
  private static final LocalDate Z1X_FROM = LocalDate.of(2025, 4, 1);

  private enum Kind {
    NFA,
    NOT_IN_NEED,
    PLAIN,
    SHORT_BREAKS,
    CP,
    CP_TO_CARE,
    CARE,
    UASC
  }

  private record Event(LocalDate date, Kind kind, int order) {}

  private record Params(double cpDays, double careYears, double plainDays, double s47Share) {}

  private final SynthSpec spec;
  private final Calibration cal;
  private final Rng rng;
  private final List<Kid> kids = new ArrayList<>();
  private final PriorityQueue<Kid> closing =
      new PriorityQueue<>(
          Comparator.comparing((Kid k) -> k.busyUntil).thenComparingInt(k -> k.seq));
  private final List<Kid> recent = new ArrayList<>();
  private final List<Kid> hadPlan = new ArrayList<>();
  private final int workers;
  private final Params[] params;
  private final int firstYear;
  private final Places places;
  private final Providers providers;

  /** Postcode and URN choices, apart from the journeys' stream so that places move no journey. */
  private final Rng placeRng;

  private static final Weights ETHNICITY =
      Weights.of(
          "WBRI", 74, "WOTH", 4, "WIRI", 0.3, "WROM", 0.4, "MWBC", 3, "MWBA", 1, "MWAS", 1.5,
          "MOTH", 2, "AIND", 1.2, "APKN", 3, "ABAN", 1, "AOTH", 1, "BAFR", 3, "BCRB", 1, "BOTH",
          0.8, "CHNE", 0.2, "OOTH", 1.5, "REFU", 0.2, "NOBT", 0.9);
  private static final Weights SOURCE =
      Weights.of(
          "6", 28, "2A", 20, "3A", 3, "3B", 3, "3C", 1, "3D", 2, "3E", 4, "3F", 2, "1A", 6, "1B", 1,
          "1C", 1, "1D", 1, "2B", 1, "4", 2, "5A", 4, "5B", 3, "5C", 3, "5D", 5, "7", 3, "8", 4,
          "9", 1, "10", 2);
  private static final Weights NEED =
      Weights.of("N1", 55, "N2", 9, "N3", 4, "N4", 10, "N5", 15, "N6", 3, "N7", 0.5, "N8", 3.5);
  private static final Weights CATEGORY =
      Weights.of("NEG", 50, "EMO", 36, "PHY", 7, "SAB", 4, "MUL", 3);
  private static final Weights CHANGE_REASON =
      Weights.of(
          "CARPL", 42, "CREQO", 11, "CREQB", 8, "PLACE", 14, "OTHER", 14, "CHILD", 6, "CLOSE", 2,
          "ALLEG", 2, "STAND", 1);
  private static final Weights AT18 =
      Weights.of("E17", 20, "E5", 30, "E6", 12, "E8", 20, "E13", 10, "E7", 5, "E9", 3);
  private static final Weights YOUNG_EXIT =
      Weights.of("ADOPT", 40, "E45", 12, "E46", 4, "E47", 10, "E48", 2, "E41", 5, "E4A", 27);
  private static final Weights OLDER_EXIT =
      Weights.of(
          "E4A", 42, "E4B", 8, "E45", 8, "E47", 5, "E41", 4, "E13", 10, "E8", 12, "E3", 3, "E9", 3,
          "E16", 1, "E15", 1, "E7", 1, "E2", 0.3);
  private static final Weights SW_REASON =
      Weights.of(
          "MANAGE", 25, "LEFTRL", 25, "TSPROC", 20, "ORGRST", 8, "ABSENC", 8, "FCONTA", 5, "CHCHAN",
          2, "PCCHAN", 2, "OTHERS", 5);

  Simulator(SynthSpec spec, Calibration cal) {
    this.spec = spec;
    this.cal = cal;
    this.rng = Rng.derived(spec.seed(), 1);
    this.places = Places.load(spec.la());
    this.providers = new Providers(spec.la(), places);
    this.placeRng = Rng.derived(spec.seed(), 2);
    this.firstYear = spec.fromYear() - 18;
    this.params = new Params[spec.toYear() - firstYear + 1];
    double refs = 0;
    for (int y = firstYear; y <= spec.toYear(); y++) {
      params[y - firstYear] = params(cal.year(y));
      refs = Math.max(refs, cal.year(y).referrals() * spec.scale());
    }
    this.workers = Math.max(8, (int) Math.round(refs / 60));
  }

  List<Kid> run() {
    List<Event> events = new ArrayList<>();
    int order = 0;
    int firstCin = spec.fromYear() - CIN_HISTORY;
    for (int y = firstYear; y <= spec.toYear(); y++) {
      Calibration.Year t = cal.year(y);
      double s = spec.scale();
      int starts = (int) Math.round(t.claStarts() * s);
      if (y < firstCin) {
        for (int i = 0; i < starts; i++) {
          events.add(new Event(dayIn(y), i % 17 == 0 ? Kind.UASC : Kind.CARE, order++));
        }
        continue;
      }
      int r = (int) Math.round(t.referrals() * s);
      int nfa = (int) Math.round(r * t.nfaPct());
      int nin = (int) Math.round(r * t.notInNeedPct());
      int cpToCare = (int) Math.round(starts * CP_TO_CARE);
      int uasc = (int) Math.round((starts - cpToCare) * UASC_SHARE);
      int care = starts - cpToCare - uasc;
      int cp = (int) Math.round(t.cpStarts() * s);
      int plain = r - nfa - nin - cp - care - uasc;
      if (plain < 0) {
        nin = Math.max(0, nin + plain);
        plain = 0;
      }
      int breaks = plain > 20 ? Math.max(1, (int) Math.round(starts * 0.03)) : 0;
      add(events, y, Kind.NFA, nfa);
      add(events, y, Kind.NOT_IN_NEED, nin);
      add(events, y, Kind.PLAIN, plain - breaks);
      add(events, y, Kind.SHORT_BREAKS, breaks);
      add(events, y, Kind.CP, cp - cpToCare);
      add(events, y, Kind.CP_TO_CARE, Math.min(cp, cpToCare));
      add(events, y, Kind.CARE, care + Math.max(0, cpToCare - cp));
      add(events, y, Kind.UASC, uasc);
    }
    events.sort(Comparator.comparing(Event::date).thenComparingInt(Event::order));
    for (Event e : events) {
      handle(e);
    }
    return kids;
  }

  private void add(List<Event> events, int y, Kind kind, int n) {
    for (int i = 0; i < n; i++) {
      events.add(new Event(dayIn(y), kind, events.size()));
    }
  }

  /** A referral day in the collection year, mostly on working days. */
  private LocalDate dayIn(int y) {
    LocalDate d = rng.dateBetween(LocalDate.of(y - 1, 4, 1), LocalDate.of(y, 3, 31));
    if (!WorkingDays.isWorkingDay(d) && rng.chance(0.8)) {
      d = WorkingDays.plus(d, 0);
      if (d.isAfter(LocalDate.of(y, 3, 31))) {
        d = LocalDate.of(y, 3, 31);
      }
    }
    return d;
  }

  private Params params(Calibration.Year t) {
    double cpDays = t.cpStarts() > 0 ? clamp(t.cpAt31() / t.cpStarts() * 365, 90, 700) : 300;
    double careYears = careMean(t.claStarts() > 0 ? t.claAt31() / t.claStarts() : 3);
    double nfa = t.referrals() * t.nfaPct();
    double assessing = (t.referrals() - nfa) * 32 / 365.0;
    double residual = t.cinAt31() - t.claAt31() - t.cpAt31() - assessing;
    double starts = t.claStarts();
    double plainFlow =
        Math.max(
            1,
            t.referrals()
                - nfa
                - t.referrals() * t.notInNeedPct()
                - t.cpStarts()
                - starts * (1 - CP_TO_CARE)
                + t.cpStarts()
                + starts * 0.3);
    double plainDays = clamp(residual / plainFlow * 365, 30, 1000);
    double s47 =
        clamp(
            2.2 * t.cpStarts() / Math.max(1, plainFlow + t.referrals() * t.notInNeedPct()), 0, 0.6);
    return new Params(cpDays, careYears, plainDays, s47);
  }

  /** The exponential mean whose draws, capped at the 18th birthday, average the wanted years. */
  private static double careMean(double wanted) {
    Rng r = new Rng(20240331L);
    int n = 4000;
    double[] ages = new double[n];
    double[] units = new double[n];
    for (int i = 0; i < n; i++) {
      ages[i] = careEntryAge(r) + r.uniform();
      units[i] = r.exponential(1);
    }
    double lo = 0.05;
    double hi = 60;
    for (int it = 0; it < 40; it++) {
      double mid = (lo + hi) / 2;
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += Math.min(units[i] * mid, Math.max(0.05, 18 - ages[i]));
      }
      if (sum / n < wanted) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  private static int careEntryAge(Rng r) {
    double u = r.uniform();
    if (u < 0.20) {
      return 0;
    } else if (u < 0.34) {
      return r.between(1, 4);
    } else if (u < 0.50) {
      return r.between(5, 9);
    } else if (u < 0.86) {
      return r.between(10, 15);
    }
    return r.between(16, 17);
  }

  private int referralAge(Kind k) {
    double u = rng.uniform();
    if (k == Kind.CP || k == Kind.CP_TO_CARE) {
      return u < 0.12
          ? 0
          : u < 0.40 ? rng.between(1, 4) : u < 0.68 ? rng.between(5, 9) : rng.between(10, 16);
    }
    if (k == Kind.CARE) {
      return careEntryAge(rng);
    }
    if (k == Kind.UASC) {
      return rng.between(15, 17);
    }
    return u < 0.07
        ? 0
        : u < 0.27
            ? rng.between(1, 4)
            : u < 0.54 ? rng.between(5, 9) : u < 0.9 ? rng.between(10, 15) : rng.between(16, 17);
  }

  private Params paramsFor(LocalDate d) {
    int y = d.getMonthValue() >= 4 ? d.getYear() + 1 : d.getYear();
    int i = Math.max(0, Math.min(params.length - 1, y - firstYear));
    return params[i];
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  // ------------------------------------------------------------------ children

  private Kid newKid(LocalDate on, int age, Kind kind) {
    int seq = kids.size() + 1;
    LocalDate dob = on.minusYears(age).minusDays(rng.between(0, 364));
    if (dob.isAfter(on)) {
      dob = on;
    }
    if (dob.getMonthValue() == 4 && dob.getDayOfMonth() == 1) {
      // born on 1 April, a child is 17 on the first day of the year: 197B then asks for an SDQ
      // reason in the year of the 17th birthday and 189 forbids one; the DfE's rules cannot both
      // hold, so no synthetic child is born on 1 April
      dob = dob.plusDays(1);
    }
    boolean uasc = kind == Kind.UASC;
    char sex = uasc ? (rng.chance(0.92) ? 'M' : 'F') : (rng.chance(0.52) ? 'M' : 'F');
    String eth =
        uasc
            ? rng.weighted(Weights.of("BAFR", 40, "AOTH", 30, "OOTH", 25, "WOTH", 5))
            : rng.weighted(ETHNICITY);
    String upn = upn(String.format("%s%09d", spec.la(), seq));
    List<String> dis = new ArrayList<>();
    if (kind == Kind.SHORT_BREAKS) {
      dis.add("LD");
      dis.add(rng.chance(0.5) ? "AUT" : "COMM");
    } else if (rng.chance(0.07)) {
      dis.add(
          rng.weighted(Weights.of("LD", 30, "AUT", 30, "BEH", 15, "COMM", 10, "MOB", 8, "DDA", 7)));
    } else {
      rng.chance(
          0.6); // the draw that once left 40% without a disability entry, kept for the stream
      dis.add("NONE");
    }
    Kid k = new Kid(seq, spec.la() + String.format("%07d", seq), dob, sex, eth, upn, dis);
    k.uasc = uasc;
    if (uasc) {
      k.uascCeased = dob.plusYears(18);
    }
    if (sex == 'F' && age >= 14 && rng.chance(0.03)) {
      k.motherChildDob = on.minusDays(rng.between(0, 300));
    }
    kids.add(k);
    return k;
  }

  private static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

  /** The DfE's UPN: the check letter (characters 2 to 13 weighted 2 to 13, mod 23) then the 12. */
  static String upn(String twelve) {
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (i + 2) * (twelve.charAt(i) - '0');
    }
    return UPN_LETTERS.charAt(sum % 23) + twelve;
  }

  private Kid findRereferral(LocalDate t, double p) {
    while (!closing.isEmpty() && closing.peek().busyUntil.isBefore(t)) {
      recent.add(closing.poll());
    }
    if (!rng.chance(p)) {
      return null;
    }
    for (int tries = 0; tries < 8 && !recent.isEmpty(); tries++) {
      int i = rng.nextInt(recent.size());
      Kid k = recent.get(i);
      boolean stale =
          k.lastReferral.isBefore(t.minusDays(365))
              || k.busyUntil == null
              || !k.busyUntil.isBefore(t)
              || k.ageOn(t) >= 17
              || k.died != null
              || k.adult;
      if (stale) {
        recent.set(i, recent.get(recent.size() - 1));
        recent.remove(recent.size() - 1);
        continue;
      }
      recent.set(i, recent.get(recent.size() - 1));
      recent.remove(recent.size() - 1);
      return k;
    }
    return null;
  }

  private Kid findPreviousPlan(LocalDate t) {
    for (int tries = 0; tries < 6 && !hadPlan.isEmpty(); tries++) {
      Kid k = hadPlan.get(rng.nextInt(hadPlan.size()));
      if (k.busyUntil != null
          && k.busyUntil.isBefore(t)
          && k.ageOn(t) < 16
          && k.care.isEmpty()
          && k.died == null
          && !k.adult) {
        return k;
      }
    }
    return null;
  }

  private void handle(Event e) {
    LocalDate t = e.date();
    Kind kind = e.kind();
    Calibration.Year cy = cal.year(CollectionYearOf(t));
    Kid kid = null;
    if (kind == Kind.CP || kind == Kind.CP_TO_CARE) {
      if (rng.chance(cy.cpSubsequentPct() * 0.8)) {
        kid = findPreviousPlan(t);
      }
    }
    if (kid == null && kind != Kind.UASC && kind != Kind.SHORT_BREAKS) {
      kid =
          findRereferral(
              t, kind == Kind.CARE ? cy.rereferralPct() * 0.5 : cy.rereferralPct() * 1.07);
    }
    if (kid == null) {
      kid = newKid(t, referralAge(kind), kind);
    }
    CinEp ep = new CinEp();
    ep.referral = t;
    ep.contact = t.minusDays(rng.chance(0.7) ? 0 : rng.between(1, 3));
    ep.source = kind == Kind.UASC ? (rng.chance(0.5) ? "5C" : "7") : rng.weighted(SOURCE);
    kid.lastReferral = t;
    kid.cin.add(ep);
    Params p = paramsFor(t);
    switch (kind) {
      case NFA -> {
        ep.nfa = true;
        ep.need = "N9";
        ep.closure = t.plusDays(rng.chance(0.8) ? 0 : rng.between(1, 5));
        ep.reason = "RC8";
      }
      case NOT_IN_NEED -> {
        Assessment a = assess(ep, t, false, null);
        ep.need = rng.chance(0.5) ? "N9" : rng.weighted(NEED);
        if (rng.chance(p.s47Share())) {
          ep.s47s.add(s47WithoutPlan(t, false));
        }
        ep.closure = a.auth();
        ep.reason =
            !a.auth().isBefore(LocalDate.of(2022, 4, 1)) && rng.chance(0.45) ? "RC9" : "RC8";
        if (!ep.s47s.isEmpty()) {
          // a case closed after assessment (RC8, RC9) carries no Section 47 (rule 2990), and one
          // closed otherwise found some factor (8873Q)
          ep.reason = "RC7";
          if (a.factors().contains("21")) {
            ep.assessments.set(
                ep.assessments.size() - 1,
                new Assessment(a.start(), a.auth(), List.of("20"), a.needsSupport()));
          }
        }
      }
      case PLAIN, SHORT_BREAKS -> {
        ep.need = kind == Kind.SHORT_BREAKS ? "N2" : rng.weighted(NEED);
        Assessment a = assess(ep, t, true, null);
        LocalDate planStart = a.auth().plusDays(rng.between(0, 10));
        if (rng.chance(p.s47Share())) {
          ep.s47s.add(s47WithoutPlan(t, rng.chance(0.12)));
        }
        LocalDate end = planStart.plusDays(Math.round(rng.gamma2(p.plainDays())));
        ep.plans.add(new Span(planStart, end));
        ep.closure = end.plusDays(rng.between(0, 14));
        ep.reason = closeReason(kid, ep.closure);
        if (kind == Kind.SHORT_BREAKS) {
          shortBreaks(kid, planStart, end);
        }
      }
      case CP, CP_TO_CARE -> {
        ep.need = "N1";
        String cat = rng.weighted(CATEGORY);
        LocalDate s47Start = WorkingDays.plus(t, rng.between(0, 3));
        int wd = rng.chance(0.81) ? rng.between(4, 15) : rng.between(16, 32);
        LocalDate icpc = WorkingDays.plus(s47Start, wd);
        ep.s47s.add(new S47(s47Start, WorkingDays.plus(s47Start, 15), icpc, false, true));
        assess(ep, t, true, cat);
        Cpp plan = new Cpp();
        plan.start = icpc;
        plan.initial = cat;
        plan.latest = rng.chance(0.9) ? cat : rng.weighted(CATEGORY);
        plan.previous = kid.cpPlans;
        kid.cpPlans++;
        // a plan is open at this 31 March and, often, the next: its length is between the two
        // years' (the plans open at 31 March otherwise follow the last year's length only)
        double cpDays = (p.cpDays() + paramsFor(t.plusYears(1)).cpDays()) / 2;
        long days = Math.max(14, Math.round(rng.gamma2(cpDays)));
        plan.end = icpc.plusDays(days);
        if (kind == Kind.CP_TO_CARE) {
          plan.end = icpc.plusDays(Math.max(10, Math.round(days * 0.6)));
        }
        cpReviews(plan);
        ep.cpps.add(plan);
        hadPlan.add(kid);
        if (kind == Kind.CP_TO_CARE) {
          LocalDate cared = plan.end;
          if (kid.ageOn(cared) >= 18) {
            ep.closure = plan.end;
            ep.reason = "RC7";
          } else {
            careAndClose(kid, ep, cared, "C1");
          }
        } else {
          LocalDate stepEnd = plan.end.plusDays(Math.round(rng.gamma2(p.plainDays() * 0.8)));
          ep.plans.add(new Span(plan.end, stepEnd));
          ep.closure = stepEnd;
          ep.reason = closeReason(kid, stepEnd);
        }
      }
      case CARE, UASC -> {
        ep.need = kind == Kind.UASC ? "N8" : rng.weighted(NEED);
        boolean emergency = kind == Kind.UASC || rng.chance(0.3);
        Assessment a = assess(ep, t, true, null);
        LocalDate start = emergency ? t : t.plusDays(rng.between(14, 120));
        if (a.auth().isBefore(start) && rng.chance(0.5)) {
          ep.plans.add(new Span(a.auth(), start));
        }
        String ls =
            kind == Kind.UASC
                ? "V2"
                : emergency
                    ? rng.weighted(Weights.of("L1", 25, "L2", 15, "V2", 45, "C1", 15))
                    : rng.weighted(Weights.of("V2", 45, "C1", 48, "C2", 4, "J1", 3));
        if ("J1".equals(ls) && kid.ageOn(start) < 10) {
          ls = "C1"; // remand (J1) only from 10, the age of criminal responsibility (rule 358)
        }
        if (kid.ageOn(start) >= 18) {
          start = t;
        }
        careAndClose(kid, ep, start, ls);
      }
    }
    // no activity after the closure (rules 8565, 8867): a case closed at the 18th birthday stays
    // open until its assessment and enquiries are done
    if (ep.closure != null) {
      LocalDate last = ep.closure;
      for (Assessment a : ep.assessments) {
        last = later(last, a.auth());
      }
      for (S47 s : ep.s47s) {
        last = later(later(last, s.start()), s.icpc());
      }
      for (Cpp c : ep.cpps) {
        last = later(last, c.end);
      }
      for (Span sp : ep.plans) {
        last = later(last, sp.end());
      }
      ep.closure = last;
    }
    if ("RC2".equals(ep.reason)) {
      kid.died = ep.closure; // the census records the date of death (8585Q)
    }
    for (CarePeriod c : kid.care) {
      if ("E15".equals(c.reasonEnded())) {
        kid.adult = true; // found to be an adult: no further episodes (rule 437)
      }
    }
    // the episode ends before the 18th birthday plus a little, except for care leavers
    kid.busyUntil = ep.closure;
    socialWorkers(kid, ep);
    if (kid.busyUntil != null) {
      closing.add(kid);
    }
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return b != null && b.isAfter(a) ? b : a;
  }

  private static int CollectionYearOf(LocalDate d) {
    return d.getMonthValue() >= 4 ? d.getYear() + 1 : d.getYear();
  }

  private String closeReason(Kid kid, LocalDate d) {
    if (kid.ageOn(d) >= 17 && rng.chance(0.2)) {
      return "RC6";
    }
    return rng.weighted(Weights.of("RC7", 90, "RC5", 4, "RC3", 2, "RC4", 1.5, "RC2", 0.1));
  }

  private Assessment assess(CinEp ep, LocalDate t, boolean support, String category) {
    LocalDate start = WorkingDays.plus(t, rng.chance(0.6) ? 0 : rng.between(1, 4));
    int wd = rng.chance(0.86) ? rng.between(2, 45) : rng.between(46, 85);
    LocalDate auth = WorkingDays.plus(start, wd);
    List<String> f = new ArrayList<>();
    if (category != null) {
      f.add(
          switch (category) {
            case "NEG" -> "16A";
            case "EMO" -> "17A";
            case "PHY" -> rng.chance(0.8) ? "18C" : "18B";
            case "SAB" -> rng.chance(0.7) ? "19C" : "19B";
            default -> "16A";
          });
    }
    if (!support && rng.chance(0.25)) {
      f.add("21");
    } else {
      addIf(f, "3B", 0.38);
      addIf(f, "4B", 0.36);
      addIf(f, "4A", 0.14);
      addIf(f, "2B", 0.16);
      addIf(f, "1B", 0.10);
      addIf(f, "3A", 0.06);
      addIf(f, "14A", 0.04);
      addIf(f, "10A", 0.03);
      addIf(f, "11A", 0.02);
      addIf(f, "24A", 0.03);
      addIf(f, "15A", 0.03);
      addIf(f, "6B", 0.04);
      addIf(f, "5B", 0.03);
      addIf(f, "7A", 0.02);
      if (f.isEmpty()) {
        f.add(rng.chance(0.5) ? "20" : "16A");
      }
    }
    Assessment a = new Assessment(start, auth, List.copyOf(f), support);
    ep.assessments.add(a);
    return a;
  }

  private void addIf(List<String> f, String code, double p) {
    if (rng.chance(p)) {
      f.add(code);
    }
  }

  private S47 s47WithoutPlan(LocalDate t, boolean conference) {
    LocalDate s = WorkingDays.plus(t, rng.between(0, 5));
    LocalDate target = WorkingDays.plus(s, 15);
    if (conference) {
      return new S47(s, target, WorkingDays.plus(s, rng.between(6, 18)), false, false);
    }
    return new S47(s, target, null, true, false);
  }

  private void cpReviews(Cpp plan) {
    LocalDate r = plan.start.plusDays(rng.chance(0.9) ? rng.between(60, 88) : rng.between(95, 120));
    while (r.isBefore(plan.end)) {
      plan.reviews.add(r);
      r = r.plusDays(rng.chance(0.93) ? rng.between(140, 180) : rng.between(190, 230));
    }
  }

  // ------------------------------------------------------------------ care

  private void careAndClose(Kid kid, CinEp ep, LocalDate start, String ls) {
    CarePeriod cp = care(kid, start, ls, ep.need);
    LocalDate end = cp.end();
    String rec = cp.reasonEnded();
    ep.closure = end;
    switch (rec) {
      case "E11", "E12" -> ep.reason = "RC1";
      case "E45", "E46", "E47", "E48" -> ep.reason = "RC4";
      case "E41" -> ep.reason = "RC3";
      case "E2" -> ep.reason = "RC2";
      case "E3" -> ep.reason = "RC5";
      case "E4A", "E4B", "E13" -> {
        if (kid.ageOn(end) < 17) {
          LocalDate stepEnd = end.plusDays(Math.round(rng.gamma2(paramsFor(end).plainDays())));
          ep.plans.add(new Span(end, stepEnd));
          ep.closure = stepEnd;
        }
        ep.reason = "RC7";
      }
      default -> ep.reason = kid.ageOn(end) >= 18 && rng.chance(0.3) ? "RC6" : "RC7";
    }
  }

  private CarePeriod care(Kid kid, LocalDate start, String firstLs, String need) {
    CarePeriod cp = new CarePeriod();
    kid.care.add(cp);
    Params p = paramsFor(start);
    LocalDate at18 = kid.birthday(18);
    double years = rng.exponential(p.careYears());
    LocalDate end = start.plusDays(Math.max(1, Math.round(years * 365.25)));
    String rec;
    if ("J1".equals(firstLs)) {
      end = start.plusDays(rng.between(20, 120));
      if (end.isAfter(at18)) {
        end = at18; // remand ends at 18: looked after beyond it only under section 20 (rule 359)
      }
      rec = "E14";
    } else if (!end.isBefore(at18)) {
      end = at18;
      rec = rng.weighted(AT18);
    } else if (kid.ageOn(end) < 8) {
      rec = rng.weighted(YOUNG_EXIT);
    } else {
      rec = rng.weighted(OLDER_EXIT);
    }
    if (!end.isAfter(start)) {
      end = start.plusDays(1);
    }
    long days = ChronoUnit.DAYS.between(start, end);
    boolean adopt = "ADOPT".equals(rec);
    if (adopt && days < 420) {
      rec = "E4A";
      adopt = false;
    }
    if (adopt) {
      rec = rng.chance(0.4) ? "E11" : "E12";
      cp.decision = start.plusDays(Math.round(days * 0.3));
      cp.placementOrder = start.plusDays(Math.round(days * 0.45));
      cp.match = start.plusDays(Math.round(days * 0.62));
      cp.fosterCarerAdoption = rng.chance(0.15);
      cp.adopters = rng.chance(0.85) ? 2 : 1;
      if (cp.adopters == 2) {
        cp.adopterSex = rng.weighted(Weights.of("MF", 85, "MM", 8, "FF", 7));
        cp.adopterLs =
            "MF".equals(cp.adopterSex)
                ? rng.weighted(Weights.of("L11", 80, "L3", 20))
                : rng.weighted(Weights.of("L12", 50, "L2", 30, "L4", 20));
      } else {
        cp.adopterSex = rng.chance(0.85) ? "F1" : "M1";
        cp.adopterLs = "L0";
      }
    } else if (kid.ageOn(start) < 5 && days > 500 && rng.chance(0.08)) {
      cp.decision = start.plusDays(Math.round(days * 0.3));
      cp.decisionCeased = start.plusDays(Math.round(days * 0.7));
      cp.decisionCeasedReason =
          rng.weighted(Weights.of("RD1", 30, "RD2", 20, "RD3", 30, "RD4", 20));
    }
    double u = rng.uniform();
    if (u < 0.06) {
      cp.prevPerm = "P4";
    } else if (u < 0.09) {
      cp.prevPerm = rng.weighted(Weights.of("P1", 40, "P2", 40, "P3", 20));
      cp.prevPermDate = start.minusDays(rng.between(400, 3000));
    }
    // change points
    record Change(LocalDate date, boolean legal, String ls, String place) {}
    List<Change> changes = new ArrayList<>();
    String ls = firstLs;
    LocalDate legalAt = null;
    String nextLs = null;
    switch (firstLs) {
      case "L1", "L2" -> {
        // police protection lasts at most 72 hours (rule 361), an emergency order eight days
        legalAt = start.plusDays(rng.between(1, "L1".equals(firstLs) ? 3 : 8));
        nextLs = rng.chance(0.6) ? "C1" : "V2";
      }
      case "C1" -> {
        legalAt = start.plusDays(rng.between(150, 330));
        nextLs = "C2";
      }
      case "V2" -> {
        if (rng.chance(0.2)) {
          legalAt = start.plusDays(rng.between(60, 300));
          nextLs = "C1";
        }
      }
      default -> {}
    }
    if (legalAt != null && legalAt.isBefore(end)) {
      changes.add(new Change(legalAt, true, nextLs, null));
      if ("C1".equals(nextLs) && legalAt.plusDays(200).isBefore(end)) {
        changes.add(new Change(legalAt.plusDays(rng.between(120, 300)), true, "C2", null));
      }
    }
    if (adopt) {
      // the placement order (E1) is the last legal status (rule 408)
      changes.removeIf(c -> c.legal() && !c.date().isBefore(cp.placementOrder));
      changes.add(new Change(cp.placementOrder, true, "E1", null));
      String a = cp.fosterCarerAdoption ? "A5" : "A6";
      changes.add(new Change(cp.match.plusDays(rng.between(7, 28)), false, null, a));
    }
    double rate = kid.ageOn(start) >= 11 ? 0.75 : 0.4;
    double yearsIn = days / 365.25;
    int moves = rng.poisson(rate * yearsIn);
    LocalDate moveLimit = adopt ? cp.match : end;
    for (int i = 0; i < moves; i++) {
      LocalDate d = rng.dateBetween(start.plusDays(1), moveLimit.minusDays(1));
      if (d.isAfter(start) && d.isBefore(moveLimit)) {
        changes.add(new Change(d, false, null, null));
      }
    }
    changes.sort(Comparator.comparing(Change::date));
    rng.nextInt(16); // the draw the old home sector took, kept for the stream
    String home = placeRng.pick(places.home);
    ClaEp cur = new ClaEp();
    cur.start = start;
    cur.rne = "S";
    cur.ls = ls;
    cur.cin = need == null || "N9".equals(need) || "N0".equals(need) ? "N1" : need;
    cur.homePost = home;
    place(cur, kid, start, null);
    cp.eps.add(cur);
    for (Change c : changes) {
      if (!c.date().isAfter(cur.start) || !c.date().isBefore(end)) {
        continue;
      }
      ClaEp next = cur.copy();
      next.start = c.date();
      cur.end = c.date();
      cur.rec = "X1";
      if (c.legal()) {
        next.ls = c.ls();
        next.rne = "L";
      } else {
        next.rne =
            c.place() != null && c.place().equals("A5") ? "T" : (rng.chance(0.1) ? "T" : "P");
        cur.reasonChange =
            c.place() != null
                ? "CARPL"
                : next.rne.equals("T") ? "PLACE" : rng.weighted(CHANGE_REASON);
        String forced = c.place();
        if ("A5".equals(forced) && !cur.place.startsWith("U") && !cur.place.startsWith("A")) {
          // adoption by the current foster carer follows a foster placement (rule 336)
          forced = "A6";
          cp.fosterCarerAdoption = false;
        }
        place(next, kid, c.date(), forced);
        if (sameSetting(cur, next)) {
          // a change of placement changes something recorded about it (rule 435)
          if ("P1".equals(next.place)) {
            next.place = "U6";
            next.provider = provider("U6");
            next.urn =
                urn(providers.pick("U6", next.provider, Places.Bin.IN_NEAR, null, null, placeRng));
          }
          Providers.Kind kind = Providers.Kind.of(next.place);
          if (kind != null && kind.atProvider()) {
            // another home (school, family centre) of the same kind and sector, at its postcode
            // (rule 221)
            Providers.Provider other =
                providers.pick(
                    next.place,
                    next.provider,
                    places.bin(next.homePost, next.plPost),
                    next.urn,
                    next.homePost,
                    placeRng);
            next.urn = other.urn();
            next.plPost = other.postcode();
          } else {
            next.plPost =
                places.placement(placeRng, next.homePost, places.bin(next.homePost, next.plPost));
            if (next.plPost.equals(cur.plPost)) {
              next.plPost =
                  mayBeOutside(next)
                      ? places.placement(placeRng, next.homePost, true)
                      : places.otherInside(next.plPost, next.homePost);
            }
          }
        }
      }
      cp.eps.add(next);
      cur = next;
    }
    cur.end = end;
    if ("E7".equals(rec) && kid.ageOn(end) < 16) {
      rec = "E4A"; // adult social care only from 16 (rule 389)
    }
    if (("E45".equals(rec) || "E46".equals(rec)) && !cur.place.startsWith("U")) {
      rec = "E48"; // an order to former foster carers needs a foster placement (rule 516)
    }
    cur.rec = rec;
    cp.reviews.addAll(reviews(start, end));
    missing(kid, start, end);
    return cp;
  }

  private static boolean sameSetting(ClaEp a, ClaEp b) {
    return java.util.Objects.equals(a.place, b.place)
        && java.util.Objects.equals(a.plPost, b.plPost)
        && java.util.Objects.equals(a.urn, b.urn)
        && java.util.Objects.equals(a.provider, b.provider);
  }

  private void place(ClaEp e, Kid kid, LocalDate d, String forced) {
    int age = kid.ageOn(d);
    String place;
    if (forced != null) {
      place = forced;
    } else if (age < 10) {
      place =
          rng.weighted(
              Weights.of(
                  "U6",
                  40,
                  "U3",
                  20,
                  "U4",
                  12,
                  "U1",
                  7,
                  "U5",
                  age < 2 ? 4 : 0.5,
                  "U2",
                  1.5,
                  "P1",
                  7,
                  "R3",
                  age < 1 ? 3 : 0.2,
                  "K2",
                  2,
                  "Z1",
                  0.5,
                  "S1",
                  0.2));
    } else if (age < 16) {
      place =
          rng.weighted(
              Weights.of(
                  "U6", 36, "U3", 12, "U4", 13, "U1", 6, "K2", 19, "P1", 6, "K1", 0.8, "R1", 0.8,
                  "S1", 2, "Z1", 2, "R5", 0.3));
    } else {
      place =
          rng.weighted(
              Weights.of(
                  "U6", 26, "U3", 8, "U4", 10, "K2", 15, "IND", 30, "Z1", 2, "P1", 5, "R5", 0.5,
                  "P3", 0.2));
    }
    if ("IND".equals(place)) {
      // before K3 (2024-25), H5 only: the code K3 replaced, so that a placement open across 1
      // April 2024 continues as K3 (503D, 434); the draw that once chose P2 is kept for the stream
      if (d.isBefore(K3_FROM)) {
        rng.chance(0.8);
        place = "H5";
      } else {
        place = "K3";
      }
    }
    if ("Z1".equals(place) && !d.isBefore(Z1X_FROM)) {
      place = "Z1" + rng.between(1, 4);
    }
    if ("S1".equals(place) && age < 4) {
      place = "U6"; // no residential school under 4 (rule 373)
    }
    if ("P1".equals(place) && ("V2".equals(e.ls) || "L1".equals(e.ls) || "L2".equals(e.ls))) {
      // placed with parents is not a placement under a single period of accommodation (rule 378)
      place = "U6";
    }
    e.place = place;
    e.provider = provider(place);
    rng.chance(place.startsWith("K") || place.startsWith("R") ? 0.55 : 0.25); // kept for the stream
    rng.nextInt(16); // the draw the old postcode sector took, kept for the stream
    if (place.startsWith("K")) {
      rng.nextInt(900000); // and the old URN's
    }
    Places.Bin bin = locate(e, d);
    Providers.Provider p = providers.pick(place, e.provider, bin, null, e.homePost, placeRng);
    e.urn = urn(p);
    if ("P1".equals(place)) {
      e.plPost = e.homePost;
    } else if (p != null && p.kind().atProvider()) {
      // a home's, school's or family centre's placement is at its postcode (rule 221)
      e.plPost = p.postcode();
    } else {
      e.plPost = places.placement(placeRng, e.homePost, bin);
    }
  }

  /**
   * Where a new placement is, drawn from the council's published shares for the year it starts:
   * inside or outside the council, under or over 20 miles from home. The council's own provision
   * (PR1), other than foster and adoption placements, is inside it (rule 1015); another council's
   * (PR2) outside.
   */
  private Places.Bin locate(ClaEp e, LocalDate d) {
    double[] shares = cal.locations(CollectionYearOf(d));
    double u = placeRng.uniform();
    Places.Bin bin = Places.Bin.OUT_FAR;
    for (int i = 0; i < shares.length; i++) {
      u -= shares[i];
      if (u < 0) {
        bin = Places.Bin.values()[i];
        break;
      }
    }
    if (bin.outside() && !mayBeOutside(e)) {
      bin = Places.Bin.of(false, bin.far());
    }
    if (!bin.outside() && "PR2".equals(e.provider)) {
      bin = Places.Bin.of(true, bin.far());
    }
    return bin;
  }

  /** The URN of a placement's provider; XXXXXXX where Ofsted registers none (rule 222). */
  private static String urn(Providers.Provider p) {
    return p == null ? "XXXXXXX" : p.urn();
  }

  /** The providers the placements were with: the synthetic Ofsted provider list. */
  Providers providers() {
    return providers;
  }

  /**
   * The council's own provision (PR1) is inside its area except for foster and adoption placements
   * (rule 1015).
   */
  static boolean mayBeOutside(ClaEp e) {
    return !"PR1".equals(e.provider)
        || e.place.startsWith("U")
        || e.place.equals("A3")
        || e.place.equals("A4")
        || e.place.equals("A5")
        || e.place.equals("A6");
  }

  private String provider(String place) {
    return switch (place.substring(0, 1)) {
      case "U" ->
          place.compareTo("U4") < 0
              ? "PR1"
              : rng.weighted(Weights.of("PR1", 55, "PR4", 38, "PR5", 7));
      case "K" -> rng.weighted(Weights.of("PR4", 70, "PR1", 22, "PR5", 6, "PR2", 2));
      case "H" -> rng.weighted(Weights.of("PR4", 60, "PR1", 20, "PR5", 20));
      case "A" -> rng.weighted(Weights.of("PR1", 60, "PR2", 30, "PR5", 10));
      case "P" -> place.equals("P1") ? "PR0" : rng.weighted(Weights.of("PR4", 50, "PR1", 50));
      case "R", "S" -> {
        String pr = rng.weighted(Weights.of("PR3", 50, "PR4", 40, "PR1", 10));
        // the council itself provides no R2 or R5 placement (rule 527)
        yield "PR1".equals(pr) && (place.equals("R2") || place.equals("R5")) ? "PR4" : pr;
      }
      default -> null;
    };
  }

  private List<LocalDate> reviews(LocalDate start, LocalDate end) {
    List<LocalDate> out = new ArrayList<>();
    LocalDate r =
        WorkingDays.plus(start, rng.chance(0.9) ? rng.between(12, 20) : rng.between(21, 30));
    int n = 0;
    while (r.isBefore(end)) {
      out.add(r);
      n++;
      r =
          n == 1
              ? r.plusDays(rng.chance(0.9) ? rng.between(70, 91) : rng.between(95, 120))
              : r.plusDays(rng.chance(0.9) ? rng.between(150, 182) : rng.between(185, 230));
    }
    return out;
  }

  private void missing(Kid kid, LocalDate start, LocalDate end) {
    for (LocalDate y = start; y.isBefore(end); y = y.plusDays(365)) {
      boolean teen = kid.ageOn(y) >= 11;
      if (!rng.chance(teen ? 0.22 : 0.01)) {
        continue;
      }
      int n = rng.chance(0.5) ? 1 : rng.between(2, 8);
      LocalDate to = y.plusDays(364).isBefore(end) ? y.plusDays(364) : end.minusDays(1);
      List<LocalDate> starts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        starts.add(rng.dateBetween(y, to));
      }
      starts.sort(Comparator.naturalOrder());
      LocalDate lastEnd = null;
      for (LocalDate s : starts) {
        if (lastEnd != null && !s.isAfter(lastEnd)) {
          continue;
        }
        LocalDate e = s.plusDays(rng.chance(0.6) ? rng.between(0, 1) : rng.between(2, 6));
        if (!e.isBefore(end)) {
          // back before care ends: a child missing when care ends is another story (rule 580)
          e = end.minusDays(1);
        }
        if (e.isBefore(s)) {
          continue;
        }
        kid.missing.add(new Missing(rng.chance(0.75) ? "M" : "A", s, e));
        lastEnd = e;
      }
    }
  }

  private void shortBreaks(Kid kid, LocalDate from, LocalDate to) {
    LocalDate last = from.plusMonths(18).isBefore(to) ? from.plusMonths(18) : to;
    for (LocalDate d = from.plusDays(rng.between(7, 30));
        d.isBefore(last);
        d = d.plusDays(rng.between(25, 40))) {
      if (kid.ageOn(d) >= 18) {
        break;
      }
      CarePeriod cp = new CarePeriod();
      cp.shortBreak = true;
      ClaEp e = new ClaEp();
      e.start = d;
      e.rne = "S";
      e.ls = "V3";
      e.cin = "N2";
      // short breaks (V3): no postcodes or URN (rules 214, 398), not long-term foster (384)
      e.place = rng.chance(0.6) ? "K2" : "U6";
      e.provider = "PR1";
      rng.nextInt(16); // the draws the old postcode sectors took, kept for the stream
      rng.nextInt(16);
      e.end = d.plusDays(rng.between(1, 3));
      e.rec = "E13";
      cp.eps.add(e);
      kid.care.add(cp);
    }
  }

  private void socialWorkers(Kid kid, CinEp ep) {
    if (ep.nfa) {
      return;
    }
    LocalDate end = ep.closure;
    LocalDate s = ep.referral;
    String reason = "FCONTA";
    while (true) {
      LocalDate e = s.plusDays(Math.max(20, Math.round(rng.exponential(280))));
      String w = "SW" + (1000 + rng.nextInt(workers));
      if (end != null && !e.isBefore(end)) {
        kid.social.add(new Model.SwEp(w, s, end, reason));
        return;
      }
      kid.social.add(new SwEp(w, s, e, reason));
      s = e;
      reason = rng.weighted(SW_REASON);
    }
  }
}
