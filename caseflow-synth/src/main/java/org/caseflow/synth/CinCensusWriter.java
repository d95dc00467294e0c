package org.caseflow.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.Table;
import org.caseflow.synth.Model.Child;
import org.caseflow.synth.Model.CinEpisode;
import org.caseflow.synth.Model.CpPlan;
import org.caseflow.synth.Model.Section47;

/**
 * Writes one year's CIN census XML as the council would have returned it on its reference date:
 * episodes open at any time in the year, with nothing that happened after 31 March, in the schema
 * variant of the year (GenderCurrent or Sex, factor codes, CIN plan dates, 5D and RC9).
 */
final class CinCensusWriter {
  private CinCensusWriter() {}

  static Counts write(Path file, String la, CollectionYear year, List<Child> children)
      throws IOException {
    LocalDate ref = year.end();
    LocalDate start = year.start();
    int y = year.endYear();
    Counts counts = new Counts();
    counts.declare(
        Table.CHILD,
        Table.CHILD_DISABILITY,
        Table.CIN_EPISODE,
        Table.ASSESSMENT,
        Table.ASSESSMENT_FACTOR,
        Table.CIN_PLAN,
        Table.SECTION47,
        Table.CP_PLAN,
        Table.CP_REVIEW,
        Table.PRE_PROCEEDINGS);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n<Header>\n");
      w.write("<CollectionDetails><Collection>CIN</Collection><Year>" + y + "</Year>");
      w.write("<ReferenceDate>" + ref + "</ReferenceDate></CollectionDetails>\n");
      w.write("<Source><SourceLevel>L</SourceLevel><LEA>" + la + "</LEA>");
      w.write("<SoftwareCode>caseflow-synth</SoftwareCode><Release>1</Release>");
      w.write("<SerialNo>1</SerialNo><DateTime>" + ref.plusDays(30) + "T09:00:00</DateTime>");
      w.write("</Source>\n</Header>\n<Children>\n");
      for (Child c : children) {
        List<CinEpisode> eps =
            c.episodes.stream()
                .filter(e -> !e.referral.isAfter(ref))
                .filter(e -> e.closure == null || !e.closure.isBefore(start))
                .toList();
        if (eps.isEmpty()) {
          continue;
        }
        counts.add(Table.CHILD);
        w.write("<Child>\n<ChildIdentifiers>");
        el(w, "LAchildID", c.id);
        boolean unborn = c.birth.isAfter(ref);
        if (unborn) {
          el(w, "UPNunknown", "UN1");
          el(w, "ExpectedPersonBirthDate", c.birth.toString());
        } else {
          if (c.birth.isBefore(ref.minusYears(5))) {
            el(w, "UPN", c.upn);
          } else {
            el(w, "UPNunknown", "UN1");
          }
          el(w, "PersonBirthDate", c.birth.toString());
        }
        if (y >= 2025) {
          el(w, "Sex", unborn ? "U" : c.sex);
        } else {
          el(w, "GenderCurrent", unborn ? "0" : c.sex.equals("M") ? "1" : "2");
        }
        w.write("</ChildIdentifiers>\n<ChildCharacteristics>");
        el(w, "Ethnicity", c.ethnicity);
        w.write("<Disabilities>");
        el(w, "Disability", c.disability);
        counts.add(Table.CHILD_DISABILITY);
        w.write("</Disabilities></ChildCharacteristics>\n");
        for (CinEpisode e : eps) {
          counts.add(Table.CIN_EPISODE);
          w.write("<CINdetails>");
          el(w, "CINreferralDate", e.referral.toString());
          el(w, "ReferralSource", source(e.source, y));
          el(w, "PrimaryNeedCode", e.need);
          if (e.closure != null && !e.closure.isAfter(ref)) {
            el(w, "CINclosureDate", e.closure.toString());
            el(
                w,
                "ReasonForClosure",
                y < 2023 && e.closureReason.equals("RC9") ? "RC8" : e.closureReason);
          }
          el(w, "ReferralNFA", e.nfa ? "true" : "false");
          if (e.assessment != null && !e.assessment.start().isAfter(ref)) {
            counts.add(Table.ASSESSMENT);
            w.write("<Assessments>");
            el(w, "AssessmentActualStartDate", e.assessment.start().toString());
            if (!e.assessment.authorised().isAfter(ref)) {
              el(w, "AssessmentAuthorisationDate", e.assessment.authorised().toString());
              w.write("<FactorsIdentifiedAtAssessment>");
              for (String f : e.assessment.factors()) {
                el(w, "AssessmentFactors", factor(f, y));
                counts.add(Table.ASSESSMENT_FACTOR);
              }
              w.write("</FactorsIdentifiedAtAssessment>");
            }
            w.write("</Assessments>");
          }
          if (y >= 2022 && e.cinPlanStart != null && !e.cinPlanStart.isAfter(ref)) {
            counts.add(Table.CIN_PLAN);
            w.write("<CINPlanDates>");
            el(w, "CINPlanStartDate", e.cinPlanStart.toString());
            if (e.cinPlanEnd != null && !e.cinPlanEnd.isAfter(ref)) {
              el(w, "CINPlanEndDate", e.cinPlanEnd.toString());
            }
            w.write("</CINPlanDates>");
          }
          for (Section47 s : e.s47s) {
            if (s.start().isAfter(ref)) {
              continue;
            }
            counts.add(Table.SECTION47);
            w.write("<Section47>");
            el(w, "S47ActualStartDate", s.start().toString());
            el(w, "InitialCPCtarget", s.icpcTarget().toString());
            if (s.icpc() != null && !s.icpc().isAfter(ref)) {
              el(w, "DateOfInitialCPC", s.icpc().toString());
            }
            el(w, "ICPCnotRequired", s.notRequired() ? "true" : "false");
            w.write("</Section47>");
          }
          for (CpPlan p : e.plans) {
            if (p.start.isAfter(ref)) {
              continue;
            }
            counts.add(Table.CP_PLAN);
            w.write("<ChildProtectionPlans>");
            el(w, "CPPstartDate", p.start.toString());
            if (p.end != null && !p.end.isAfter(ref)) {
              el(w, "CPPendDate", p.end.toString());
            }
            el(w, "InitialCategoryOfAbuse", p.initial);
            el(w, "LatestCategoryOfAbuse", p.latest);
            el(w, "NumberOfPreviousCPP", Integer.toString(p.previous));
            w.write("<Reviews>");
            for (LocalDate r : p.reviews) {
              if (!r.isAfter(ref)) {
                el(w, "CPPreviewDate", r.toString());
                counts.add(Table.CP_REVIEW);
              }
            }
            w.write("</Reviews></ChildProtectionPlans>");
          }
          w.write("</CINdetails>\n");
        }
        w.write("</Child>\n");
      }
      w.write("</Children>\n</Message>\n");
    }
    return counts;
  }

  private static String source(String s, int y) {
    return y < 2023 && s.equals("5D") ? "5C" : s;
  }

  private static String factor(String f, int y) {
    if (y >= 2021) {
      return switch (f) {
        case "18A" -> "18C";
        case "19A" -> "19C";
        default -> y < 2022 && f.equals("24A") ? "13A" : f;
      };
    }
    return switch (f) {
      case "18B", "18C" -> "18A";
      case "19B", "19C" -> "19A";
      case "24A" -> "13A";
      default -> f;
    };
  }

  private static void el(BufferedWriter w, String name, String value) throws IOException {
    if (value == null) {
      return;
    }
    w.write('<');
    w.write(name);
    w.write('>');
    w.write(value);
    w.write("</");
    w.write(name);
    w.write('>');
  }
}
