package org.caseflow.ingest.cin;

import java.util.Set;

/** The CIN census code lists, by the collection year in which they apply. */
final class CinCodes {
  private CinCodes() {}

  static final Set<String> ETHNICITY =
      Set.of(
          "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN",
          "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");
  static final Set<String> DISABILITY =
      Set.of(
          "NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT",
          "DDA");
  static final Set<String> CATEGORY = Set.of("NEG", "PHY", "SAB", "EMO", "MUL");
  static final Set<String> NEED =
      Set.of("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");

  static boolean referralSource(String code, int year) {
    return switch (code) {
      case "1A",
          "1B",
          "1C",
          "1D",
          "2A",
          "2B",
          "3A",
          "3B",
          "3C",
          "3D",
          "3E",
          "3F",
          "4",
          "5A",
          "5B",
          "5C",
          "6",
          "7",
          "8",
          "9",
          "10" ->
          true;
      case "5D" -> year >= 2023;
      default -> false;
    };
  }

  static boolean reasonForClosure(String code, int year) {
    return switch (code) {
      case "RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8" -> true;
      case "RC9" -> year >= 2023;
      default -> false;
    };
  }

  static boolean factor(String code, int year) {
    return switch (code) {
      case "1A",
          "1B",
          "1C",
          "2A",
          "2B",
          "2C",
          "3A",
          "3B",
          "3C",
          "4A",
          "4B",
          "4C",
          "5A",
          "5B",
          "5C",
          "6A",
          "6B",
          "6C",
          "7A",
          "8B",
          "8C",
          "8D",
          "8E",
          "8F",
          "9A",
          "10A",
          "11A",
          "12A",
          "13A",
          "14A",
          "15A",
          "16A",
          "17A",
          "20",
          "21",
          "22A",
          "23A" ->
          true;
      case "18A", "19A" -> year <= 2020;
      case "18B", "18C", "19B", "19C" -> year >= 2021;
      case "24A" -> year >= 2022;
      default -> false;
    };
  }

  static boolean sex(String code, boolean genderCurrent) {
    return genderCurrent
        ? Set.of("0", "1", "2", "9").contains(code)
        : Set.of("M", "F", "U").contains(code);
  }
}
