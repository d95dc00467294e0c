package org.caseflow.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The simulated council's children and their journeys, known in full (the returns see less). */
final class Model {
  private Model() {}

  static final class Child {
    final String id;
    final LocalDate birth;
    final String sex;
    final String ethnicity;
    final String upn;
    final String disability;
    final List<CinEpisode> episodes = new ArrayList<>();
    final List<CarePeriod> care = new ArrayList<>();
    final List<Contact> contacts = new ArrayList<>();
    boolean uasc;
    LocalDate lastReferral;

    Child(String id, LocalDate birth, String sex, String ethnicity, String upn, String disability) {
      this.id = id;
      this.birth = birth;
      this.sex = sex;
      this.ethnicity = ethnicity;
      this.upn = upn;
      this.disability = disability;
    }

    boolean hasOpenEpisode(LocalDate day) {
      for (CinEpisode e : episodes) {
        if (!e.referral.isAfter(day) && (e.closure == null || e.closure.isAfter(day))) {
          return true;
        }
      }
      return false;
    }

    LocalDate eighteenth() {
      return birth.plusYears(18);
    }
  }

  static final class Contact {
    final LocalDate date;
    final String source;
    final boolean earlyHelp;
    final LocalDate earlyHelpCompleted;
    final String organisation;

    Contact(
        LocalDate date,
        String source,
        boolean earlyHelp,
        LocalDate earlyHelpCompleted,
        String organisation) {
      this.date = date;
      this.source = source;
      this.earlyHelp = earlyHelp;
      this.earlyHelpCompleted = earlyHelpCompleted;
      this.organisation = organisation;
    }
  }

  static final class CinEpisode {
    final LocalDate referral;
    final String source;
    final boolean nfa;
    String need;
    LocalDate closure;
    String closureReason;
    Assessment assessment;
    final List<Section47> s47s = new ArrayList<>();
    final List<CpPlan> plans = new ArrayList<>();
    LocalDate cinPlanStart;
    LocalDate cinPlanEnd;

    CinEpisode(LocalDate referral, String source, boolean nfa) {
      this.referral = referral;
      this.source = source;
      this.nfa = nfa;
    }
  }

  record Assessment(LocalDate start, LocalDate authorised, List<String> factors) {}

  record Section47(LocalDate start, LocalDate icpcTarget, LocalDate icpc, boolean notRequired) {}

  static final class CpPlan {
    final LocalDate start;
    LocalDate end;
    final String initial;
    String latest;
    final int previous;
    final List<LocalDate> reviews = new ArrayList<>();

    CpPlan(LocalDate start, String initial, int previous) {
      this.start = start;
      this.initial = initial;
      this.latest = initial;
      this.previous = previous;
    }
  }

  /** A period of care: consecutive episodes joined by X1. */
  static final class CarePeriod {
    final List<ClaEpisode> episodes = new ArrayList<>();
    final List<LocalDate> reviews = new ArrayList<>();
    final List<Missing> missing = new ArrayList<>();
    final List<SocialWorker> workers = new ArrayList<>();
    LocalDate adoptionDecision;
    LocalDate match;
    boolean byFosterCarer;
    String homePostcode;
    boolean shortBreaks;

    LocalDate start() {
      return episodes.get(0).start;
    }

    LocalDate end() {
      return episodes.get(episodes.size() - 1).end;
    }

    String reasonCeased() {
      return episodes.get(episodes.size() - 1).reasonCeased;
    }
  }

  static final class ClaEpisode {
    final LocalDate start;
    final String rne;
    final String legalStatus;
    final String placement;
    final String provider;
    final String placementPostcode;
    final String urn;
    LocalDate end;
    String reasonCeased;
    String reasonPlaceChange;

    ClaEpisode(
        LocalDate start,
        String rne,
        String legalStatus,
        String placement,
        String provider,
        String placementPostcode,
        String urn) {
      this.start = start;
      this.rne = rne;
      this.legalStatus = legalStatus;
      this.placement = placement;
      this.provider = provider;
      this.placementPostcode = placementPostcode;
      this.urn = urn;
    }
  }

  record Missing(String type, LocalDate start, LocalDate end) {}

  record SocialWorker(String id, LocalDate start, LocalDate end, String reason) {}
}
