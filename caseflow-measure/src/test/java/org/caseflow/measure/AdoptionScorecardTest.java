package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.AA_ADOPTER;
import static org.caseflow.domain.schema.Table.ADOPTION;
import static org.caseflow.domain.schema.Table.PLACED_FOR_ADOPTION;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * AD02 (A10), AD03 (A2), AD07, AD10, AD11, AD12, AD13 and AD13W for 2024-25, worked by hand. The
 * scorecard's three years to 31 March 2025 take children adopted after 31 March 2022.
 */
@Covers({"AD02", "AD03", "AD07", "AD10", "AD11", "AD12", "AD13", "AD13W"})
class AdoptionScorecardTest {
  private static FixtureStores stores;

  @BeforeAll
  static void load() throws Exception {
    stores =
        new FixtureStores(
            f -> {
              Rows r = Rows.on(f);
              // D1: placement order 1 Jan 2023, placed with its foster carers for adoption (T,
              // A5) 1 Jul 2023, adopted 1 Jun 2024.
              r.episode("D1", "S", "2022-01-01", "U4", "C2", "2023-01-01", "X1")
                  .episode("D1", "U", "2023-01-01", "U4", "E1", "2023-07-01", "X1")
                  .episode("D1", "T", "2023-07-01", "A5", "E1", "2024-06-01", "E11");
              adopted(r, "D1", "2022-10-01", "2023-05-01", true);
              // D2: matched before the placement order; adopted on 31 March 2025.
              r.episode("D2", "S", "2023-03-01", "U6", "C2", "2023-09-01", "X1")
                  .episode("D2", "B", "2023-09-01", "A4", "E1", "2025-03-31", "E12");
              adopted(r, "D2", "2023-08-01", "2023-08-15", false);
              // D3: adopted on 31 March 2022, exactly three years before: outside the window.
              r.episode("D3", "S", "2020-06-01", "U4", "C2", "2021-06-01", "X1")
                  .episode("D3", "P", "2021-06-01", "A6", "E1", "2022-03-31", "E11");
              adopted(r, "D3", "2021-03-01", "2021-05-01", false);
              // D4: no placement order; placed exactly 12 months after the decision.
              r.episode("D4", "S", "2022-05-01", "U4", "C2", "2023-05-01", "X1")
                  .episode("D4", "P", "2023-05-01", "A6", "C2", "2024-05-01", "E11");
              adopted(r, "D4", "2022-05-01", "2023-04-20", false);
              // D5: adopted with no placement for adoption recorded.
              r.episode("D5", "S", "2023-01-01", "U4", "C2", "2024-12-01", "E12");
              adopted(r, "D5", "2023-02-01", null, false);
              // D6: placed 12 months and a day after the decision.
              r.episode("D6", "S", "2022-06-01", "U4", "C2", "2022-12-01", "X1")
                  .episode("D6", "L", "2022-12-01", "U4", "E1", "2023-06-02", "X1")
                  .episode("D6", "P", "2023-06-02", "A4", "E1", "2025-01-10", "E11");
              adopted(r, "D6", "2022-06-01", "2023-05-15", false);
              // D7: adopted in 2023-24.
              r.episode("D7", "S", "2022-04-01", "U4", "C2", "2022-10-01", "X1")
                  .episode("D7", "P", "2022-10-01", "A4", "E1", "2023-12-01", "E11");
              adopted(r, "D7", "2022-09-01", "2022-09-20", false);
              // Decisions reversed.
              decision(r, "D5", "2023-02-01", "2024-04-01", "RD1");
              decision(r, "D8", "2024-01-01", "2025-03-31", "RD3");
              decision(r, "D9", "2024-01-01", "2025-04-01", "RD2");
              decision(r, "D10", "2023-06-01", "2024-05-01", null);
              // Waiting on 31 March 2025.
              r.episode("W1", "S", "2023-01-01", "U4", null, null);
              decision(r, "W1", "2024-10-01", null, null);
              r.episode("W2", "S", "2023-01-01", "U4", null, null);
              decision(r, "W2", "2024-09-30", null, null);
              r.episode("W3", "S", "2022-01-01", "U4", null, null);
              decision(r, "W3", "2024-03-31", null, null);
              r.episode("W4", "S", "2022-01-01", "U4", "2024-11-01", "X1")
                  .episode("W4", "P", "2024-11-01", "A4", null, null);
              decision(r, "W4", "2024-06-01", null, null);
              r.episode("W5", "S", "2023-01-01", "U4", null, null);
              decision(r, "W5", "2024-06-01", "2025-01-01", "RD4");
              decision(r, "W6", "2024-01-01", null, null);
              // Adopters (Annex A list 11 of 2025).
              adopter(r, "A1", "F1", "2024-06-01", null, null);
              adopter(r, "A2", "F1", "2024-06-01", null, null);
              adopter(r, "A3", null, "2025-03-31", null, null);
              adopter(r, "A4", "F3", "2024-03-31", "2024-08-01", null);
              adopter(r, "A5", "F4", "2025-04-01", null, null);
              adopter(r, "A6", "F5", "2024-12-31", null, null);
              adopter(r, "A7", "F6", "2024-05-01", null, "2025-02-01");
              adopter(r, "A8", "F7", "2024-05-01", "2025-04-01", null);
            });
  }

  private static void adopted(
      Rows r, String child, String decision, String match, boolean byFosterCarer) {
    r.add(
        ADOPTION,
        "child_id",
        child,
        "decision_date",
        decision,
        "match_date",
        match,
        "by_foster_carer",
        byFosterCarer);
  }

  private static void decision(
      Rows r, String child, String decided, String reversed, String reason) {
    r.add(
        PLACED_FOR_ADOPTION,
        "child_id",
        child,
        "decision_date",
        decided,
        "decision_ceased_date",
        reversed,
        "reason_ceased",
        reason);
  }

  private static void adopter(
      Rows r, String adopter, String family, String approved, String matched, String left) {
    r.add(
        AA_ADOPTER,
        "adopter_id",
        adopter,
        "family_id",
        family,
        "approval_date",
        approved,
        "match_date",
        matched,
        "left_process_date",
        left);
  }

  @AfterAll
  static void close() throws Exception {
    stores.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void a10EndsWhenTheChildMovedInWithFosterCarersWhoAdopted(String engine) throws Exception {
    // Adopted after 31 March 2022 up to 31 March 2025 and placed: D1, D2, D4, D6, D7 (D3 on 31
    // March 2022 is outside; D5 was never placed). Days from entering care:
    // D1 adopted by its foster carers, who had it from entering care on 1 Jan 2022: 0.
    // D2 1 Mar to 1 Sep 2023: 31+30+31+30+31+31 = 184. D4 1 May 2022 to 1 May 2023: 365.
    // D6 1 Jun 2022 to 2 Jun 2023: 366. D7 1 Apr to 1 Oct 2022: 30+31+30+31+31+30 = 183.
    // (0 + 184 + 365 + 366 + 183) / 5 = 1098 / 5 = 219.6.
    Figure f = stores.figure(engine, "AD02", "2024-25");
    assertThat(f.denominator()).isEqualTo(5.0);
    assertThat(f.value()).isEqualTo(219.6);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void a2CountsFromThePlacementOrderAndIsNoughtWhenTheMatchCameFirst(String engine)
      throws Exception {
    // D1 order 1 Jan 2023, match 1 May 2023: 31+28+31+30 = 120. D2 matched 15 Aug 2023 before
    // its order of 1 Sep 2023: 0. D6 order 1 Dec 2022, match 15 May 2023: 31+31+28+31+30+14 =
    // 165. D7 matched 20 Sep 2022 before its order of 1 Oct 2022: 0. D4 has no order, D5 no
    // match, D3 is outside. (120 + 0 + 165 + 0) / 4 = 71.25.
    Figure f = stores.figure(engine, "AD03", "2024-25");
    assertThat(f.denominator()).isEqualTo(4.0);
    assertThat(f.value()).isEqualTo(71.25);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void enteringCareToPlacedForAdoptionTakesTheChildrenAdoptedInTheYear(String engine)
      throws Exception {
    // Adopted in 2024-25 and placed: D1 (1 Jan 2022 to 1 Jul 2023: 365 + 181 = 546), D2 (184),
    // D4 (365), D6 (366); D2 on 31 March 2025 is in, D7 (2023-24) is not.
    // (546 + 184 + 365 + 366) / 4 = 1461 / 4 = 365.25.
    Figure f = stores.figure(engine, "AD07", "2024-25");
    assertThat(f.denominator()).isEqualTo(4.0);
    assertThat(f.value()).isEqualTo(365.25);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void placedTwelveMonthsAfterTheDecisionToTheDayIsWithinTwelveMonths(String engine)
      throws Exception {
    // Adopted in 2024-25 with a decision and a placement: D1 (1 Oct 2022 to 1 Jul 2023), D2 (1
    // Aug to 1 Sep 2023), D4 (1 May 2022 to 1 May 2023, exactly 12 months), D6 (1 Jun 2022 to 2
    // Jun 2023, a day over). 3 of 4.
    Figure f = stores.figure(engine, "AD10", "2024-25");
    assertThat(f.denominator()).isEqualTo(4.0);
    assertThat(f.value()).isEqualTo(75.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void reversedDecisionsAreCountedByReason(String engine) throws Exception {
    // Reversed 1 April 2024 to 31 March 2025: D5 (RD1, 1 April), D8 (RD3, 31 March), D10 (no
    // reason), W5 (RD4). D9 was reversed on 1 April 2025.
    Figure f = stores.figure(engine, "AD11", "2024-25");
    assertThat(f.value()).isEqualTo(4.0);
    assertThat(f.breakdown())
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    "RD1 Child's needs changed", 1L,
                    "RD3 Prospective adopters could not be found", 1L,
                    "RD4 Any other reason", 1L,
                    "Not recorded", 1L)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void childrenWaitingAreBandedByTimeSinceTheDecision(String engine) throws Exception {
    // Looked after on 31 March 2025 with a live decision and not placed: W1 (1 Oct 2024, after
    // 30 Sep: under 6 months), W2 (30 Sep 2024, exactly 6 months: 6 to 12), W3 (31 Mar 2024,
    // exactly 12 months: 12 or more). W4 was placed, W5's decision was reversed, W6 is not
    // looked after.
    Figure f = stores.figure(engine, "AD12", "2024-25");
    assertThat(f.breakdown())
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    "1. Under 6 months", 1L,
                    "2. 6 to 12 months", 1L,
                    "3. 12 months or more", 1L)));
    // Days waited: W1 181, W2 182, W3 365.
    assertThat(f.members().stream().map(Member::measure)).containsExactly(181.0, 182.0, 365.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void adoptersAreCountedOncePerFamily(String engine) throws Exception {
    // Approved 1 April 2024 to 31 March 2025: family F1 (two adopters, once), A3 (no family,
    // 31 March), F5, F6 and F7 = 5; F3 (31 March 2024) and F4 (1 April 2025) are outside.
    Figure approved = stores.figure(engine, "AD13", "2024-25");
    assertThat(approved.members().stream().map(Member::childId))
        .containsExactly("A3", "F1", "F5", "F6", "F7");
    // Approved on or before 31 December 2024, neither matched nor left by 31 March 2025: F1, F5
    // (exactly 3 months), F7 (matched after the end). F3 was matched, F6 left, A3 approved late.
    Figure waiting = stores.figure(engine, "AD13W", "2024-25");
    assertThat(waiting.members().stream().map(Member::childId)).containsExactly("F1", "F5", "F7");
  }
}
