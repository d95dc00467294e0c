package org.caseflow.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The simulated children and everything that happened to them. */
final class Model {
  private Model() {}

  static final class Kid {
    final int seq;
    final String id;
    final LocalDate dob;
    final char sex;
    final String ethnicity;
    final String upn;
    final List<String> disabilities;
    final List<CinEp> cin = new ArrayList<>();
    final List<CarePeriod> care = new ArrayList<>();
    final List<Missing> missing = new ArrayList<>();
    final List<SwEp> social = new ArrayList<>();
    LocalDate uascCeased;
    boolean uasc;
    int cpPlans;
    LocalDate lastReferral;
    LocalDate busyUntil;
    LocalDate motherChildDob;
    LocalDate died;
    boolean adult;

    Kid(
        int seq,
        String id,
        LocalDate dob,
        char sex,
        String ethnicity,
        String upn,
        List<String> disabilities) {
      this.seq = seq;
      this.id = id;
      this.dob = dob;
      this.sex = sex;
      this.ethnicity = ethnicity;
      this.upn = upn;
      this.disabilities = disabilities;
    }

    LocalDate birthday(int age) {
      return dob.plusYears(age);
    }

    int ageOn(LocalDate d) {
      return java.time.Period.between(dob, d).getYears();
    }

    boolean hasDisability() {
      return !disabilities.isEmpty() && !disabilities.get(0).equals("NONE");
    }
  }

  static final class CinEp {
    LocalDate referral;
    String source;
    String need;
    LocalDate closure;
    String reason;
    boolean nfa;
    final List<Assessment> assessments = new ArrayList<>();
    final List<Span> plans = new ArrayList<>();
    final List<S47> s47s = new ArrayList<>();
    final List<Cpp> cpps = new ArrayList<>();
    LocalDate contact;
  }

  record Span(LocalDate start, LocalDate end) {}

  record Assessment(LocalDate start, LocalDate auth, List<String> factors, boolean needsSupport) {}

  record S47(
      LocalDate start, LocalDate target, LocalDate icpc, boolean notRequired, boolean plan) {}

  static final class Cpp {
    LocalDate start;
    LocalDate end;
    String initial;
    String latest;
    int previous;
    final List<LocalDate> reviews = new ArrayList<>();
  }

  static final class CarePeriod {
    final List<ClaEp> eps = new ArrayList<>();
    final List<LocalDate> reviews = new ArrayList<>();
    boolean shortBreak;
    String prevPerm = "Z1";
    LocalDate prevPermDate;
    LocalDate decision;
    LocalDate placementOrder;
    LocalDate match;
    LocalDate decisionCeased;
    String decisionCeasedReason;
    boolean fosterCarerAdoption;
    int adopters;
    String adopterSex;
    String adopterLs;

    LocalDate start() {
      return eps.get(0).start;
    }

    /** Date care ended, null if still looked after at the end of the simulation. */
    LocalDate end() {
      return eps.get(eps.size() - 1).end;
    }

    String reasonEnded() {
      return eps.get(eps.size() - 1).rec;
    }

    ClaEp last() {
      return eps.get(eps.size() - 1);
    }
  }

  static final class ClaEp {
    LocalDate start;
    String rne;
    String ls;
    String cin;
    String place;
    String provider;
    LocalDate end;
    String rec;
    String reasonChange;
    String homePost;
    String plPost;
    String urn;

    ClaEp copy() {
      ClaEp e = new ClaEp();
      e.start = start;
      e.rne = rne;
      e.ls = ls;
      e.cin = cin;
      e.place = place;
      e.provider = provider;
      e.homePost = homePost;
      e.plPost = plPost;
      e.urn = urn;
      return e;
    }
  }

  record Missing(String type, LocalDate start, LocalDate end) {}

  record SwEp(String worker, LocalDate start, LocalDate end, String reason) {}
}
