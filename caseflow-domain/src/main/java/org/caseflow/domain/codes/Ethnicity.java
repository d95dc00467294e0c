package org.caseflow.domain.codes;

import java.util.List;

/** The ethnicity codes, the same in the CIN census, the SSDA903 and the workforce census. */
public final class Ethnicity {
  /**
   * White (WBRI, WIRI, WIRT, WOTH, WROM), mixed (MWBC, MWBA, MWAS, MOTH), Asian (AIND, APKN, ABAN,
   * AOTH), Black (BCRB, BAFR, BOTH), Chinese (CHNE), other (OOTH), refused (REFU) and not yet
   * obtained (NOBT).
   */
  public static final List<String> CODES =
      List.of(
          "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN",
          "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

  private Ethnicity() {}
}
