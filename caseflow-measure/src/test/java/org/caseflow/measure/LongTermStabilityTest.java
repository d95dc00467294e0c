package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LA13 (3 or more placements over 2 years), LA14 (long-term stability) and CL08 (staying put) on 31
 * March 2025, worked by hand. Two years before is 31 March 2023; 30 months before is 30 September
 * 2022.
 */
@Covers({"LA13", "LA14", "CL08"})
class LongTermStabilityTest {
  private static FixtureStores stores;

  @BeforeAll
  static void load() throws Exception {
    stores =
        new FixtureStores(
            f -> {
              Rows r = Rows.on(f);
              r.child("T1", "2015-01-01").episode("T1", "S", "2023-03-31", "U4", null, null);
              r.child("T2", "2015-01-01").episode("T2", "S", "2023-04-01", "U4", null, null);
              // T3: three placements since 1 April 2023.
              r.child("T3", "2015-01-01")
                  .episode("T3", "S", "2020-01-01", "U4", "2023-06-01", "X1")
                  .episode("T3", "P", "2023-06-01", "U4", "2024-01-01", "X1")
                  .episode("T3", "P", "2024-01-01", "K2", null, null);
              // T4: foster placement from 31 March 2023, a change of legal status, then adopted
              // by the same carers (T, A5): one placement.
              r.child("T4", "2012-01-01")
                  .episode("T4", "S", "2021-01-01", "U4", "2023-03-31", "X1")
                  .episode("T4", "P", "2023-03-31", "U6", "2024-05-01", "X1")
                  .episode("T4", "L", "2024-05-01", "U6", "2024-07-01", "X1")
                  .episode("T4", "T", "2024-07-01", "A5", null, null);
              // T5 ceased on 31 March 2025: not looked after at the end.
              r.child("T5", "2015-01-01")
                  .episode("T5", "S", "2022-01-01", "U4", "2023-05-01", "X1")
                  .episode("T5", "P", "2023-05-01", "T1", "2023-05-05", "X1")
                  .episode("T5", "P", "2023-05-05", "U4", "2025-03-31", "E4A");
              // T6 is 15 (16 the next day) and started care exactly 30 months before.
              r.child("T6", "2009-04-01").episode("T6", "S", "2022-09-30", "U4", null, null);
              // T7 turns 16 on 31 March 2025.
              r.child("T7", "2009-03-31").episode("T7", "S", "2020-01-01", "U4", null, null);
              // T8 started care a day short of 30 months.
              r.child("T8", "2014-01-01").episode("T8", "S", "2022-10-01", "U4", null, null);
              // Ceasing around the 18th birthday.
              r.child("S1", "2006-06-15")
                  .episode("S1", "S", "2020-01-01", "U4", "2024-06-15", "E17");
              r.child("S2", "2006-07-01")
                  .episode("S2", "S", "2020-01-01", "U4", "2024-07-01", "E5");
              r.child("S3", "2006-08-01")
                  .episode("S3", "S", "2020-01-01", "U4", "2024-08-02", "E17");
              r.child("S4", "2006-09-01")
                  .episode("S4", "S", "2020-01-01", "K2", "2024-09-01", "E17");
              r.child("S5", "2007-04-01")
                  .episode("S5", "S", "2024-01-01", "U4", "2025-04-01", "E17");
              r.child("S6", "2006-04-01")
                  .episode("S6", "S", "2020-01-01", "U4", "2024-04-01", "E17");
            });
  }

  @AfterAll
  static void close() throws Exception {
    stores.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void threeOrMorePlacementsAreCountedOverTwoYears(String engine) throws Exception {
    // Looked after on 31 March 2025 since 31 March 2023 or before: T1 (exactly), T3, T4, T6,
    // T7, T8 (T2 a day short; T5 ceased; S5 started in 2024). Placements since 1 April 2023:
    // T3 the one open that day, 1 June 2023, 1 January 2024 = 3; T4 only the one open on 1
    // April 2023 (the L episode and the move to adoption with its carers are not new). 1 of 6.
    Figure f = stores.figure(engine, "LA13", "2024-25");
    assertThat(f.denominator()).isEqualTo(6.0);
    assertThat(f.members().stream().filter(Member::inNumerator).map(Member::childId))
        .containsExactly("T3");
    assertThat(f.value()).isCloseTo(16.667, within(0.001));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void longTermStabilityKeepsTheFosterPlacementWhenTheCarersAdopt(String engine) throws Exception {
    // Under 16 on 31 March 2025 and looked after since 30 September 2022 or before: T3, T4, T6
    // (T7 is 16 on the day, T8 and T1 started later). Same placement since 31 March 2023 or
    // before: T4 (31 March 2023, kept through the L episode and the move to adoption), T6 (30
    // September 2022); T3 moved on 1 January 2024. 2 of 3.
    Figure f = stores.figure(engine, "LA14", "2024-25");
    assertThat(f.denominator()).isEqualTo(3.0);
    assertThat(f.members().stream().filter(Member::inNumerator).map(Member::childId))
        .containsExactly("T4", "T6");
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void stayingPutCountsThoseWhoCeaseFromFosterCareOnTheirEighteenthBirthday(String engine)
      throws Exception {
    // Ceased in 2024-25 on the 18th birthday from foster care: S1 (E17), S2 (E5), S6 (E17, on 1
    // April 2024). S3 ceased the day after, S4 from a children's home, S5 in the next year.
    // Remained with carers: S1, S6. 2 of 3.
    Figure f = stores.figure(engine, "CL08", "2024-25");
    assertThat(f.denominator()).isEqualTo(3.0);
    assertThat(f.members().stream().filter(Member::inNumerator).map(Member::childId))
        .containsExactly("S1", "S6");
  }
}
