package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CARE_LEAVER;
import static org.caseflow.domain.schema.Table.CIN_EPISODE;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * IN09S (NFA referrals by source), CL01T and CL01S (care leavers by accommodation type and
 * suitability) for 2024-25, worked by hand.
 */
@Covers({"IN08", "IN09S", "CL01", "CL01T", "CL01S"})
class CommitteeBreakdownsTest {
  private static FixtureStores stores;

  @BeforeAll
  static void load() throws Exception {
    stores =
        new FixtureStores(
            f -> {
              Rows r = Rows.on(f);
              // Referrals: R1 on 1 April and R3 on 31 March are in 2024-25; R4 (1 April 2025)
              // and R5 (31 March 2024) are not.
              referral(r, "R1", "2024-04-01", "6", true);
              referral(r, "R2", "2024-06-01", "6", false);
              referral(r, "R3", "2025-03-31", "2A", true);
              referral(r, "R4", "2025-04-01", "2A", true);
              referral(r, "R5", "2024-03-31", "3A", true);
              referral(r, "R6", "2024-09-01", null, true);
              // OC3 cohort of 2025, ages on 31 March 2025.
              leaver(r, "L1", "2005-06-01", "YES", "Z1"); // 19
              leaver(r, "L2", "2004-06-01", "YES", "W2"); // 20
              leaver(r, "L3", "2003-04-01", "YES", "U1"); // 21 (22 the next day)
              leaver(r, "L4", "2003-03-31", "YES", "U1"); // 22 on the day: out
              leaver(r, "L5", "2006-03-31", "NO", "0"); // 19 on the day: in
              leaver(r, "L6", "2005-01-01", "DIED", "0"); // died: out
              leaver(r, "L7", "2005-01-01", "YES", "G2"); // 20
            });
  }

  private static void referral(Rows r, String child, String date, String source, boolean nfa) {
    r.add(
        CIN_EPISODE,
        "child_id",
        child,
        "referral_date",
        date,
        "referral_source",
        source,
        "referral_nfa",
        nfa);
  }

  private static void leaver(Rows r, String child, String born, String inTouch, String accom) {
    r.child(child, born)
        .add(CARE_LEAVER, "child_id", child, "in_touch", inTouch, "accommodation", accom);
  }

  @AfterAll
  static void close() throws Exception {
    stores.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void nfaReferralsAreBrokenDownByTheSourceOfIn08(String engine) throws Exception {
    // In 2024-25: R1 police NFA, R2 police, R3 schools NFA, R6 unknown NFA. NFA 3 of 4 = 75%.
    Figure nfa = stores.figure(engine, "IN09S", "2024-25");
    assertThat(nfa.value()).isEqualTo(75.0);
    assertThat(nfa.breakdown())
        .containsExactlyEntriesOf(
            new TreeMap<>(Map.of("Police", 1L, "Schools", 1L, "Unknown", 1L)));
    // The police share: 1 NFA of IN08's 2 police referrals.
    assertThat(stores.figure(engine, "IN08", "2024-25").breakdown())
        .containsEntry("Police", 2L)
        .containsEntry("Schools", 1L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void careLeaversAreBrokenDownByTypeAndSuitabilityOfAccommodation(String engine) throws Exception {
    // Cohort: L1, L2, L3, L5, L7 (L4 is 22, L6 died).
    assertThat(stores.figure(engine, "CL01T", "2024-25").breakdown())
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    "With former foster carers", 1L,
                    "Bed and breakfast", 1L,
                    "Independent living", 1L,
                    "Not recorded", 1L,
                    "Abroad, deported or not known", 1L)));
    // Suitable: L1 (Z1), L3 (U1); unsuitable: L2 (W2), L7 (G2); not recorded: L5 (0).
    assertThat(stores.figure(engine, "CL01S", "2024-25").breakdown())
        .containsExactlyEntriesOf(
            new TreeMap<>(Map.of("Suitable", 2L, "Unsuitable", 2L, "Not recorded", 1L)));
    // The same cohort as CL01: 2 suitable of 5.
    Figure cl01 = stores.figure(engine, "CL01", "2024-25");
    assertThat(cl01.denominator()).isEqualTo(5.0);
    assertThat(cl01.value()).isEqualTo(40.0);
  }
}
