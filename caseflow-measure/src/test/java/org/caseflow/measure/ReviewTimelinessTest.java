package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.caseflow.domain.schema.Table.CLA_REVIEW;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PR13, looked-after children's reviews held on time, worked by hand: the first within 20 working
 * days of starting care (Easter Monday 2024 is 1 April), the second within 3 months, then every 6
 * months, within each period of care.
 */
@Covers({"PR13"})
class ReviewTimelinessTest {
  private static FixtureStores stores;

  @BeforeAll
  static void load() throws Exception {
    stores =
        new FixtureStores(
            f -> {
              Rows r = Rows.on(f);
              r.episode("V1", "S", "2024-04-01", "U4", null, null);
              review(r, "V1", "2024-04-29");
              review(r, "V1", "2024-07-29");
              review(r, "V1", "2025-01-30");
              r.episode("V2", "S", "2024-06-03", "U4", null, null);
              review(r, "V2", "2024-07-02");
              review(r, "V2", "2024-10-02");
              review(r, "V3", "2024-05-01"); // no start of care recorded
              r.episode("V4", "S", "2023-01-10", "U4", null, null);
              review(r, "V4", "2023-02-01");
              review(r, "V4", "2023-05-01");
              review(r, "V4", "2023-11-01");
              review(r, "V4", "2024-05-02");
              review(r, "V4", "2025-04-01");
              r.episode("V5", "S", "2022-01-04", "U4", "2023-01-01", "E4A");
              r.episode("V5", "S", "2024-09-02", "U4", null, null);
              review(r, "V5", "2022-06-01");
              review(r, "V5", "2024-09-20");
            });
  }

  private static void review(Rows r, String child, String date) {
    r.add(CLA_REVIEW, "child_id", child, "review_date", date, "participation", "PN1");
  }

  @AfterAll
  static void close() throws Exception {
    stores.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void reviewsAreOnTimeByTheScheduleOfTheirPeriodOfCare(String engine) throws Exception {
    // V1 started 1 April 2024 (Easter Monday). Working days after it: 2-5 April (4), 8-12 (9),
    // 15-19 (14), 22-26 (19), 29 April (20): the first review on 29 April is on time. The second,
    // 29 July, is 3 months after: on time. The third, 30 January 2025, is a day after 29
    // January (6 months after 29 July): late.
    // V2 started 3 June 2024: 4-7 June (4), 10-14 (9), 17-21 (14), 24-28 (19), 1 July (20),
    // 2 July (21): late. The second, 2 October, 3 months after 2 July: on time.
    // V3 has no start of care: left out.
    // V4's fourth review (2 May 2024) is due 6 months after 1 November 2023, 1 May: late.
    // 1 April 2025 is in the next year.
    // V5's second period of care started 2 September 2024; its first review on 20 September is
    // 14 working days later (3-6, 9-13, 16-20 September): on time. The 2022 review belongs to
    // the earlier period of care.
    // Held in 2024-25: V1 x3, V2 x2, V4 x1, V5 x1 = 7; on time: V1 x2, V2 x1, V5 x1 = 4.
    Figure f = stores.figure(engine, "PR13", "2024-25");
    assertThat(f.denominator()).isEqualTo(7.0);
    assertThat(f.numerator()).isEqualTo(4.0);
    assertThat(f.value()).isCloseTo(57.143, within(0.001));
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void aQuarterCountsOnlyTheReviewsHeldInIt(String engine) throws Exception {
    // April to June 2024: V1 on 29 April (on time) and V4 on 2 May (late).
    Figure f = stores.figure(engine, "PR13", "2024-25-Q1");
    assertThat(f.denominator()).isEqualTo(2.0);
    assertThat(f.value()).isEqualTo(50.0);
  }
}
