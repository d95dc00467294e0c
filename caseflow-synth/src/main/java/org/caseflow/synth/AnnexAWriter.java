package org.caseflow.synth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.Table;
import org.caseflow.synth.Model.CarePeriod;
import org.caseflow.synth.Model.Child;
import org.caseflow.synth.Model.CinEpisode;
import org.caseflow.synth.Model.ClaEpisode;
import org.caseflow.synth.Model.Contact;
import org.caseflow.synth.Model.CpPlan;
import org.caseflow.synth.Model.Section47;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes an Ofsted Annex A workbook for the 12 months to 31 March of a year, lists 1 to 11 with the
 * headers and lettered values councils export ({@code a) Male}, {@code a) Yes}).
 */
final class AnnexAWriter {
  private static final List<String> COMMON =
      List.of("Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)");

  private AnnexAWriter() {}

  static Counts write(Path file, CollectionYear year, List<Child> children) throws IOException {
    LocalDate ref = year.end();
    LocalDate start = year.start();
    Counts counts = new Counts();
    counts.declare(
        Table.AA_CONTACT,
        Table.AA_EARLY_HELP,
        Table.AA_REFERRAL,
        Table.AA_ASSESSMENT,
        Table.AA_SECTION47,
        Table.AA_CHILD_IN_NEED,
        Table.AA_CHILD_PROTECTION,
        Table.AA_CHILD_IN_CARE,
        Table.AA_CARE_LEAVER,
        Table.AA_ADOPTION,
        Table.AA_ADOPTER);
    try (OutputStream os = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(os, "caseflow", "1.0");
      Sheet l1 = new Sheet(wb, "List 1", "Date of Contact", "Contact Source");
      Sheet l2 =
          new Sheet(
              wb,
              "List 2",
              "Assessment start date",
              "Assessment completion date",
              "Organisation completing assessment");
      Sheet l3 =
          new Sheet(
              wb,
              "List 3",
              "Date of referral",
              "Referral Source",
              "Referral NFA?",
              "Number of Referrals in Last 12 Months",
              "Allocated Team",
              "Allocated Worker");
      Sheet l4 =
          new Sheet(
              wb,
              "List 4",
              "Does the Child have a Disability",
              "Continuous Assessment Start Date",
              "Child Seen During Continuous Assessment",
              "Continuous Assessment Date of Authorisation",
              "Was the child assessed as requiring LA children's social care support?",
              "Allocated Team",
              "Allocated Worker");
      Sheet l5 =
          new Sheet(
              wb,
              "List 5",
              "Does the Child have a Disability",
              "Strategy discussion initiating Section 47 Enquiry Start Date",
              "Was an ICPC deemed unnecessary?",
              "Date of ICPC",
              "Did the ICPC result in a Child Protection Plan",
              "Allocated Team",
              "Allocated Worker");
      Sheet l6 =
          new Sheet(
              wb,
              "List 6",
              "Does the Child have a Disability",
              "CIN Start Date",
              "Primary Need Code",
              "CIN Closure Date",
              "Reason for Closure",
              "Allocated Team",
              "Allocated Worker");
      Sheet l7 =
          new Sheet(
              wb,
              "List 7",
              "Does the Child have a Disability",
              "CPP Start Date",
              "Initial Category of Abuse",
              "Latest Category of Abuse",
              "Date of latest review conference",
              "CPP End Date",
              "Number of Previous Child Protection Plans",
              "Allocated Team",
              "Allocated Worker");
      Sheet l8 =
          new Sheet(
              wb,
              "List 8",
              "Does the Child have a Disability",
              "Date Started to be Looked After",
              "Legal Status",
              "Date Ceased to be Looked After",
              "Reason Ceased to be Looked After",
              "Start Date of Most Recent Placement",
              "Placement Type",
              "Allocated Team",
              "Allocated Worker");
      Sheet l9 =
          new Sheet(
              wb,
              "List 9",
              "Does the Child have a Disability",
              "Latest Date of Contact",
              "Type of Accommodation",
              "Suitability of Accommodation",
              "Activity Status");
      Sheet l10 =
          new Sheet(
              wb,
              "List 10",
              "Date the Child Entered Care",
              "Date of ADM decision that child should be placed for adoption",
              "Date of Adoption Order");
      Sheet l11 =
          new Sheet(
              wb,
              "List 11",
              List.of(
                  "Individual adopter identifier",
                  "Family identifier",
                  "Gender",
                  "Ethnicity",
                  "Date enquiry received",
                  "Date left process"));
      for (Child c : children) {
        for (Contact k : c.contacts) {
          if (in(k.date, start, ref)) {
            l1.row(c, ref).date(k.date).text(k.source);
            counts.add(Table.AA_CONTACT);
          }
          if (k.earlyHelp && in(k.earlyHelpCompleted, start, ref)) {
            l2.row(c, ref).date(k.date.plusDays(7)).date(k.earlyHelpCompleted).text(k.organisation);
            counts.add(Table.AA_EARLY_HELP);
          }
        }
        for (CinEpisode e : c.episodes) {
          if (in(e.referral, start, ref)) {
            l3.row(c, ref)
                .date(e.referral)
                .text(e.source)
                .yes(e.nfa)
                .number(
                    c.episodes.stream()
                        .filter(
                            x ->
                                x.referral.isAfter(e.referral.minusYears(1))
                                    && !x.referral.isAfter(e.referral))
                        .count())
                .text("Team " + (1 + Math.floorMod(c.id.hashCode(), 6)))
                .text("Worker");
            counts.add(Table.AA_REFERRAL);
          }
          if (e.assessment != null && in(e.assessment.start(), start, ref)) {
            boolean done = !e.assessment.authorised().isAfter(ref);
            l4.row(c, ref)
                .yes(!"NONE".equals(c.disability))
                .date(e.assessment.start())
                .yes(true)
                .date(done ? e.assessment.authorised() : null)
                .yes(done ? !"RC8".equals(e.closureReason) : null)
                .text("Team 1")
                .text("Worker");
            counts.add(Table.AA_ASSESSMENT);
          }
          for (Section47 s : e.s47s) {
            if (in(s.start(), start, ref)) {
              boolean held = s.icpc() != null && !s.icpc().isAfter(ref);
              l5.row(c, ref)
                  .yes(!"NONE".equals(c.disability))
                  .date(s.start())
                  .yes(s.notRequired())
                  .date(held ? s.icpc() : null)
                  .yes(held ? !e.plans.isEmpty() : null)
                  .text("Team 2")
                  .text("Worker");
              counts.add(Table.AA_SECTION47);
            }
          }
          boolean open =
              !e.referral.isAfter(ref) && (e.closure == null || !e.closure.isBefore(start));
          if (open && !e.nfa) {
            boolean closed = e.closure != null && !e.closure.isAfter(ref);
            l6.row(c, ref)
                .yes(!"NONE".equals(c.disability))
                .date(e.referral)
                .text(e.need)
                .date(closed ? e.closure : null)
                .text(closed ? e.closureReason : null)
                .text("Team 3")
                .text("Worker");
            counts.add(Table.AA_CHILD_IN_NEED);
          }
          for (CpPlan p : e.plans) {
            if (!p.start.isAfter(ref) && (p.end == null || !p.end.isBefore(start))) {
              boolean ended = p.end != null && !p.end.isAfter(ref);
              LocalDate lastReview =
                  p.reviews.stream().filter(r -> !r.isAfter(ref)).reduce((a, b) -> b).orElse(null);
              l7.row(c, ref)
                  .yes(!"NONE".equals(c.disability))
                  .date(p.start)
                  .text(p.initial)
                  .text(p.latest)
                  .date(lastReview)
                  .date(ended ? p.end : null)
                  .number(p.previous)
                  .text("Team 4")
                  .text("Worker");
              counts.add(Table.AA_CHILD_PROTECTION);
            }
          }
        }
        for (CarePeriod p : c.care) {
          if (p.shortBreaks
              || p.start().isAfter(ref)
              || (p.end() != null && p.end().isBefore(start))) {
            continue;
          }
          ClaEpisode last = null;
          for (ClaEpisode e : p.episodes) {
            if (!e.start.isAfter(ref)) {
              last = e;
            }
          }
          boolean ceased = p.end() != null && !p.end().isAfter(ref);
          l8.row(c, ref)
              .yes(!"NONE".equals(c.disability))
              .date(p.start())
              .text(last.legalStatus)
              .date(ceased ? p.end() : null)
              .text(ceased ? p.reasonCeased() : null)
              .date(last.start)
              .text(last.placement)
              .text("Team 5")
              .text("Worker");
          counts.add(Table.AA_CHILD_IN_CARE);
          if (p.adoptionDecision != null && !p.adoptionDecision.isAfter(ref)) {
            boolean adopted = ceased && p.reasonCeased().startsWith("E1");
            l10.row(c, ref).date(p.start()).date(p.adoptionDecision).date(adopted ? p.end() : null);
            counts.add(Table.AA_ADOPTION);
          }
        }
        if (Ssda903Writer.careLeaver(c, start, ref)) {
          l9.row(c, ref)
              .yes(!"NONE".equals(c.disability))
              .date(ref.minusDays(20))
              .text("Independent living")
              .text("Suitable")
              .text("Education");
          counts.add(Table.AA_CARE_LEAVER);
        }
      }
      wb.finish();
    }
    fixTimestamps(file);
    return counts;
  }

  private static boolean in(LocalDate d, LocalDate start, LocalDate end) {
    return d != null && !d.isBefore(start) && !d.isAfter(end);
  }

  /** One list sheet being written. */
  private static final class Sheet {
    private final Worksheet ws;
    private int row;
    private int col;

    Sheet(Workbook wb, String name, String... columns) {
      this(wb, name, concat(columns));
    }

    Sheet(Workbook wb, String name, List<String> header) {
      ws = wb.newWorksheet(name);
      for (int i = 0; i < header.size(); i++) {
        ws.value(0, i, header.get(i));
      }
    }

    private static List<String> concat(String... columns) {
      List<String> all = new ArrayList<>(COMMON);
      all.addAll(List.of(columns));
      return all;
    }

    Sheet row(Child c, LocalDate ref) {
      row++;
      col = 0;
      text(c.id);
      text(c.sex.equals("M") ? "a) Male" : "b) Female");
      text(c.ethnicity);
      date(c.birth.isAfter(ref) ? null : c.birth);
      number(c.birth.isAfter(ref) ? 0 : ChronoUnit.YEARS.between(c.birth, ref));
      return this;
    }

    Sheet text(String v) {
      if (v != null) {
        ws.value(row, col, v);
      }
      col++;
      return this;
    }

    Sheet number(long v) {
      ws.value(row, col++, v);
      return this;
    }

    Sheet yes(Boolean v) {
      return text(v == null ? null : v ? "a) Yes" : "b) No");
    }

    Sheet date(LocalDate d) {
      if (d != null) {
        ws.value(row, col, d);
        ws.style(row, col).format("dd/mm/yyyy").set();
      }
      col++;
      return this;
    }
  }

  /** Rewrites the workbook with fixed entry times and creation date, so seeds give equal bytes. */
  static void fixTimestamps(Path file) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile());
        ZipOutputStream zout = new ZipOutputStream(out)) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        byte[] data;
        try (InputStream in = zip.getInputStream(e)) {
          data = in.readAllBytes();
        }
        if (e.getName().equals("docProps/core.xml") || e.getName().equals("docProps/app.xml")) {
          String s = new String(data, StandardCharsets.UTF_8);
          s =
              s.replaceAll(
                  "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z", "2000-01-01T00:00:00Z");
          data = s.getBytes(StandardCharsets.UTF_8);
        }
        ZipEntry n = new ZipEntry(e.getName());
        n.setTime(315532800000L); // 1980-01-01, the zip epoch
        zout.putNextEntry(n);
        zout.write(data);
        zout.closeEntry();
      }
    }
    Files.write(file, out.toByteArray());
  }
}
