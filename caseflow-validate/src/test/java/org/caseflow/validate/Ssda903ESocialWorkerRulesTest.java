package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;
import static org.caseflow.domain.schema.Table.SOCIAL_WORKER_EPISODE;

import java.sql.SQLException;
import java.util.List;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;
import org.junit.jupiter.api.Test;

/**
 * SSDA903 social worker episode rules: stage 1 (SW01a, SW01b, SW02, SW04, SW05, SW13) and stage 2
 * (SW06 to SW12, SW17), which reports nothing for a child a stage-1 rule flags.
 */
class Ssda903ESocialWorkerRulesTest {
  private static final List<String> STAGE_ONE =
      List.of("SW01aSTG1", "SW01bSTG1", "SW02STG1", "SW04STG1", "SW05STG1", "SW13STG1");

  private static ReturnFixture return2025() {
    return ReturnFixture.ssda903("2025-26");
  }

  /** A social worker episode: worker SW1, reason MANAGE, then the pairs given. */
  private static Object[] sw(String child, Object... more) {
    Object[] base = {"child_id", child, "social_worker_id", "SW1", "reason", "MANAGE"};
    Object[] out = new Object[base.length + more.length];
    System.arraycopy(base, 0, out, 0, base.length);
    System.arraycopy(more, 0, out, base.length, more.length);
    return out;
  }

  /** Runs a stage-1 rule and a stage-2 rule together: each finding as "RULE CHILD". */
  private static List<String> withStageOne(ReturnFixture f, String stageOne, String stageTwo)
      throws SQLException {
    RuleSet set =
        RuleSet.forYear(ReturnKind.SSDA903, CollectionYear.parse("2025-26")).orElseThrow();
    return f
        .run(List.of(set.find(stageOne).orElseThrow(), set.find(stageTwo).orElseThrow()))
        .findings()
        .stream()
        .map(x -> x.rule() + " " + x.childId())
        .toList();
  }

  @Test
  void everyStageTwoRuleWaitsForEveryStageOneSocialWorkerRule() {
    RuleSet set =
        RuleSet.forYear(ReturnKind.SSDA903, CollectionYear.parse("2025-26")).orElseThrow();
    for (String code :
        List.of(
            "SW06STG2",
            "SW07STG2",
            "SW08STG2",
            "SW09STG2",
            "SW10STG2",
            "SW11bSTG2",
            "SW12STG2",
            "SW17STG2")) {
      assertThat(set.find(code).orElseThrow().after())
          .as(code)
          .containsExactlyInAnyOrderElementsOf(STAGE_ONE);
    }
    for (String code : STAGE_ONE) {
      assertThat(set.find(code).orElseThrow().after()).as(code).isEmpty();
    }
  }

  @Test
  void anEpisodeWithoutAStartOrAnOldOneWithoutAWorkerIsIncomplete() throws Exception {
    ReturnFixture f =
        return2025()
            .add(SOCIAL_WORKER_EPISODE, sw("C1"))
            .add(SOCIAL_WORKER_EPISODE, sw("C2", "unreadable", "SW_DECOM"))
            .add(
                SOCIAL_WORKER_EPISODE,
                "child_id",
                "C3",
                "start_date",
                "2023-03-31",
                "reason",
                "MANAGE")
            .add(
                SOCIAL_WORKER_EPISODE,
                "child_id",
                "C4",
                "start_date",
                "2023-04-01",
                "reason",
                "MANAGE")
            .add(SOCIAL_WORKER_EPISODE, sw("C5", "start_date", "2023-03-31"));
    assertThat(f.flagged("SW01aSTG1"))
        .containsExactly("C1 SWEpisodes row 1", "C3 SWEpisodes row 3");
  }

  @Test
  void anEpisodeFromApril2023NeedsAWorkerAndAReasonButAnOlderOneNeedsNoReason() throws Exception {
    ReturnFixture f =
        return2025()
            .add(SOCIAL_WORKER_EPISODE, sw("C1"))
            .add(
                SOCIAL_WORKER_EPISODE,
                "child_id",
                "C2",
                "social_worker_id",
                "SW1",
                "start_date",
                "2023-04-01")
            .add(
                SOCIAL_WORKER_EPISODE,
                "child_id",
                "C3",
                "reason",
                "MANAGE",
                "start_date",
                "2023-04-01")
            .add(
                SOCIAL_WORKER_EPISODE,
                "child_id",
                "C4",
                "social_worker_id",
                "SW1",
                "start_date",
                "2023-03-31")
            .add(SOCIAL_WORKER_EPISODE, sw("C5", "start_date", "2023-04-01"));
    assertThat(f.flagged("SW01bSTG1"))
        .containsExactly("C1 SWEpisodes row 1", "C2 SWEpisodes row 2", "C3 SWEpisodes row 3");
  }

  @Test
  void aWorkerIdNotStartingSwOrXxIsFlagged() throws Exception {
    ReturnFixture f =
        return2025()
            .add(SOCIAL_WORKER_EPISODE, sw("C1", "social_worker_id", "AB123"))
            .add(SOCIAL_WORKER_EPISODE, sw("C2", "social_worker_id", "SW123"))
            .add(SOCIAL_WORKER_EPISODE, sw("C3", "social_worker_id", "XX123"))
            .add(SOCIAL_WORKER_EPISODE, sw("C4", "social_worker_id", "sw123"))
            .add(SOCIAL_WORKER_EPISODE, sw("C5", "social_worker_id", null));
    assertThat(f.flagged("SW02STG1")).containsExactly("C1 SWEpisodes row 1", "C4 SWEpisodes row 4");
  }

  @Test
  void aStartMissingOrNotADateIsFlagged() throws Exception {
    ReturnFixture f =
        return2025()
            .add(SOCIAL_WORKER_EPISODE, sw("C1"))
            .add(SOCIAL_WORKER_EPISODE, sw("C2", "unreadable", "SW_DECOM"))
            .add(SOCIAL_WORKER_EPISODE, sw("C3", "start_date", "2025-05-01"));
    assertThat(f.flagged("SW04STG1")).containsExactly("C1 SWEpisodes row 1", "C2 SWEpisodes row 2");
  }

  @Test
  void anEndNotADateIsFlaggedButABlankOneIsNot() throws Exception {
    ReturnFixture f =
        return2025()
            .add(
                SOCIAL_WORKER_EPISODE, sw("C1", "start_date", "2025-05-01", "unreadable", "SW_DEC"))
            .add(SOCIAL_WORKER_EPISODE, sw("C2", "start_date", "2025-05-01"))
            .add(
                SOCIAL_WORKER_EPISODE,
                sw("C3", "start_date", "2025-05-01", "end_date", "2025-06-01"));
    assertThat(f.flagged("SW05STG1")).containsExactly("C1 SWEpisodes row 1");
  }

  @Test
  void aReasonOutsideTheListIsFlaggedButABlankOneIsNot() throws Exception {
    ReturnFixture f =
        return2025()
            .add(SOCIAL_WORKER_EPISODE, sw("C1", "start_date", "2025-05-01", "reason", "LAZY"))
            .add(SOCIAL_WORKER_EPISODE, sw("C2", "start_date", "2025-05-01"))
            .add(SOCIAL_WORKER_EPISODE, sw("C3", "start_date", "2025-05-01", "reason", null));
    assertThat(f.flagged("SW13STG1")).containsExactly("C1 SWEpisodes row 1");
  }

  @Test
  void anEpisodeStartingAfter31MarchIsFlaggedUnlessStageOneFlaggedTheChild() throws Exception {
    ReturnFixture f =
        return2025()
            .add(SOCIAL_WORKER_EPISODE, sw("C1", "start_date", "2026-04-01"))
            .add(SOCIAL_WORKER_EPISODE, sw("C2", "start_date", "2026-03-31"))
            .add(SOCIAL_WORKER_EPISODE, sw("C3", "start_date", "2020-01-01"))
            .add(SOCIAL_WORKER_EPISODE, sw("C4", "start_date", "2026-04-01", "reason", "LAZY"));
    assertThat(f.flagged("SW06STG2")).containsExactly("C1 SWEpisodes row 1", "C4 SWEpisodes row 4");
    assertThat(withStageOne(f, "SW13STG1", "SW06STG2"))
        .containsExactlyInAnyOrder("SW13STG1 C4", "SW06STG2 C1");
  }

  @Test
  void anEndBeforeTheYearOrAfter31MarchIsFlaggedUnlessStageOneFlaggedTheChild() throws Exception {
    ReturnFixture f =
        return2025()
            .add(
                SOCIAL_WORKER_EPISODE,
                sw("C1", "start_date", "2025-01-01", "end_date", "2025-03-31"))
            .add(
                SOCIAL_WORKER_EPISODE,
                sw("C2", "start_date", "2025-01-01", "end_date", "2025-04-01"))
            .add(
                SOCIAL_WORKER_EPISODE,
                sw("C3", "start_date", "2025-05-01", "end_date", "2026-03-31"))
            .add(
                SOCIAL_WORKER_EPISODE,
                sw("C4", "start_date", "2025-05-01", "end_date", "2026-04-01"))
            .add(
                SOCIAL_WORKER_EPISODE,
                sw(
                    "C5",
                    "start_date",
                    "2025-05-01",
                    "end_date",
                    "2026-04-01",
                    "social_worker_id",
                    "AB1"));
    assertThat(f.flagged("SW07STG2"))
        .containsExactly("C1 SWEpisodes row 1", "C4 SWEpisodes row 4", "C5 SWEpisodes row 5");
    assertThat(withStageOne(f, "SW02STG1", "SW07STG2"))
        .containsExactlyInAnyOrder("SW02STG1 C5", "SW07STG2 C1", "SW07STG2 C4");
  }

  @Test
  void anOpenEpisodeFollowedByAnotherIsFlaggedButTheLatestOpenOneIsNot() throws Exception {
    ReturnFixture f =
        return2025()
            .add(SOCIAL_WORKER_EPISODE, sw("C1", "start_date", "2025-04-01"))
            .add(SOCIAL_WORKER_EPISODE, sw("C1", "start_date", "2025-06-01"))
            .add(
                SOCIAL_WORKER_EPISODE,
                sw("C2", "start_date", "2025-04-01", "end_date", "2025-06-01"))
            .add(SOCIAL_WORKER_EPISODE, sw("C2", "start_date", "2025-06-01"))
            .add(SOCIAL_WORKER_EPISODE, sw("C3", "start_date", "2025-04-01", "reason", "LAZY"))
            .add(SOCIAL_WORKER_EPISODE, sw("C3", "start_date", "2025-06-01"));
    assertThat(f.flagged("SW08STG2")).containsExactly("C1 SWEpisodes row 1", "C3 SWEpisodes row 5");
    assertThat(withStageOne(f, "SW13STG1", "SW08STG2"))
        .containsExactlyInAnyOrder("SW13STG1 C3", "SW08STG2 C1");
  }

  @Test
  void anEpisodeEndingTheDayItStartedIsFlaggedAndOneEndingTheNextDayIsNot() throws Exception {
    ReturnFixture f =
        return2025()
            .add(
                SOCIAL_WORKER_EPISODE,
                sw("C1", "start_date", "2025-05-01", "end_date", "2025-05-01"))
            .add(
                SOCIAL_WORKER_EPISODE,
                sw("C2", "start_date", "2025-05-01", "end_date", "2025-05-02"))
            .add(
                SOCIAL_WORKER_EPISODE,
                sw(
                    "C3",
                    "start_date",
                    "2025-05-01",
                    "end_date",
                    "2025-05-01",
                    "social_worker_id",
                    null));
    assertThat(f.flagged("SW09STG2")).containsExactly("C1 SWEpisodes row 1", "C3 SWEpisodes row 3");
    assertThat(withStageOne(f, "SW01bSTG1", "SW09STG2"))
        .containsExactlyInAnyOrder("SW01bSTG1 C3", "SW09STG2 C1");
  }

  @Test
  void anEpisodeStartingMoreThanSevenDaysBeforeThePreviousEndedIsFlagged() throws Exception {
    ReturnFixture f = return2025();
    String[][] cases = {
      {"C1", "2025-06-12", "MANAGE"},
      {"C2", "2025-06-13", "MANAGE"},
      {"C3", "2025-06-12", "FCONTA"},
      {"C4", "2025-06-12", "LAZY"}
    };
    for (String[] c : cases) {
      f.add(SOCIAL_WORKER_EPISODE, sw(c[0], "start_date", "2025-04-01", "end_date", "2025-06-20"))
          .add(SOCIAL_WORKER_EPISODE, sw(c[0], "start_date", c[1], "reason", c[2]));
    }
    assertThat(f.flagged("SW10STG2")).containsExactly("C1 SWEpisodes row 2", "C4 SWEpisodes row 8");
    assertThat(withStageOne(f, "SW13STG1", "SW10STG2"))
        .containsExactlyInAnyOrder("SW13STG1 C4", "SW10STG2 C1");
  }

  @Test
  void anEpisodeEndingBefore31MarchWithNothingAfterItIsFlagged() throws Exception {
    ReturnFixture f =
        return2025()
            .add(
                SOCIAL_WORKER_EPISODE,
                sw("C1", "start_date", "2025-05-01", "end_date", "2026-03-30"))
            .add(
                SOCIAL_WORKER_EPISODE,
                sw("C2", "start_date", "2025-05-01", "end_date", "2026-03-31"))
            .add(
                SOCIAL_WORKER_EPISODE,
                sw("C3", "start_date", "2025-05-01", "end_date", "2025-06-01"))
            .add(SOCIAL_WORKER_EPISODE, sw("C3", "start_date", "2025-06-01"))
            .add(
                SOCIAL_WORKER_EPISODE,
                sw("C4", "start_date", "2025-05-01", "end_date", "2026-03-30", "reason", "LAZY"));
    assertThat(f.flagged("SW11bSTG2"))
        .containsExactly("C1 SWEpisodes row 1", "C4 SWEpisodes row 5");
    assertThat(withStageOne(f, "SW13STG1", "SW11bSTG2"))
        .containsExactlyInAnyOrder("SW13STG1 C4", "SW11bSTG2 C1");
  }

  @Test
  void aChildLookedAfterOn31MarchNeedsSocialWorkersFromTheStartOfTheYear() throws Exception {
    ReturnFixture f =
        return2025()
            .add(CLA_EPISODE, "child_id", "C1", "start_date", "2024-05-01")
            .add(SOCIAL_WORKER_EPISODE, sw("C1", "start_date", "2025-04-02"))
            .add(CLA_EPISODE, "child_id", "C2", "start_date", "2024-05-01")
            .add(SOCIAL_WORKER_EPISODE, sw("C2", "start_date", "2025-04-01"))
            .add(CLA_EPISODE, "child_id", "C3", "start_date", "2025-06-01")
            .add(SOCIAL_WORKER_EPISODE, sw("C3", "start_date", "2025-06-01", "reason", "FCONTA"))
            .add(CLA_EPISODE, "child_id", "C4", "start_date", "2024-05-01")
            .add(
                CLA_EPISODE,
                "child_id",
                "C5",
                "start_date",
                "2024-05-01",
                "end_date",
                "2025-12-01",
                "reason_ceased",
                "E13")
            .add(CLA_EPISODE, "child_id", "C6", "start_date", "2024-05-01", "legal_status", "V3")
            .add(CLA_EPISODE, "child_id", "C7", "start_date", "2024-05-01")
            .add(SOCIAL_WORKER_EPISODE, sw("C7", "start_date", "2025-04-02", "reason", "LAZY"));
    assertThat(f.flagged("SW12STG2"))
        .containsExactly("C1 SWEpisodes row 1", "C4 SWEpisodes", "C7 SWEpisodes row 4");
    assertThat(withStageOne(f, "SW13STG1", "SW12STG2"))
        .containsExactlyInAnyOrder("SW13STG1 C7", "SW12STG2 C1", "SW12STG2 C4");
  }

  @Test
  void aChildsLatestEpisodeThatHasEndedIsFlagged() throws Exception {
    ReturnFixture f =
        return2025()
            .add(
                SOCIAL_WORKER_EPISODE,
                sw("C1", "start_date", "2025-05-01", "end_date", "2026-03-31"))
            .add(SOCIAL_WORKER_EPISODE, sw("C2", "start_date", "2025-05-01"))
            .add(
                SOCIAL_WORKER_EPISODE,
                sw("C3", "start_date", "2025-05-01", "end_date", "2025-06-01"))
            .add(SOCIAL_WORKER_EPISODE, sw("C3", "start_date", "2025-06-01"))
            .add(
                SOCIAL_WORKER_EPISODE,
                sw("C4", "end_date", "2026-03-31", "unreadable", "SW_DECOM"));
    assertThat(f.flagged("SW17STG2")).containsExactly("C1 SWEpisodes row 1");
    ReturnFixture g =
        return2025()
            .add(
                SOCIAL_WORKER_EPISODE,
                sw("C1", "start_date", "2025-05-01", "end_date", "2026-03-31"))
            .add(
                SOCIAL_WORKER_EPISODE,
                sw(
                    "C2",
                    "start_date",
                    "2025-05-01",
                    "end_date",
                    "2026-03-31",
                    "social_worker_id",
                    "AB1"));
    assertThat(withStageOne(g, "SW02STG1", "SW17STG2"))
        .containsExactlyInAnyOrder("SW02STG1 C2", "SW17STG2 C1");
  }
}
