package org.caseflow.ingest.cin;

import java.util.HashSet;
import java.util.Set;
import org.caseflow.domain.codes.Ethnicity;

/**
 * The CIN census code lists, by collection year (named by the year it ends: 2023 is 2022-23). Codes
 * added or withdrawn by a census change are valid only from or until that year.
 */
final class CinCodes {
  static final Set<String> PRIMARY_NEED =
      Set.of("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");
  static final Set<String> CATEGORY_OF_ABUSE = Set.of("NEG", "PHY", "SAB", "EMO", "MUL");
  static final Set<String> UPN_UNKNOWN = Set.of("UN1", "UN2", "UN3", "UN4", "UN5", "UN6", "UN7");
  static final Set<String> DISABILITY =
      Set.of(
          "NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT",
          "DDA");
  static final Set<String> ETHNICITY = Set.copyOf(Ethnicity.CODES);

  private static final Set<String> REFERRAL_SOURCE_BASE =
      Set.of(
          "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B",
          "5C", "6", "7", "8", "9", "10");
  private static final Set<String> REASON_FOR_CLOSURE_BASE =
      Set.of("RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8");
  private static final Set<String> FACTOR_BASE =
      Set.of(
          "1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C",
          "6A", "6B", "6C", "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A",
          "14A", "15A", "16A", "17A", "20", "21", "22A", "23A");

  /** 5D (LA services, early help) from 2022-23. */
  static final int FIRST_YEAR_5D = 2023;

  /** RC9 (closed after assessment, referred to early help) from 2022-23. */
  static final int FIRST_YEAR_RC9 = 2023;

  /** 18A/19A split into 18B/18C and 19B/19C in 2020-21. */
  static final int FIRST_YEAR_SPLIT_ABUSE_FACTORS = 2021;

  /** 24A (child criminal exploitation) from 2021-22. */
  static final int FIRST_YEAR_24A = 2022;

  private CinCodes() {}

  /** Referral sources valid in the collection year. */
  static Set<String> referralSources(int year) {
    return year >= FIRST_YEAR_5D ? plus(REFERRAL_SOURCE_BASE, "5D") : REFERRAL_SOURCE_BASE;
  }

  /** Reasons for closure valid in the collection year. */
  static Set<String> reasonsForClosure(int year) {
    return year >= FIRST_YEAR_RC9 ? plus(REASON_FOR_CLOSURE_BASE, "RC9") : REASON_FOR_CLOSURE_BASE;
  }

  /** Assessment factors valid in the collection year. */
  static Set<String> assessmentFactors(int year) {
    Set<String> factors =
        year >= FIRST_YEAR_SPLIT_ABUSE_FACTORS
            ? plus(FACTOR_BASE, "18B", "18C", "19B", "19C")
            : plus(FACTOR_BASE, "18A", "19A");
    return year >= FIRST_YEAR_24A ? plus(factors, "24A") : factors;
  }

  private static Set<String> plus(Set<String> base, String... extra) {
    Set<String> s = new HashSet<>(base);
    s.addAll(Set.of(extra));
    return Set.copyOf(s);
  }
}
