package org.caseflow.ingest.ssda903;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.caseflow.domain.codes.Ethnicity;
import org.caseflow.domain.period.CollectionYear;

/**
 * The code lists of the SSDA903 fields, with the collection years in which each code is valid.
 * Years are named by the year they end (2025 is 2024-25). Sources: the DfE 903 guidance as captured
 * in the liia-tools schemas and the d2i validator rules (see docs/indicators section 2.2).
 */
final class CodeLists {
  private static final int ALWAYS_FROM = 0;
  private static final int ALWAYS_TO = 9999;

  /** The years in which a code is valid, both ends included. */
  record Span(int from, int to) {
    boolean always() {
      return from == ALWAYS_FROM && to == ALWAYS_TO;
    }

    boolean contains(CollectionYear year) {
      return year.endYear() >= from && year.endYear() <= to;
    }
  }

  private static final Span ALWAYS = new Span(ALWAYS_FROM, ALWAYS_TO);
  private static final Map<String, Map<String, Span>> LISTS = new HashMap<>();
  private static final Map<String, String> EXPECTED = new ConcurrentHashMap<>();

  static {
    always("RNE", "S", "L", "P", "T", "B", "U");
    always("LS", "C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3", "J1", "J2", "J3");
    always("CIN", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8");
    always(
        "PLACE", "A3", "A4", "A5", "A6", "K1", "K2", "P1", "P3", "R1", "R2", "R3", "R5", "S1", "T0",
        "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6");
    // H5 and P2 end with 2023-24; the DfE validator still accepts them in 2024-25 (open episodes
    // continuing across the year boundary), so they are tolerated until then.
    span("PLACE", 0, 2025, "H5", "P2");
    span("PLACE", 2025, ALWAYS_TO, "K3");
    span("PLACE", 0, 2025, "Z1");
    span("PLACE", 2026, ALWAYS_TO, "Z11", "Z12", "Z13", "Z14");
    always("PLACE_PROVIDER", "PR0", "PR1", "PR2", "PR3", "PR4", "PR5");
    always(
        "REC", "X1", "E11", "E12", "E13", "E14", "E15", "E16", "E17", "E2", "E3", "E41", "E4A",
        "E4B", "E5", "E6", "E7", "E8", "E9");
    span("REC", 0, 2018, "E43", "E44");
    span("REC", 2019, ALWAYS_TO, "E45", "E46", "E47", "E48");
    always(
        "REASON_PLACE_CHANGE",
        "CARPL",
        "CLOSE",
        "ALLEG",
        "STAND",
        "APPRR",
        "CREQB",
        "CREQO",
        "CHILD",
        "LAREQ",
        "PLACE",
        "OTHER");
    span("REASON_PLACE_CHANGE", 2019, ALWAYS_TO, "CUSTOD");
    always("REVIEW_CODE", "PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7");
    always("MISSING", "M", "A");
    always("SDQ_REASON", "SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5");
    always("IN_TOUCH", "YES", "NO", "DIED", "REFU", "NREQ", "RHOM");
    always("ACTIV", "F1", "P1", "F2", "P2", "G4", "G5", "G6", "0");
    span("ACTIV", 0, 2021, "F3", "P3");
    span("ACTIV", 2022, ALWAYS_TO, "F4", "P4", "F5", "P5");
    always(
        "ACCOM", "B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2", "K1", "K2",
        "R1", "R2", "S1", "S2", "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X1", "X2", "Y1",
        "Y2", "Z1", "Z2", "0");
    always("SEX_ADOPTR", "M1", "F1", "MM", "FF", "MF");
    always("LS_ADOPTR", "L0", "L11", "L12", "L2", "L3", "L4");
    always("REASON_PLACED_CEASED", "RD1", "RD2", "RD3", "RD4");
    always("PREV_PERM", "P1", "P2", "P3", "P4", "Z1");
    always(
        "SW_REASON",
        "MANAGE",
        "FCONTA",
        "LEFTRL",
        "ORGRST",
        "TSPROC",
        "ABSENC",
        "CHCHAN",
        "PCCHAN",
        "SWDIED",
        "OTHERS");
    always("ETHNIC", Ethnicity.CODES.toArray(new String[0]));
    // SEX: 1 male, 2 female until 2023-24; M, F, U from 2024-25.
    span("SEX", 0, 2024, "1", "2");
    span("SEX", 2025, ALWAYS_TO, "M", "F", "U");
  }

  private CodeLists() {}

  private static void always(String field, String... codes) {
    span(field, ALWAYS_FROM, ALWAYS_TO, codes);
  }

  private static void span(String field, int from, int to, String... codes) {
    Span s = from == ALWAYS_FROM && to == ALWAYS_TO ? ALWAYS : new Span(from, to);
    Map<String, Span> list = LISTS.computeIfAbsent(field, f -> new HashMap<>());
    for (String c : codes) {
      list.put(c, s);
    }
  }

  /** Whether the field has a code list. */
  static boolean has(String field) {
    return LISTS.containsKey(field);
  }

  /** The years in which the code is valid for the field, or null if it never is. */
  static Span span(String field, String code) {
    Map<String, Span> list = LISTS.get(field);
    return list == null ? ALWAYS : list.get(code);
  }

  /** What was expected, for a finding: the codes valid in the year (or in any year). */
  static String expected(String field, CollectionYear year) {
    String key = field + "/" + (year == null ? "-" : year.label());
    return EXPECTED.computeIfAbsent(
        key,
        k -> {
          Map<String, Span> list = LISTS.getOrDefault(field, Map.of());
          List<String> codes =
              new TreeMap<>(list)
                  .entrySet().stream()
                      .filter(e -> year == null || e.getValue().contains(year))
                      .map(Map.Entry::getKey)
                      .collect(Collectors.toList());
          return "a code of "
              + field
              + (year == null ? "" : " valid in " + year.label())
              + ": "
              + String.join(", ", codes);
        });
  }
}
