package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.caseflow.domain.schema.Table.CIN_EPISODE;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Referrals (IN05 to IN16) for 2024-25, on a fixture worked by hand:
 *
 * <pre>
 * child  referral     NFA  source  note
 * A      2024-03-31        -       previous year
 * A      2024-04-01        6       first day; previous referral the day before: re-referral
 * B      2023-05-10        -
 * B      2024-05-10        2A      exactly 12 months after: re-referral
 * C      2023-05-09        -
 * C      2024-05-10        3A      12 months and a day: not a re-referral
 * D      2025-03-31   yes  6       last day, no further action
 * E      2025-04-01        6       next year
 * F      2024-06-01        3F      two referrals the same day: neither is a re-referral
 * F      2024-06-01        -
 * </pre>
 *
 * Referrals in 2024-25: A, B, C, D, F, F = 6.
 */
@Covers({"IN01", "IN05", "IN06", "IN07", "IN08", "IN08P", "IN08S", "IN08H", "IN09", "IN16"})
class ReferralIndicatorsTest {
  private static FixtureStores stores;

  @BeforeAll
  static void load() throws Exception {
    stores =
        new FixtureStores(
            f -> {
              f.year(2024);
              referral(f, "A", 1, "2024-03-31", false, null);
              referral(f, "B", 1, "2023-05-10", false, null);
              referral(f, "C", 1, "2023-05-09", false, null);
              f.year(2025);
              referral(f, "A", 1, "2024-04-01", false, "6");
              referral(f, "B", 1, "2024-05-10", false, "2A");
              referral(f, "C", 1, "2024-05-10", false, "3A");
              referral(f, "D", 1, "2025-03-31", true, "6");
              referral(f, "F", 1, "2024-06-01", false, "3F");
              referral(f, "F", 2, "2024-06-01", false, null);
              f.year(2026);
              referral(f, "E", 1, "2025-04-01", false, "6");
            });
  }

  private static void referral(
      org.caseflow.store.StoreFixture f,
      String child,
      int episode,
      String date,
      boolean nfa,
      String source) {
    // Each earlier referral is closed before the next census year starts, so it stays history.
    f.add(
        CIN_EPISODE,
        "child_id",
        child,
        "episode_no",
        episode,
        "referral_date",
        date,
        "referral_nfa",
        nfa,
        "referral_source",
        source,
        "closure_date",
        date);
  }

  @AfterAll
  static void close() throws Exception {
    stores.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void referralsCountEveryReferralIncludingNfaAndSameDayOnes(String engine) throws Exception {
    Figure f = stores.figure(engine, "IN05", "2024-25");
    assertThat(f.value()).isEqualTo(6.0);
    assertThat(f.members())
        .extracting(Member::childId)
        .containsExactly("A", "B", "C", "D", "F", "F");
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void aReferralOnTheFirstOfAprilFallsInTheNewYearAndOneOnTheFirstOfAprilAfterDoesNot(String engine)
      throws Exception {
    assertThat(stores.figure(engine, "IN05", "2025-26").value()).isEqualTo(1.0);
    // April to June 2024: A (1 Apr), B and C (10 May), F twice (1 Jun) = 5.
    assertThat(stores.figure(engine, "IN05", "2024-25-Q1").value()).isEqualTo(5.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void theReferralRateUsesTheMid2024PopulationFor2024To25(String engine) throws Exception {
    Figure f = stores.figure(engine, "IN06", "2024-25");
    // Stockton-on-Tees mid-2024 population aged 0-17: 45,079. 6 / 45,079 x 10,000 = 1.33099...
    assertThat(f.denominator()).isEqualTo(45079.0);
    assertThat(f.value()).isCloseTo(1.33099, within(0.00001));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void reReferralsIncludeOneExactlyTwelveMonthsLaterButNotTwelveMonthsAndADay(String engine)
      throws Exception {
    Figure f = stores.figure(engine, "IN07", "2024-25");
    // A (previous the day before) and B (exactly 12 months): 2 of 6 = 33.33%.
    assertThat(f.numerator()).isEqualTo(2.0);
    assertThat(f.denominator()).isEqualTo(6.0);
    assertThat(f.value()).isCloseTo(33.333, within(0.001));
    assertThat(f.members().stream().filter(Member::inNumerator).map(Member::childId))
        .containsExactly("A", "B");
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void nfaReferralsAreCountedAsAShareButLeftOutOfEpisodesStarting(String engine) throws Exception {
    Figure nfa = stores.figure(engine, "IN09", "2024-25");
    assertThat(nfa.numerator()).isEqualTo(1.0);
    assertThat(nfa.value()).isCloseTo(16.667, within(0.001));
    assertThat(stores.figure(engine, "IN16", "2024-25").value()).isEqualTo(5.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void referralsBySourceAddUpToAllReferrals(String engine) throws Exception {
    Figure f = stores.figure(engine, "IN08", "2024-25");
    assertThat(f.breakdown())
        .containsExactlyEntriesOf(
            new java.util.TreeMap<>(
                Map.of("Health services", 2L, "Police", 2L, "Schools", 1L, "Unknown", 1L)));
    assertThat(f.breakdown().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(6);
    assertThat(stores.figure(engine, "IN08P", "2024-25").value()).isCloseTo(33.333, within(0.001));
    assertThat(stores.figure(engine, "IN08H", "2024-25").value()).isCloseTo(33.333, within(0.001));
    assertThat(stores.figure(engine, "IN08S", "2024-25").value()).isCloseTo(16.667, within(0.001));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void contactsNeedAnnexAAndSaySoWhenItIsNotLoaded(String engine) throws Exception {
    Figure f = stores.figure(engine, "IN01", "2024-25");
    assertThat(f.hasValue()).isFalse();
    assertThat(f.note())
        .isEqualTo("needs aa_contact data, which no loaded return holds for council 808");
  }
}
