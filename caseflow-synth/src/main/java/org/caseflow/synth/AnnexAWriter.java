package org.caseflow.synth;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.caseflow.domain.schema.Column;
import org.caseflow.domain.schema.Table;
import org.caseflow.synth.Model.Assessment;
import org.caseflow.synth.Model.CarePeriod;
import org.caseflow.synth.Model.CinEp;
import org.caseflow.synth.Model.ClaEp;
import org.caseflow.synth.Model.Cpp;
import org.caseflow.synth.Model.Kid;
import org.caseflow.synth.Model.S47;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the Ofsted Annex A workbook (lists 1 to 11) for the 12 months to 31 March. Headers are the
 * Annex A column names the canonical tables record as their sources. The xlsx is rewritten with a
 * fixed creation date and fixed zip entry times so that it is byte-identical between runs.
 */
final class AnnexAWriter {
  private static final List<Table> LISTS =
      List.of(
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
  private static final String AGE = "Age of Child (Years)";

  private AnnexAWriter() {}

  /** The header row of a list: the common child columns, then the list's own. */
  static List<String> headers(Table t) {
    List<String> h = new ArrayList<>();
    for (Column c : t.columns()) {
      h.add(header(c));
      if (c.name().equals("birth_date")) {
        h.add(AGE);
      }
    }
    return h;
  }

  private static String header(Column c) {
    return switch (c.name()) {
      case "child_id" -> "Child Unique ID";
      case "sex" -> "Gender";
      case "birth_date" -> "Date of Birth";
      default -> c.source();
    };
  }

  static Counts write(List<Kid> kids, Years y, long seed, Path file) throws IOException {
    Map<Table, List<Map<String, Object>>> lists = new LinkedHashMap<>();
    for (Table t : LISTS) {
      lists.put(t, new ArrayList<>());
    }
    fill(kids, y, seed, lists);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Counts c = new Counts();
    OutputStream raw = Files.newOutputStream(tmp);
    Workbook wb = new Workbook(raw, "caseflow-synth", "1.0");
    for (int i = 0; i < LISTS.size(); i++) {
      Table t = LISTS.get(i);
      Worksheet ws = wb.newWorksheet("List " + (i + 1));
      List<String> h = headers(t);
      for (int col = 0; col < h.size(); col++) {
        ws.value(0, col, h.get(col));
      }
      int row = 1;
      for (Map<String, Object> r : lists.get(t)) {
        int col = 0;
        for (Column column : t.columns()) {
          put(ws, row, col++, r.get(column.name()));
          if (column.name().equals("birth_date")) {
            put(ws, row, col++, r.get("age"));
          }
        }
        row++;
      }
      c.add(t, lists.get(t).size());
    }
    wb.finish();
    raw.close();
    try (OutputStream out = Files.newOutputStream(file)) {
      normalise(tmp, y.end, out);
    } finally {
      Files.delete(tmp);
    }
    return c;
  }

  private static void put(Worksheet ws, int row, int col, Object v) {
    if (v == null) {
      return;
    }
    if (v instanceof LocalDate d) {
      ws.value(row, col, Years.uk(d));
    } else if (v instanceof Boolean b) {
      ws.value(row, col, b ? "Yes" : "No");
    } else if (v instanceof Integer n) {
      ws.value(row, col, n);
    } else {
      ws.value(row, col, v.toString());
    }
  }

  /** Copies the xlsx zip with fixed entry times and a fixed document creation date. */
  static void normalise(Path xlsx, LocalDate created, OutputStream out) throws IOException {
    long time = created.atStartOfDay().toEpochSecond(java.time.ZoneOffset.UTC) * 1000;
    try (ZipFile in = new ZipFile(xlsx.toFile());
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        byte[] data;
        try (java.io.InputStream is = in.getInputStream(e)) {
          data = is.readAllBytes();
        }
        if (e.getName().equals("docProps/core.xml")) {
          String s = new String(data, StandardCharsets.UTF_8);
          s =
              s.replaceAll(
                  "(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                  "$1" + created + "T00:00:00Z$2");
          data = s.getBytes(StandardCharsets.UTF_8);
        }
        ZipEntry n = new ZipEntry(e.getName());
        n.setTime(time);
        zip.putNextEntry(n);
        zip.write(data);
        zip.closeEntry();
      }
    }
  }

  private static Map<String, Object> child(Kid k, Years y) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("child_id", k.id);
    m.put("sex", k.sex == 'M' ? "Male" : "Female");
    m.put("ethnicity", k.ethnicity);
    m.put("birth_date", k.dob);
    m.put("age", Math.max(0, k.ageOn(y.end)));
    m.put("has_disability", k.hasDisability());
    return m;
  }

  private static String team(Kid k) {
    return "Team " + (char) ('A' + Math.floorMod(k.seq, 6));
  }

  private static String worker(Kid k, LocalDate on) {
    String w = null;
    for (Model.SwEp s : k.social) {
      if (!s.start().isAfter(on)) {
        w = s.worker();
      }
    }
    return w;
  }

  private static void fill(
      List<Kid> kids, Years y, long seed, Map<Table, List<Map<String, Object>>> lists) {
    Rng r = Rng.derived(seed, 11, y.year);
    int referrals = 0;
    for (Kid k : kids) {
      if (k.dob.isAfter(y.end)) {
        continue;
      }
      String worker = worker(k, y.end);
      for (CinEp e : k.cin) {
        if (y.in(e.contact)) {
          Map<String, Object> m = child(k, y);
          m.put("contact_date", e.contact);
          m.put("contact_source", y.source(e.source));
          lists.get(Table.AA_CONTACT).add(m);
        }
        if (y.in(e.referral)) {
          referrals++;
          Map<String, Object> m = child(k, y);
          m.put("referral_date", e.referral);
          m.put("referral_source", y.source(e.source));
          m.put("referral_nfa", e.nfa);
          int n = 0;
          for (CinEp o : k.cin) {
            if (o.referral.isBefore(e.referral)
                && !o.referral.isBefore(e.referral.minusMonths(12))) {
              n++;
            }
          }
          m.put("referrals_last_12_months", n);
          m.put("allocated_team", team(k));
          m.put("allocated_worker", worker);
          lists.get(Table.AA_REFERRAL).add(m);
        }
        for (Assessment a : e.assessments) {
          if (y.overlaps(a.start(), a.auth())) {
            Map<String, Object> m = child(k, y);
            m.put("start_date", a.start());
            m.put("child_seen", true);
            LocalDate auth = y.known(a.auth());
            m.put("authorisation_date", auth);
            m.put("requires_support", auth == null ? null : a.needsSupport());
            m.put("allocated_team", team(k));
            m.put("allocated_worker", worker);
            lists.get(Table.AA_ASSESSMENT).add(m);
          }
        }
        for (S47 s : e.s47s) {
          if (y.in(s.start())) {
            Map<String, Object> m = child(k, y);
            m.put("start_date", s.start());
            m.put("icpc_not_required", s.notRequired());
            LocalDate icpc = y.known(s.icpc());
            m.put("icpc_date", icpc);
            m.put("icpc_led_to_plan", icpc == null ? null : s.plan());
            m.put("s47_last_12_months", 0);
            m.put("icpc_last_12_months", 0);
            m.put("allocated_team", team(k));
            m.put("allocated_worker", worker);
            lists.get(Table.AA_SECTION47).add(m);
          }
        }
        if (!e.nfa && y.overlaps(e.referral, e.closure)) {
          Map<String, Object> m = child(k, y);
          m.put("start_date", e.referral);
          m.put("primary_need", e.need);
          LocalDate closed = y.known(e.closure);
          m.put(
              "last_seen_date",
              closed != null ? closed : y.end.minusDays(Math.floorMod(k.seq, 28)));
          m.put("closure_date", closed);
          m.put("reason_for_closure", closed == null ? null : y.closure(e.reason));
          m.put("case_status", status(k, e, y));
          m.put("allocated_team", team(k));
          m.put("allocated_worker", worker);
          lists.get(Table.AA_CHILD_IN_NEED).add(m);
        }
        for (Cpp p : e.cpps) {
          if (y.overlaps(p.start, p.end)) {
            Map<String, Object> m = child(k, y);
            m.put("start_date", p.start);
            m.put("initial_category", p.initial);
            m.put("latest_category", p.latest);
            LocalDate end = y.known(p.end);
            LocalDate last = end != null ? end : y.end.minusDays(Math.floorMod(k.seq, 12));
            m.put("last_visit_date", last);
            m.put("seen_alone", k.ageOn(last) >= 5 && Math.floorMod(k.seq, 5) != 0);
            LocalDate rv = null;
            for (LocalDate d : p.reviews) {
              if (!d.isAfter(y.end)) {
                rv = d;
              }
            }
            m.put("latest_review_date", rv);
            m.put("end_date", end);
            m.put("emergency_protection", Math.floorMod(k.seq, 20) == 0);
            m.put("previous_plans", p.previous);
            m.put("allocated_team", team(k));
            m.put("allocated_worker", worker);
            lists.get(Table.AA_CHILD_PROTECTION).add(m);
          }
        }
      }
      inCare(k, y, worker, lists);
      leaver(k, y, worker, lists);
      adoption(k, y, lists);
    }
    // contacts that went no further, and early help assessments
    if (!kids.isEmpty()) {
      int extra = (int) Math.round(referrals * 1.4);
      for (int i = 0; i < extra; i++) {
        Kid k = kids.get(r.nextInt(kids.size()));
        LocalDate d = r.dateBetween(y.start, y.end);
        if (k.dob.isAfter(d) || k.ageOn(d) >= 18) {
          continue;
        }
        Map<String, Object> m = child(k, y);
        m.put("contact_date", d);
        m.put("contact_source", y.source(r.pick(List.of("6", "2A", "3A", "1A", "5D", "8", "9"))));
        lists.get(Table.AA_CONTACT).add(m);
      }
      int help = (int) Math.round(referrals * 0.5);
      for (int i = 0; i < help; i++) {
        Kid k = kids.get(r.nextInt(kids.size()));
        LocalDate d = r.dateBetween(y.start, y.end);
        if (k.dob.isAfter(d) || k.ageOn(d) >= 18) {
          continue;
        }
        Map<String, Object> m = child(k, y);
        m.put("start_date", d);
        m.put("completion_date", y.known(d.plusDays(r.between(10, 70))));
        m.put(
            "organisation",
            r.pick(
                List.of(
                    "Hospital trust",
                    "Children's centre (council)",
                    "Children's centre (commissioned)",
                    "School")));
        lists.get(Table.AA_EARLY_HELP).add(m);
      }
    }
  }

  private static String status(Kid k, CinEp e, Years y) {
    for (CarePeriod p : k.care) {
      if (!p.shortBreak && y.overlaps(p.start(), p.end()) && !p.start().isAfter(y.end)) {
        if (p.end() == null || p.end().isAfter(y.end)) {
          return "a) Looked after child";
        }
      }
    }
    for (Cpp p : e.cpps) {
      if (!p.start.isAfter(y.end) && (p.end == null || p.end.isAfter(y.end))) {
        return "b) Child Protection plan";
      }
    }
    return e.plans.isEmpty() ? "d) Open assessment" : "c) Child in need plan";
  }

  private static void inCare(
      Kid k, Years y, String worker, Map<Table, List<Map<String, Object>>> lists) {
    CarePeriod last = null;
    for (CarePeriod p : k.care) {
      if (!p.shortBreak && y.overlaps(p.start(), p.end())) {
        last = p;
      }
    }
    if (last == null) {
      return;
    }
    ClaEp cur = null;
    int placements = 0;
    LocalDate lsStart = last.start();
    String ls = null;
    for (ClaEp e : last.eps) {
      if (!e.start.isAfter(y.end)) {
        if (cur == null || !e.ls.equals(cur.ls)) {
          lsStart = e.start;
        }
        cur = e;
        ls = e.ls;
        if (y.overlaps(e.start, e.end) && !"L".equals(e.rne)) {
          placements++;
        }
      }
    }
    Map<String, Object> m = child(k, y);
    m.put("uasc", k.uasc);
    m.put("start_date", last.start());
    m.put("category_of_need", cur.cin);
    m.put("second_period_12_months", false);
    m.put("legal_status_start_date", lsStart);
    m.put("legal_status", ls);
    LocalDate rv = null;
    for (LocalDate d : last.reviews) {
      if (!d.isAfter(y.end)) {
        rv = d;
      }
    }
    m.put("latest_review_date", rv);
    LocalDate ended = y.known(last.end());
    LocalDate ref = ended != null ? ended : y.end;
    m.put("last_visit_date", ref.minusDays(Math.floorMod(k.seq, 40)));
    m.put("permanence_plan", k.ageOn(ref) < 5 ? "Adoption" : "Long-term fostering");
    m.put("last_iro_contact_date", ref.minusDays(Math.floorMod(k.seq, 90)));
    m.put("last_health_assessment_date", ref.minusDays(Math.floorMod(k.seq * 7, 330)));
    m.put("last_dental_check_date", ref.minusDays(Math.floorMod(k.seq * 11, 400)));
    m.put("placements_last_12_months", placements);
    m.put("ceased_date", ended);
    m.put("reason_ceased", ended == null ? null : last.reasonEnded());
    m.put("placement_start_date", cur.start);
    m.put("placement_type", y.place(cur.place, k.seq));
    m.put("placement_provider", cur.provider);
    m.put("placement_postcode", cur.plPost);
    m.put("placement_urn", cur.urn);
    boolean in = cur.plPost != null && cur.plPost.startsWith("TS1") && cur.plPost.length() == 6;
    m.put("placement_location", cur.plPost == null ? null : in ? "IN" : "OUT");
    m.put("placement_la", null);
    int missing = 0;
    int absent = 0;
    for (Model.Missing x : k.missing) {
      if (y.in(x.start())) {
        if (x.type().equals("M")) {
          missing++;
        } else {
          absent++;
        }
      }
    }
    m.put("missing_last_12_months", missing);
    m.put("absent_last_12_months", absent);
    m.put("return_interview_offered", missing + absent > 0 ? Boolean.TRUE : null);
    m.put("return_interview_accepted", missing + absent > 0 ? k.seq % 3 != 0 : null);
    m.put("allocated_team", "Children in care");
    m.put("allocated_worker", worker);
    lists.get(Table.AA_CHILD_IN_CARE).add(m);
  }

  private static void leaver(
      Kid k, Years y, String worker, Map<Table, List<Map<String, Object>>> lists) {
    int age = k.ageOn(y.end);
    if (age < 16 || age > 21) {
      return;
    }
    CarePeriod left = null;
    for (CarePeriod p : k.care) {
      if (!p.shortBreak && p.end() != null && !p.end().isAfter(y.end)) {
        left = p;
      } else if (!p.shortBreak && !p.start().isAfter(y.end)) {
        return;
      }
    }
    if (left == null || k.ageOn(left.end()) < 16) {
      return;
    }
    String rec = left.reasonEnded();
    if ((rec.startsWith("E1") && !rec.equals("E13") && !rec.equals("E17"))
        || rec.startsWith("E4")) {
      return;
    }
    long days = ChronoUnit.DAYS.between(left.start(), left.end());
    if (days < 91) {
      return;
    }
    Map<String, Object> m = child(k, y);
    m.put("uasc", k.uasc);
    m.put("allocated_team", "Leaving care");
    m.put("allocated_worker", worker);
    m.put("personal_adviser", "PA" + (100 + Math.floorMod(k.seq, 30)));
    m.put("eligibility", age >= 18 ? "Former relevant" : "Relevant");
    m.put("pathway_plan_review_date", y.end.minusDays(Math.floorMod(k.seq * 3, 200)));
    boolean touch = Math.floorMod(k.seq, 20) != 0;
    m.put("in_touch", touch ? "Yes" : "No");
    m.put("latest_contact_date", y.end.minusDays(Math.floorMod(k.seq * 5, touch ? 60 : 300)));
    m.put("accommodation", touch ? "Independent living" : null);
    m.put("accommodation_suitable", touch ? Boolean.TRUE : null);
    m.put("activity", touch ? (k.seq % 2 == 0 ? "Education" : "NEET") : null);
    lists.get(Table.AA_CARE_LEAVER).add(m);
  }

  private static void adoption(Kid k, Years y, Map<Table, List<Map<String, Object>>> lists) {
    for (CarePeriod p : k.care) {
      if (p.decision == null || p.decision.isAfter(y.end) || !y.overlaps(p.start(), p.end())) {
        continue;
      }
      String family = "F" + k.id;
      Map<String, Object> m = child(k, y);
      m.put("family_id", family);
      m.put("entered_care_date", p.start());
      m.put("decision_date", p.decision);
      m.put("placement_order_date", y.known(p.placementOrder));
      LocalDate match = y.known(p.match);
      m.put("match_date", match);
      LocalDate placed = null;
      for (ClaEp e : p.eps) {
        if (e.place.startsWith("A") && !e.start.isAfter(y.end)) {
          placed = e.start;
          break;
        }
      }
      m.put("placed_date", placed);
      String rec = p.reasonEnded();
      LocalDate order = "E11".equals(rec) || "E12".equals(rec) ? y.known(p.end()) : null;
      m.put("adoption_order_date", order);
      LocalDate reversed = y.known(p.decisionCeased);
      m.put("decision_reversed_date", reversed);
      m.put("reason_reversed", reversed == null ? null : p.decisionCeasedReason);
      lists.get(Table.AA_ADOPTION).add(m);
      if (match != null) {
        for (int i = 0; i < p.adopters; i++) {
          Map<String, Object> a = new LinkedHashMap<>();
          a.put("adopter_id", "AD" + k.id + (i + 1));
          a.put("family_id", family);
          String s = p.adopterSex;
          a.put(
              "sex", s.charAt(Math.min(i, s.length() - 1) == 0 ? 0 : 1) == 'M' ? "Male" : "Female");
          a.put("ethnicity", "WBRI");
          a.put("has_disability", false);
          a.put("fostering_for_adoption", p.fosterCarerAdoption);
          LocalDate approved = p.decision.minusDays(30);
          a.put("enquiry_date", approved.minusDays(300));
          a.put("stage1_start_date", approved.minusDays(280));
          a.put("stage1_end_date", approved.minusDays(220));
          a.put("stage2_start_date", approved.minusDays(200));
          a.put("stage2_end_date", approved.minusDays(40));
          a.put("application_date", approved.minusDays(200));
          a.put("approval_date", approved);
          a.put("match_date", match);
          a.put("placed_date", placed);
          a.put("children_placed", placed == null ? null : 1);
          a.put("adoption_order_date", order);
          lists.get(Table.AA_ADOPTER).add(a);
        }
      }
    }
  }
}
