package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;

import org.junit.jupiter.api.Test;

/**
 * SSDA903 rules comparing the first episode of the year with last year's latest on the fields the
 * import works out from the postcodes (452, 453, 503G, 503H, 503J), each where it fires and where
 * it only just does not.
 */
class Ssda903PPlacementLastYearRulesTest {
  private static ReturnFixture year() {
    return ReturnFixture.ssda903("2024-25");
  }

  /** The child's episode carried over from last year, open there, and its first one here. */
  private static ReturnFixture carried(
      ReturnFixture f, String child, String column, Object last, Object now) {
    return f.lastYear(
            CLA_EPISODE,
            "child_id",
            child,
            "start_date",
            "2023-06-01",
            "reason_new_episode",
            "P",
            column,
            last)
        .add(
            CLA_EPISODE,
            "child_id",
            child,
            "start_date",
            "2023-06-01",
            "reason_new_episode",
            "P",
            column,
            now)
        .add(CLA_EPISODE, "child_id", child, "start_date", "2024-09-01", column, last);
  }

  @Test
  void aPlacementLaThatChangesOverTheYearEndIsFlaggedAndTheSameOneIsNot() throws Exception {
    ReturnFixture f = year();
    carried(f, "A", "placement_la", "808", "841");
    carried(f, "B", "placement_la", "808", "808");
    carried(f, "C", "placement_la", null, "808");
    // D's episode last year ended on 31 March 2024: no longer open, so not compared by 452
    f.lastYear(
            CLA_EPISODE,
            "child_id",
            "D",
            "start_date",
            "2023-06-01",
            "end_date",
            "2024-03-31",
            "reason_new_episode",
            "P",
            "placement_la",
            "808")
        .add(
            CLA_EPISODE,
            "child_id",
            "D",
            "start_date",
            "2024-04-01",
            "reason_new_episode",
            "P",
            "placement_la",
            "841");
    // E: a different reason for new episode here
    f.lastYear(
            CLA_EPISODE,
            "child_id",
            "E",
            "start_date",
            "2023-06-01",
            "reason_new_episode",
            "P",
            "placement_la",
            "808")
        .add(
            CLA_EPISODE,
            "child_id",
            "E",
            "start_date",
            "2023-06-01",
            "reason_new_episode",
            "L",
            "placement_la",
            "841");
    assertThat(f.flagged("452")).containsExactly("A Episodes row 1", "C Episodes row 5");
  }

  @Test
  void aDistanceThatChangesByAFifthOfAMileOverTheYearEndIsFlaggedAndATenthIsNot() throws Exception {
    ReturnFixture f = year();
    carried(f, "A", "placement_distance", 10.0, 10.2);
    carried(f, "B", "placement_distance", 10.0, 10.1);
    carried(f, "C", "placement_distance", 10.2, 10.0);
    carried(f, "D", "placement_distance", null, 10.0);
    assertThat(f.flagged("453")).containsExactly("A Episodes row 1", "C Episodes row 5");
  }

  @Test
  void anyChangeOfDistanceFromAnEpisodeOpenAtTheYearEndIsFlagged() throws Exception {
    ReturnFixture f = year();
    carried(f, "A", "placement_distance", 10.0, 10.1);
    carried(f, "B", "placement_distance", 10.0, 10.0);
    carried(f, "C", "placement_distance", null, 10.0);
    assertThat(f.flagged("503G")).containsExactly("A Episodes row 1", "C Episodes row 5");
  }

  @Test
  void aPlacementLaChangedFromAnEpisodeOpenAtTheYearEndIsFlaggedEvenIfItEndedAfterIt()
      throws Exception {
    ReturnFixture f = year();
    carried(f, "A", "placement_la", "808", "841");
    carried(f, "B", "placement_la", "808", "808");
    // C's episode last year ended on 1 April 2024, after 31 March: still open at the year end
    f.lastYear(
            CLA_EPISODE,
            "child_id",
            "C",
            "start_date",
            "2023-06-01",
            "end_date",
            "2024-04-01",
            "placement_la",
            "808")
        .add(CLA_EPISODE, "child_id", "C", "start_date", "2023-06-01", "placement_la", "841");
    // D's ended on 31 March 2024: closed
    f.lastYear(
            CLA_EPISODE,
            "child_id",
            "D",
            "start_date",
            "2023-06-01",
            "end_date",
            "2024-03-31",
            "placement_la",
            "808")
        .add(CLA_EPISODE, "child_id", "D", "start_date", "2024-04-01", "placement_la", "841");
    assertThat(f.flagged("503H")).containsExactly("A Episodes row 1", "C Episodes row 5");
  }

  @Test
  void aPlacementLocationChangedFromAnEpisodeOpenAtTheYearEndIsFlagged() throws Exception {
    ReturnFixture f = year();
    carried(f, "A", "placement_location", "IN", "OUT");
    carried(f, "B", "placement_location", "OUT", "OUT");
    assertThat(f.flagged("503J")).containsExactly("A Episodes row 1");
  }
}
