package org.caseflow.ingest.ssda903;

import java.util.Map;
import java.util.Set;

/** The SSDA903 code lists; placement types change by collection year. */
final class Ssda903Codes {
  private Ssda903Codes() {}

  static final Map<String, Set<String>> FIXED =
      Map.ofEntries(
          Map.entry("reason_new_episode", Set.of("S", "L", "P", "T", "B", "U")),
          Map.entry(
              "legal_status",
              Set.of("C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3", "J1", "J2", "J3")),
          Map.entry(
              "reason_ceased",
              Set.of(
                  "X1", "E11", "E12", "E13", "E14", "E15", "E16", "E17", "E2", "E3", "E41", "E43",
                  "E44", "E45", "E46", "E47", "E48", "E4A", "E4B", "E5", "E6", "E7", "E8", "E9")),
          Map.entry(
              "reason_place_change",
              Set.of(
                  "CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ",
                  "PLACE", "CUSTOD", "OTHER")),
          Map.entry("placement_provider", Set.of("PR0", "PR1", "PR2", "PR3", "PR4", "PR5")),
          Map.entry(
              "participation", Set.of("PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7")),
          Map.entry("missing_type", Set.of("M", "A")),
          Map.entry("in_touch", Set.of("YES", "NO", "DIED", "REFU", "NREQ", "RHOM")),
          Map.entry(
              "activity",
              Set.of(
                  "F1", "P1", "F2", "P2", "F3", "P3", "F4", "P4", "F5", "P5", "G4", "G5", "G6",
                  "0")),
          Map.entry("previous_permanence", Set.of("P1", "P2", "P3", "P4", "Z1")),
          Map.entry("reason_ceased_adoption", Set.of("RD1", "RD2", "RD3", "RD4")),
          Map.entry("category_of_need", Set.of("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8")),
          Map.entry(
              "ethnicity",
              Set.of(
                  "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND",
                  "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT")));

  private static final Set<String> ALWAYS =
      Set.of(
          "A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6", "K1", "K2", "P1", "P3", "R1",
          "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4");

  /** Whether a placement type is valid in the collection year (named by its end). */
  static boolean placement(String code, int year) {
    if (ALWAYS.contains(code)) {
      return true;
    }
    return switch (code) {
      case "H5", "P2" -> year <= 2025; // until 2023-24, tolerated in 2024-25
      case "K3" -> year >= 2025;
      case "Z1" -> year <= 2025;
      case "Z11", "Z12", "Z13", "Z14" -> year >= 2026;
      default -> false;
    };
  }

  /** Whether an OC3 accommodation code is valid: a type letter and 1 or 2, or 0. */
  static boolean accommodation(String code) {
    return code.equals("0") || code.matches("[BCDEGHKRSTUVWXYZ][12]");
  }
}
