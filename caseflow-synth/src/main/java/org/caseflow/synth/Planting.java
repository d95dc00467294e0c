package org.caseflow.synth;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseflow.synth.Ssda903.File;

/**
 * Plants the errors of a {@code typical} or {@code migration} return into the latest year's SSDA903
 * (the return a council is still preparing; earlier years are as submitted, clean), and lists each
 * in the manifest with the rules it triggers. Each plant touches one child, who gets no other, and
 * is chosen so that it triggers exactly the rules listed. Rates are per eligible row
 * (docs/synth.md).
 */
final class Planting {
  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** One planted error: the rule it triggers, the child, the table and its row (from 1). */
  record Planted(
      String ret, int year, String rule, String child, String table, String[] row, Family f) {}

  /** A family of plants: what it does, its rate per eligible row, the rules it triggers. */
  enum Family {
    UPN_MISSING("UPN left blank (and 208 when last year's return had one)", 0.01, "442"),
    REASON_CHANGE_UNKNOWN(
        "reason for placement change keyed as an unknown code", 0.02, "1009", "CF-UNKNOWN-CODE"),
    REASON_CHANGE_MISSING("reason for placement change left blank", 0.02, "225"),
    MISSING_WRONG_ORDER("missing period's end keyed before its start", 0.03, "567"),
    MISSING_OVERLAP("missing periods overlapping", 0.05, "574"),
    MISSING_KEYED_EARLY(
        "missing period's start keyed a year early, before care began", 0.03, "581"),
    REKEYED(
        "child re-keyed with a new id at the migration (562 when care began before the year, 559"
            + " when a decision to place for adoption came before it)",
        0.03),
    CLOSED_REOPENED("episode closed and reopened on the migration date", 0.03, "435"),
    REVIEW_MISSING(
        "review date lost in the migration", 0.03, "166", "167", "CF-MISSING-REQUIRED-FIELD"),
    REASON_CEASED_MISSING("reason episode ceased lost in the migration", 0.02, "148"),
    GAP(
        "episode closed before the migration date, the next opened on it",
        0.02,
        "433",
        "388",
        "435"),
    CIN_UPN_CHECK_LETTER("CIN census UPN keyed with a wrong check letter", 0.01, "1510"),
    CIN_CLOSED_BEFORE_REFERRAL(
        "CIN census closure date keyed the day before the referral",
        0.03,
        "8630",
        "CF-END-BEFORE-START"),
    CIN_REASON_MISSING("CIN census reason for closure left blank", 0.02, "8805");

    final String what;
    final double rate;
    final List<String> rules;

    Family(String what, double rate, String... rules) {
      this.what = what;
      this.rate = rate;
      this.rules = List.of(rules);
    }

    boolean migration() {
      return ordinal() >= REKEYED.ordinal() && ordinal() <= GAP.ordinal();
    }
  }

  private final List<Planted> planted = new ArrayList<>();
  private final List<String> families = new ArrayList<>();
  private final Quality quality;
  private final long seed;
  private final int lastYear;
  private final Map<String, String> rekeyed = new LinkedHashMap<>();

  Planting(Quality quality, long seed, int lastYear) {
    this.quality = quality;
    this.seed = seed;
    this.lastYear = lastYear;
  }

  /** Plants into the return if it is the latest year's and the quality asks for errors. */
  void plant(Ssda903 r, Ssda903 previous) {
    if (quality == Quality.CLEAN || r.y.year != lastYear) {
      return;
    }
    Set<String> touched = new HashSet<>();
    Set<String> before = new HashSet<>();
    if (previous != null) {
      for (String[] h : previous.rows.get(File.HEADER)) {
        before.add(h[0]);
      }
    }
    // a child whose rows sit in last year's return and this one is judged against last year; the
    // migration plants are made first, so that the typical ones avoid the children they touch
    if (quality == Quality.MIGRATION) {
      LocalDate migration = LocalDate.of(r.y.year - 1, 10, 1);
      if (previous != null) {
        rekey(r, before, touched);
      }
      closeAndReopen(r, migration, touched, Family.CLOSED_REOPENED, 0);
      closeAndReopen(r, migration, touched, Family.GAP, 3);
      blankReviews(r, touched);
      blankReasonCeased(r, touched);
    }
    blankUpns(r, touched, before);
    reasonChange(r, touched, Family.REASON_CHANGE_UNKNOWN, "MOVED");
    reasonChange(r, touched, Family.REASON_CHANGE_MISSING, "");
    missingWrongOrder(r, touched);
    missingOverlap(r, touched);
    missingKeyedEarly(r, touched);
  }

  private Rng rng(Family f, int year) {
    return Rng.derived(seed, 1313, f.ordinal(), year);
  }

  private static int col(File f, String name) {
    return f.columns.indexOf(name);
  }

  private void record(Family f, Ssda903 r, File file, String child, String[] row, String... also) {
    List<String> rules = new ArrayList<>(f.rules);
    rules.addAll(List.of(also));
    for (String rule : rules) {
      planted.add(new Planted("SSDA903", r.y.year, rule, child, file.fileName, row, f));
    }
    families.add(f.name());
  }

  private void blankUpns(Ssda903 r, Set<String> touched, Set<String> before) {
    Rng g = rng(Family.UPN_MISSING, r.y.year);
    int upn = col(File.HEADER, "UPN");
    int ls = col(File.EPISODES, "LS");
    // 442 asks for a UPN of a child looked after other than in short breaks
    Set<String> lookedAfter = new HashSet<>();
    for (String[] e : r.rows.get(File.EPISODES)) {
      if (!e[ls].equals("V3") && !e[ls].equals("V4")) {
        lookedAfter.add(e[0]);
      }
    }
    for (String[] h : r.rows.get(File.HEADER)) {
      if (touched.contains(h[0])
          || !lookedAfter.contains(h[0])
          || !h[upn].matches("[A-Z]\\d{12}")) {
        continue;
      }
      if (g.chance(Family.UPN_MISSING.rate)) {
        h[upn] = "";
        touched.add(h[0]);
        // a UPN recorded last year and none now also disagrees with last year's (208)
        if (before.contains(h[0])) {
          record(Family.UPN_MISSING, r, File.HEADER, h[0], h, "208");
        } else {
          record(Family.UPN_MISSING, r, File.HEADER, h[0], h);
        }
      }
    }
  }

  private void reasonChange(Ssda903 r, Set<String> touched, Family f, String value) {
    Rng g = rng(f, r.y.year);
    int reason = col(File.EPISODES, "REASON_PLACE_CHANGE");
    for (String[] e : r.rows.get(File.EPISODES)) {
      if (touched.contains(e[0]) || e[reason].isEmpty()) {
        continue;
      }
      if (g.chance(f.rate)) {
        e[reason] = value;
        touched.add(e[0]);
        record(f, r, File.EPISODES, e[0], e);
      }
    }
  }

  /** Children with an episode still open at 31 March (nothing they are missing from has ended). */
  private static Set<String> openAtEnd(Ssda903 r) {
    Set<String> open = new HashSet<>();
    int dec = col(File.EPISODES, "DEC");
    for (String[] e : r.rows.get(File.EPISODES)) {
      if (e[dec].isEmpty()) {
        open.add(e[0]);
      }
    }
    return open;
  }

  private void missingWrongOrder(Ssda903 r, Set<String> touched) {
    Rng g = rng(Family.MISSING_WRONG_ORDER, r.y.year);
    int s = col(File.MISSING, "MIS_START");
    int e = col(File.MISSING, "MIS_END");
    Map<String, Integer> count = countBy(r.rows.get(File.MISSING));
    Set<String> open = openAtEnd(r);
    for (String[] m : r.rows.get(File.MISSING)) {
      if (touched.contains(m[0])
          || count.get(m[0]) != 1
          || !open.contains(m[0])
          || m[e].isEmpty()
          || !date(m[e]).isAfter(date(m[s]))
          || !r.y.in(date(m[s]))) {
        continue;
      }
      if (g.chance(Family.MISSING_WRONG_ORDER.rate)) {
        String t = m[s];
        m[s] = m[e];
        m[e] = t;
        touched.add(m[0]);
        record(Family.MISSING_WRONG_ORDER, r, File.MISSING, m[0], m);
      }
    }
  }

  private void missingOverlap(Ssda903 r, Set<String> touched) {
    Rng g = rng(Family.MISSING_OVERLAP, r.y.year);
    int s = col(File.MISSING, "MIS_START");
    int e = col(File.MISSING, "MIS_END");
    Map<String, List<String[]>> byChild = new LinkedHashMap<>();
    for (String[] m : r.rows.get(File.MISSING)) {
      byChild.computeIfAbsent(m[0], k -> new ArrayList<>()).add(m);
    }
    Set<String> open = openAtEnd(r);
    for (Map.Entry<String, List<String[]>> c : byChild.entrySet()) {
      List<String[]> ms = c.getValue();
      if (touched.contains(c.getKey()) || ms.size() != 2 || !open.contains(c.getKey())) {
        continue;
      }
      String[] a = ms.get(0);
      String[] b = ms.get(1);
      if (a[e].isEmpty()
          || b[e].isEmpty()
          || !date(b[s]).isAfter(date(a[e]))
          || !date(b[e]).isAfter(date(b[s]))
          || !r.y.in(date(a[s]))) {
        continue;
      }
      if (g.chance(Family.MISSING_OVERLAP.rate)) {
        a[e] = uk(date(b[s]).plusDays(1));
        touched.add(c.getKey());
        record(Family.MISSING_OVERLAP, r, File.MISSING, c.getKey(), b);
      }
    }
  }

  private void missingKeyedEarly(Ssda903 r, Set<String> touched) {
    Rng g = rng(Family.MISSING_KEYED_EARLY, r.y.year);
    int s = col(File.MISSING, "MIS_START");
    int dob = col(File.MISSING, "DOB");
    int decom = col(File.EPISODES, "DECOM");
    Map<String, Integer> count = countBy(r.rows.get(File.MISSING));
    Map<String, LocalDate> firstStart = new HashMap<>();
    for (String[] e : r.rows.get(File.EPISODES)) {
      firstStart.merge(e[0], date(e[decom]), (a, b) -> a.isBefore(b) ? a : b);
    }
    for (String[] m : r.rows.get(File.MISSING)) {
      LocalDate first = firstStart.get(m[0]);
      if (touched.contains(m[0])
          || count.get(m[0]) != 1
          || first == null
          || first.isBefore(r.y.start)
          || !date(m[s]).minusYears(1).isAfter(date(m[dob]).plusYears(1))) {
        continue;
      }
      if (g.chance(Family.MISSING_KEYED_EARLY.rate)) {
        m[s] = uk(date(m[s]).minusYears(1));
        touched.add(m[0]);
        record(Family.MISSING_KEYED_EARLY, r, File.MISSING, m[0], m);
      }
    }
  }

  // ------------------------------------------------------------------ migration

  private void rekey(Ssda903 r, Set<String> lastYear, Set<String> touched) {
    Rng g = rng(Family.REKEYED, r.y.year);
    Set<String> inCare = new HashSet<>();
    for (String[] e : r.rows.get(File.EPISODES)) {
      inCare.add(e[0]);
    }
    for (String[] h : r.rows.get(File.HEADER)) {
      // a care leaver not looked after this year is left alone (1002 would read the loaded years)
      if (lastYear.contains(h[0])
          && inCare.contains(h[0])
          && !touched.contains(h[0])
          && g.chance(Family.REKEYED.rate)) {
        String fresh = h[0].substring(0, 3) + "9" + h[0].substring(4);
        rekeyed.put(h[0], fresh);
      }
    }
    for (List<String[]> rows : r.rows.values()) {
      for (String[] row : rows) {
        String fresh = rekeyed.get(row[0]);
        if (fresh != null) {
          row[0] = fresh;
        }
      }
    }
    Set<String> before = new HashSet<>();
    int decom = col(File.EPISODES, "DECOM");
    for (String[] e : r.rows.get(File.EPISODES)) {
      if (date(e[decom]).isBefore(r.y.start)) {
        before.add(e[0]);
      }
    }
    Set<String> decidedBefore = new HashSet<>();
    int placed = col(File.PLACED_ADOPTION, "DATE_PLACED");
    for (String[] p : r.rows.get(File.PLACED_ADOPTION)) {
      if (!p[placed].isEmpty() && date(p[placed]).isBefore(r.y.start)) {
        decidedBefore.add(p[0]);
      }
    }
    for (String[] h : r.rows.get(File.HEADER)) {
      if (rekeyed.containsValue(h[0])) {
        touched.add(h[0]);
        // care that began before the year, with no episode last year under the new id (562); a
        // decision to place for adoption before the year, with none last year (559)
        List<String> also = new ArrayList<>();
        if (before.contains(h[0])) {
          also.add("562");
        }
        if (decidedBefore.contains(h[0])) {
          also.add("559");
        }
        record(Family.REKEYED, r, File.HEADER, h[0], h, also.toArray(String[]::new));
      }
    }
  }

  private void closeAndReopen(
      Ssda903 r, LocalDate migration, Set<String> touched, Family f, int gapDays) {
    Rng g = rng(f, r.y.year);
    int decom = col(File.EPISODES, "DECOM");
    int rne = col(File.EPISODES, "RNE");
    int dec = col(File.EPISODES, "DEC");
    int rec = col(File.EPISODES, "REC");
    int reason = col(File.EPISODES, "REASON_PLACE_CHANGE");
    int ls = col(File.EPISODES, "LS");
    List<String[]> eps = r.rows.get(File.EPISODES);
    Map<String, Integer> count = countBy(eps);
    for (int i = 0; i < eps.size(); i++) {
      String[] e = eps.get(i);
      if (touched.contains(e[0])
          || count.get(e[0]) != 1
          || !e[dec].isEmpty()
          || e[ls].equals("V3")
          || e[ls].equals("V4")
          || !date(e[decom]).isBefore(migration.minusDays(gapDays + 1))) {
        continue;
      }
      if (g.chance(f.rate)) {
        String[] next = e.clone();
        e[dec] = uk(migration.minusDays(gapDays));
        e[rec] = "X1";
        e[reason] = "OTHER";
        next[decom] = uk(migration);
        next[rne] = "P";
        eps.add(i + 1, next);
        touched.add(e[0]);
        record(f, r, File.EPISODES, e[0], next);
        i++;
      }
    }
  }

  private void blankReviews(Ssda903 r, Set<String> touched) {
    Rng g = rng(Family.REVIEW_MISSING, r.y.year);
    int review = col(File.REVIEWS, "REVIEW");
    for (String[] v : r.rows.get(File.REVIEWS)) {
      if (!touched.contains(v[0]) && g.chance(Family.REVIEW_MISSING.rate)) {
        v[review] = "";
        touched.add(v[0]);
        record(Family.REVIEW_MISSING, r, File.REVIEWS, v[0], v);
      }
    }
  }

  /** Reasons care ended whose loss no other rule notices (not adoption, 602; not death, 1000). */
  private static final Set<String> COMMON_ENDINGS = Set.of("E4A", "E8", "E13");

  private void blankReasonCeased(Ssda903 r, Set<String> touched) {
    Rng g = rng(Family.REASON_CEASED_MISSING, r.y.year);
    int rec = col(File.EPISODES, "REC");
    Map<String, Integer> count = countBy(r.rows.get(File.EPISODES));
    for (String[] e : r.rows.get(File.EPISODES)) {
      if (touched.contains(e[0]) || count.get(e[0]) != 1 || !COMMON_ENDINGS.contains(e[rec])) {
        continue;
      }
      if (g.chance(Family.REASON_CEASED_MISSING.rate)) {
        e[rec] = "";
        touched.add(e[0]);
        record(Family.REASON_CEASED_MISSING, r, File.EPISODES, e[0], e);
      }
    }
  }

  // ------------------------------------------------------------------ manifest

  /** Writes manifest.csv: one line per (planted error, rule), rows as they stand in the files. */
  /** The letters a UPN's check letter is one of (A to Z without I, O and S). */
  private static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

  private final Set<String> cinTouched = new HashSet<>();
  private final Map<Family, Rng> cinRng = new java.util.EnumMap<>(Family.class);
  private final Map<String[], Integer> cinRows = new IdentityHashMap<>();

  /** Whether the CIN census of the year gets plants. */
  boolean plantsCin(int year) {
    return quality != Quality.CLEAN && year == lastYear;
  }

  private boolean cinDraw(Family f, String child, int year) {
    if (!plantsCin(year) || cinTouched.contains(child)) {
      return false;
    }
    return cinRng.computeIfAbsent(f, x -> rng(x, year + 1000)).chance(f.rate);
  }

  /**
   * Records a CIN plant; an import finding's line (CF-...) names the file and its line, as the
   * import reports it, the rules' the table and row.
   */
  private void cinRecord(Family f, int year, String child, String table, int row, int line) {
    cinTouched.add(child);
    String[] key = {child};
    String[] at = {child, "line"};
    cinRows.put(key, row);
    cinRows.put(at, line);
    for (String rule : f.rules) {
      planted.add(
          rule.startsWith("CF-")
              ? new Planted("CIN census", year, rule, child, "cin_census_" + year + ".xml", at, f)
              : new Planted("CIN census", year, rule, child, table, key, f));
    }
    families.add(f.name());
  }

  /**
   * The UPN the CIN census gives a child: a real UPN (13 characters, its check letter first) may be
   * keyed with another check letter (1510 alone: the UPN keeps its form).
   *
   * @param row the child's row in the census (from 1)
   */
  String cinUpn(String child, String upn, int year, int row) {
    if (upn == null
        || !upn.matches("[A-Z]\\d{12}")
        || !cinDraw(Family.CIN_UPN_CHECK_LETTER, child, year)) {
      return upn;
    }
    int i = CHECK_LETTERS.indexOf(upn.charAt(0));
    char wrong = CHECK_LETTERS.charAt((i + 1 + Math.floorMod(child.hashCode(), 21)) % 23);
    cinRecord(Family.CIN_UPN_CHECK_LETTER, year, child, "Child", row, 0);
    return wrong + upn.substring(1);
  }

  /**
   * The closure date and reason the CIN census gives an episode closed in the year: the closure may
   * be keyed the day before the referral (8630 alone, for an episode with nothing else in this
   * census: no assessment, plan or enquiry, and referred after 1 April so that the date stays in
   * the year), or the reason left blank (8805 alone).
   *
   * @param bare whether the episode has no assessment, plan or enquiry in this census
   * @param row the episode's row in the census (from 1)
   * @param line the file's line the closure date goes on (the import's finding names it)
   * @return {closure, reason}
   */
  String[] cinClosure(
      String child,
      LocalDate referral,
      LocalDate closure,
      String reason,
      boolean bare,
      Years y,
      int row,
      int line) {
    if (closure == null || !plantsCin(y.year)) {
      return new String[] {closure == null ? null : closure.toString(), reason};
    }
    if (bare
        && referral.isAfter(y.start)
        && cinDraw(Family.CIN_CLOSED_BEFORE_REFERRAL, child, y.year)) {
      cinRecord(Family.CIN_CLOSED_BEFORE_REFERRAL, y.year, child, "CINdetails", row, line);
      return new String[] {referral.minusDays(1).toString(), reason};
    }
    if (cinDraw(Family.CIN_REASON_MISSING, child, y.year)) {
      cinRecord(Family.CIN_REASON_MISSING, y.year, child, "CINdetails", row, 0);
      return new String[] {closure.toString(), null};
    }
    return new String[] {closure.toString(), reason};
  }

  void writeManifest(Path dir, Map<Integer, Ssda903> returns) throws IOException {
    if (quality == Quality.CLEAN) {
      return;
    }
    Map<String[], Integer> rowNo = new IdentityHashMap<>();
    for (Ssda903 r : returns.values()) {
      for (List<String[]> rows : r.rows.values()) {
        for (int i = 0; i < rows.size(); i++) {
          rowNo.put(rows.get(i), i + 1);
        }
      }
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("manifest.csv"), StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(w)) {
      csv.writeRecord("return", "year", "rule", "child", "table", "row", "planted");
      for (Planted p : planted) {
        csv.writeRecord(
            p.ret(),
            String.valueOf(p.year()),
            p.rule(),
            p.child(),
            p.table(),
            String.valueOf(
                rowNo.containsKey(p.row()) ? rowNo.get(p.row()) : cinRows.getOrDefault(p.row(), 0)),
            p.f().what);
      }
    }
  }

  List<Planted> planted() {
    return List.copyOf(planted);
  }

  private static Map<String, Integer> countBy(List<String[]> rows) {
    Map<String, Integer> n = new HashMap<>();
    for (String[] row : rows) {
      n.merge(row[0], 1, Integer::sum);
    }
    return n;
  }

  private static LocalDate date(String uk) {
    return LocalDate.parse(uk, UK);
  }

  private static String uk(LocalDate d) {
    return d.format(UK);
  }
}
