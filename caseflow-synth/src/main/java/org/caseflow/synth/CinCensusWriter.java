package org.caseflow.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caseflow.domain.schema.Table;
import org.caseflow.synth.Model.Assessment;
import org.caseflow.synth.Model.CinEp;
import org.caseflow.synth.Model.Cpp;
import org.caseflow.synth.Model.Kid;
import org.caseflow.synth.Model.S47;
import org.caseflow.synth.Model.Span;

/** Writes one year's CIN census XML in that year's schema variant. */
final class CinCensusWriter {
  private CinCensusWriter() {}

  static Counts write(List<Kid> kids, String la, Years y, Path file) throws IOException {
    return write(kids, la, y, file, null);
  }

  /** Writes the census, with the CIN plants of a typical or migration return when given. */
  static Counts write(List<Kid> kids, String la, Years y, Path file, Planting plants)
      throws IOException {
    Counts c = new Counts();
    int[] rows = new int[2]; // children, episodes written
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      Xml x = new Xml(w, 2);
      x.open("Message");
      x.open("Header");
      x.open("CollectionDetails");
      x.leaf("Collection", "CIN");
      x.leaf("Year", String.valueOf(y.year));
      x.leaf("ReferenceDate", y.end.toString());
      x.close("CollectionDetails");
      x.open("Source");
      x.leaf("SourceLevel", "L");
      x.leaf("LEA", la);
      x.leaf("SoftwareCode", "caseflow-synth");
      x.leaf("Release", "1");
      x.leaf("SerialNo", "001");
      x.leaf("DateTime", y.end.plusDays(14) + "T09:00:00");
      x.close("Source");
      x.close("Header");
      x.open("Children");
      for (Kid k : kids) {
        List<CinEp> eps = new ArrayList<>();
        for (CinEp e : k.cin) {
          if (y.overlaps(e.referral, e.closure)) {
            eps.add(e);
          }
        }
        if (eps.isEmpty()) {
          continue;
        }
        child(x, k, eps, y, c, plants, rows);
      }
      x.close("Children");
      x.close("Message");
    }
    return c;
  }

  private static void child(
      Xml x, Kid k, List<CinEp> eps, Years y, Counts c, Planting plants, int[] rows)
      throws IOException {
    c.add(Table.CHILD);
    rows[0]++;
    x.open("Child");
    x.open("ChildIdentifiers");
    x.leaf("LAchildID", k.id);
    if (k.ageOn(y.end) >= 5) {
      x.leaf("UPN", plants == null ? k.upn : plants.cinUpn(k.id, k.upn, y.year, rows[0]));
    } else {
      x.leaf("UPNunknown", "UN1");
    }
    x.leaf("PersonBirthDate", k.dob.toString());
    if (y.year < 2025) {
      x.leaf("GenderCurrent", k.sex == 'M' ? "1" : "2");
    } else {
      x.leaf("Sex", String.valueOf(k.sex));
    }
    if (k.died != null && !k.died.isAfter(y.end)) {
      x.leaf("PersonDeathDate", k.died.toString());
    }
    x.close("ChildIdentifiers");
    x.open("ChildCharacteristics");
    x.leaf("Ethnicity", k.ethnicity);
    if (!k.disabilities.isEmpty()) {
      x.open("Disabilities");
      for (String d : k.disabilities) {
        x.leaf("Disability", d);
        c.add(Table.CHILD_DISABILITY);
      }
      x.close("Disabilities");
    }
    x.close("ChildCharacteristics");
    for (CinEp e : eps) {
      rows[1]++;
      episode(x, k, e, y, c, plants, rows[1]);
    }
    x.close("Child");
  }

  private static void episode(Xml x, Kid k, CinEp e, Years y, Counts c, Planting plants, int row)
      throws IOException {
    c.add(Table.CIN_EPISODE);
    x.open("CINdetails");
    x.leaf("CINreferralDate", e.referral.toString());
    x.leaf("ReferralSource", y.source(e.source));
    x.leaf("PrimaryNeedCode", e.need);
    LocalDate closed = y.known(e.closure);
    if (closed != null) {
      String[] keyed = {closed.toString(), y.closure(e.reason)};
      if (plants != null) {
        keyed = plants.cinClosure(k.id, e.referral, closed, keyed[1], bare(e, y), y, row, x.line());
      }
      x.leaf("CINclosureDate", keyed[0]);
      if (keyed[1] != null) {
        x.leaf("ReasonForClosure", keyed[1]);
      }
    }
    // only work open in the year: an assessment, plan or enquiry that ended before 1 April is
    // history, not this census's (rules 8696, 4013, 8715, 8930)
    for (Assessment a : e.assessments) {
      if (a.start().isAfter(y.end) || a.auth().isBefore(y.start)) {
        continue;
      }
      c.add(Table.ASSESSMENT);
      x.open("Assessments");
      x.leaf("AssessmentActualStartDate", a.start().toString());
      LocalDate auth = y.known(a.auth());
      if (auth != null) {
        x.leaf("AssessmentAuthorisationDate", auth.toString());
        List<String> f = y.factors(a.factors());
        x.open("FactorsIdentifiedAtAssessment");
        for (String s : f) {
          x.leaf("AssessmentFactors", s);
          c.add(Table.ASSESSMENT_FACTOR);
        }
        x.close("FactorsIdentifiedAtAssessment");
      }
      x.close("Assessments");
    }
    if (y.year >= 2022) {
      for (Span p : e.plans) {
        if (p.start().isAfter(y.end) || (p.end() != null && p.end().isBefore(y.start))) {
          continue;
        }
        c.add(Table.CIN_PLAN);
        x.open("CINPlanDates");
        x.leaf("CINPlanStartDate", p.start().toString());
        LocalDate end = y.known(p.end());
        if (end != null) {
          x.leaf("CINPlanEndDate", end.toString());
        }
        x.close("CINPlanDates");
      }
    }
    for (S47 s : e.s47s) {
      LocalDate ended = s.icpc() != null ? s.icpc() : s.target();
      if (s.start().isAfter(y.end) || ended.isBefore(y.start)) {
        continue;
      }
      c.add(Table.SECTION47);
      x.open("Section47");
      x.leaf("S47ActualStartDate", s.start().toString());
      x.leaf("InitialCPCtarget", s.target().toString());
      LocalDate icpc = y.known(s.icpc());
      if (icpc != null) {
        x.leaf("DateOfInitialCPC", icpc.toString());
      }
      x.leaf("ICPCnotRequired", s.notRequired() ? "1" : "0");
      x.close("Section47");
    }
    x.leaf("ReferralNFA", e.nfa ? "1" : "0");
    for (Cpp p : e.cpps) {
      if (p.start.isAfter(y.end) || (p.end != null && p.end.isBefore(y.start))) {
        continue;
      }
      c.add(Table.CP_PLAN);
      x.open("ChildProtectionPlans");
      x.leaf("CPPstartDate", p.start.toString());
      LocalDate end = y.known(p.end);
      if (end != null) {
        x.leaf("CPPendDate", end.toString());
      }
      x.leaf("InitialCategoryOfAbuse", p.initial);
      x.leaf("LatestCategoryOfAbuse", p.latest);
      x.leaf("NumberOfPreviousCPP", String.valueOf(p.previous));
      List<LocalDate> reviews = new ArrayList<>();
      for (LocalDate r : p.reviews) {
        if (!r.isAfter(y.end) && !r.isBefore(y.start)) {
          reviews.add(r);
        }
      }
      if (!reviews.isEmpty()) {
        x.open("Reviews");
        for (LocalDate r : reviews) {
          x.leaf("CPPreviewDate", r.toString());
          c.add(Table.CP_REVIEW);
        }
        x.close("Reviews");
      }
      x.close("ChildProtectionPlans");
    }
    x.close("CINdetails");
  }

  /** Whether the census holds no assessment, plan or enquiry of the episode. */
  private static boolean bare(CinEp e, Years y) {
    for (Assessment a : e.assessments) {
      if (!a.start().isAfter(y.end) && !a.auth().isBefore(y.start)) {
        return false;
      }
    }
    for (Span p : e.plans) {
      if (!p.start().isAfter(y.end) && (p.end() == null || !p.end().isBefore(y.start))) {
        return false;
      }
    }
    for (S47 s : e.s47s) {
      LocalDate ended = s.icpc() != null ? s.icpc() : s.target();
      if (!s.start().isAfter(y.end) && !ended.isBefore(y.start)) {
        return false;
      }
    }
    for (Cpp p : e.cpps) {
      if (!p.start.isAfter(y.end) && (p.end == null || !p.end.isBefore(y.start))) {
        return false;
      }
    }
    return true;
  }
}
