package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;

import org.junit.jupiter.api.Test;

/**
 * SSDA903 rules on the episodes alone (199, 213-226, 233, 353-357, 361-366), each where it fires
 * and where it only just does not.
 */
class Ssda903BEpisodeRulesTest {
  private static Object[] ep(String child, String start, String end, Object... more) {
    Object[] base =
        end == null
            ? new Object[] {"child_id", child, "start_date", start}
            : new Object[] {"child_id", child, "start_date", start, "end_date", end};
    Object[] out = new Object[base.length + more.length];
    System.arraycopy(base, 0, out, 0, base.length);
    System.arraycopy(more, 0, out, base.length, more.length);
    return out;
  }

  @Test
  void anEpisodeStartingOnOrAfterAnAdoptionIsFlaggedAndTheAdoptionEpisodeItselfIsNot()
      throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .lastYear(CLA_EPISODE, ep("A", "2020-01-01", "2024-06-01", "reason_ceased", "E11"))
            .add(CLA_EPISODE, ep("A", "2025-05-01", null))
            .add(CLA_EPISODE, ep("B", "2025-04-10", "2025-06-01", "reason_ceased", "E12"))
            .add(CLA_EPISODE, ep("B", "2025-06-01", null))
            .add(CLA_EPISODE, ep("C", "2025-04-10", "2025-06-01", "reason_ceased", "E3"))
            .add(CLA_EPISODE, ep("C", "2025-07-01", null));
    assertThat(f.flagged("199")).containsExactly("A Episodes row 1", "B Episodes row 3");
  }

  @Test
  void aProviderForATemporaryPlacementIsFlaggedAndNoProviderIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CLA_EPISODE, ep("A", "2025-05-01", null, "placement_type", "T1"))
            .add(
                CLA_EPISODE,
                ep("B", "2025-05-01", null, "placement_type", "T1", "placement_provider", null))
            .add(CLA_EPISODE, ep("C", "2025-05-01", null, "placement_type", "U1"));
    assertThat(f.flagged("213")).containsExactly("A Episodes row 1");
  }

  @Test
  void aPlacementPostcodeOrUrnForAShortBreakIsFlaggedAndNoneIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(
                CLA_EPISODE,
                ep("A", "2025-05-01", null, "legal_status", "V3", "placement_postcode", "AB1"))
            .add(CLA_EPISODE, ep("B", "2025-05-01", null, "legal_status", "V4", "urn", "SC123456"))
            .add(CLA_EPISODE, ep("C", "2025-05-01", null, "legal_status", "V3"))
            .add(CLA_EPISODE, ep("D", "2025-05-01", null, "placement_postcode", "AB1"));
    assertThat(f.flagged("214")).containsExactly("A Episodes row 1", "B Episodes row 2");
  }

  @Test
  void anAdoptionWithFosterCarersFromApril2015WithoutReasonSTOrUIsFlagged() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(
                CLA_EPISODE,
                ep("A", "2025-05-01", null, "placement_type", "A3", "reason_new_episode", "P"))
            .add(
                CLA_EPISODE,
                ep("B", "2025-05-01", null, "placement_type", "A5", "reason_new_episode", "T"))
            .add(
                CLA_EPISODE,
                ep("C", "2015-03-31", null, "placement_type", "A3", "reason_new_episode", "P"))
            .add(
                CLA_EPISODE,
                ep("D", "2015-04-01", null, "placement_type", "A5", "reason_new_episode", "L"));
    assertThat(f.flagged("217")).containsExactly("A Episodes row 1", "D Episodes row 4");
  }

  @Test
  void aUrnForAPlacementTypeWithoutOneIsFlaggedButXxxxxxxIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CLA_EPISODE, ep("A", "2025-05-01", null, "placement_type", "R1", "urn", "SC1"))
            .add(CLA_EPISODE, ep("B", "2025-05-01", null, "placement_type", "R1", "urn", "XXXXXXX"))
            .add(CLA_EPISODE, ep("C", "2025-05-01", null, "placement_type", "U1", "urn", "SC1"))
            .add(CLA_EPISODE, ep("D", "2025-05-01", null, "placement_type", "T2", "urn", "sc1"))
            .add(CLA_EPISODE, ep("E", "2025-05-01", null, "placement_type", "Z1"));
    assertThat(f.flagged("222")).containsExactly("A Episodes row 1", "D Episodes row 4");
  }

  @Test
  void aPlacementChangeWithoutAReasonIsFlaggedButNotWithOneOrIntoATemporaryPlacement()
      throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    String[][] cases = {
      {"A", null, "P", "U2"},
      {"B", "CARPL", "P", "U2"},
      {"C", null, "P", "T1"},
      {"D", null, "L", "U1"}
    };
    for (String[] c : cases) {
      f.add(
          CLA_EPISODE,
          ep(c[0], "2025-05-01", "2025-06-01", "reason_ceased", "X1", "reason_place_change", c[1]));
      f.add(
          CLA_EPISODE,
          ep(c[0], "2025-06-01", null, "reason_new_episode", c[2], "placement_type", c[3]));
    }
    assertThat(f.flagged("225")).containsExactly("A Episodes row 1");
  }

  @Test
  void aReasonForAMoveIntoOrWithinATemporaryPlacementIsFlaggedAndNoReasonIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CLA_EPISODE, ep("A", "2025-05-01", "2025-06-01", "reason_place_change", "OTHER"))
            .add(CLA_EPISODE, ep("A", "2025-06-01", null, "placement_type", "T1"))
            .add(CLA_EPISODE, ep("B", "2025-05-01", "2025-06-01"))
            .add(
                CLA_EPISODE,
                ep("B", "2025-06-01", null, "placement_type", "T2", "reason_place_change", "CHILD"))
            .add(CLA_EPISODE, ep("C", "2025-05-01", "2025-06-01"))
            .add(CLA_EPISODE, ep("C", "2025-06-01", null, "placement_type", "T3"))
            .add(CLA_EPISODE, ep("D", "2025-05-01", "2025-06-01", "placement_type", "T4"))
            .add(CLA_EPISODE, ep("D", "2025-06-01", null, "reason_place_change", "CARPL"));
    assertThat(f.flagged("226")).containsExactly("A Episodes row 2", "B Episodes row 4");
    assertThat(f.findings().get(0).values()).containsExactly("OTHER", "T1");
  }

  @Test
  void aReasonForPlacementChangeOnAnOpenEpisodeIsFlaggedAndOnACeasedOneIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CLA_EPISODE, ep("A", "2025-05-01", null, "reason_place_change", "CARPL"))
            .add(
                CLA_EPISODE,
                ep(
                    "B",
                    "2025-05-01",
                    "2025-06-01",
                    "reason_ceased",
                    "X1",
                    "reason_place_change",
                    "CARPL"))
            .add(
                CLA_EPISODE,
                ep(
                    "C",
                    "2025-05-01",
                    null,
                    "reason_ceased",
                    "X1",
                    "reason_place_change",
                    "CARPL",
                    "unreadable",
                    "DEC"));
    assertThat(f.flagged("233")).containsExactly("A Episodes row 1");
  }

  @Test
  void anEpisodeStartingTheDayBefore14October1991IsFlaggedAndOnThatDayIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CLA_EPISODE, ep("A", "1991-10-13", null))
            .add(CLA_EPISODE, ep("B", "1991-10-14", null));
    assertThat(f.flagged("353")).containsExactly("A Episodes row 1");
  }

  @Test
  void anEpisodeCeasingAfter31MarchIsFlaggedAndOn31MarchIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CLA_EPISODE, ep("A", "2025-05-01", "2026-04-01", "reason_ceased", "E3"))
            .add(CLA_EPISODE, ep("B", "2025-05-01", "2026-03-31", "reason_ceased", "E3"));
    assertThat(f.flagged("354")).containsExactly("A Episodes row 1");
    assertThat(f.findings().get(0).values()).containsExactly("2025-05-01");
  }

  @Test
  void anEpisodeCeasingTheDayItStartedIsFlaggedAndOneLastingADayIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CLA_EPISODE, ep("A", "2025-05-01", "2025-05-01", "reason_ceased", "E3"))
            .add(CLA_EPISODE, ep("B", "2025-05-01", "2025-05-02", "reason_ceased", "E3"));
    assertThat(f.flagged("355")).containsExactly("A Episodes row 1");
  }

  @Test
  void anEpisodeCeasingTheDayBeforeItStartedIsFlaggedAndTheSameDayIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CLA_EPISODE, ep("A", "2025-05-01", "2025-04-30", "reason_ceased", "E3"))
            .add(CLA_EPISODE, ep("B", "2025-05-01", "2025-05-01", "reason_ceased", "E3"));
    assertThat(f.flagged("356")).containsExactly("A Episodes row 1");
  }

  @Test
  void aFirstEverEpisodeInTheYearWithoutReasonSIsFlaggedButNotOneCarriedOverOrWithHistory()
      throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CLA_EPISODE, ep("A", "2025-04-01", null, "reason_new_episode", "P"))
            .add(CLA_EPISODE, ep("B", "2025-04-01", "2025-06-01", "reason_ceased", "X1"))
            .add(CLA_EPISODE, ep("B", "2025-06-01", null, "reason_new_episode", "P"))
            .add(CLA_EPISODE, ep("C", "2025-03-31", null, "reason_new_episode", "P"))
            .lastYear(CLA_EPISODE, ep("D", "2024-05-01", "2024-09-01", "reason_ceased", "E3"))
            .add(CLA_EPISODE, ep("D", "2025-05-01", null, "reason_new_episode", "P"));
    assertThat(f.flagged("357")).containsExactly("A Episodes row 1");
  }

  @Test
  void policeProtectionOverThreeDaysIsFlaggedAcrossConsecutiveEpisodesAndThreeDaysIsNot()
      throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CLA_EPISODE, ep("A", "2025-06-01", "2025-06-04", "legal_status", "L1"))
            .add(CLA_EPISODE, ep("B", "2025-06-01", "2025-06-03", "legal_status", "L1"))
            .add(CLA_EPISODE, ep("B", "2025-06-03", "2025-06-05", "legal_status", "L1"))
            .add(CLA_EPISODE, ep("C", "2025-06-01", "2025-06-03", "legal_status", "L1"))
            .add(CLA_EPISODE, ep("C", "2025-06-03", "2025-06-10", "legal_status", "C2"))
            .add(CLA_EPISODE, ep("C", "2025-06-10", "2025-06-12", "legal_status", "L1"))
            // D is still under police protection at 31 March: 27 to 31 March is 4 days.
            .add(CLA_EPISODE, ep("D", "2026-03-27", null, "legal_status", "L1"));
    assertThat(f.flagged("361"))
        .containsExactly("B Episodes row 2", "B Episodes row 3", "D Episodes row 7");
  }

  @Test
  void anEpoOver21DaysIsFlaggedAnd21DaysIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CLA_EPISODE, ep("A", "2025-06-01", "2025-06-22", "legal_status", "L2"))
            .add(CLA_EPISODE, ep("B", "2025-06-01", "2025-06-23", "legal_status", "L2"));
    assertThat(f.flagged("362")).containsExactly("B Episodes row 2");
  }

  @Test
  void aChildAssessmentOrderOverSevenDaysIsFlaggedAndSevenDaysIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CLA_EPISODE, ep("A", "2025-06-01", "2025-06-08", "legal_status", "L3"))
            .add(CLA_EPISODE, ep("B", "2025-06-01", "2025-06-05", "legal_status", "L3"))
            .add(CLA_EPISODE, ep("B", "2025-06-05", "2025-06-09", "legal_status", "L3"));
    assertThat(f.flagged("363")).containsExactly("B Episodes row 2", "B Episodes row 3");
    assertThat(f.findings().get(0).values()).containsExactly("L3", "2025-06-01", "2025-06-05");
  }

  @Test
  void paceDetentionOpenFor22DaysAt31MarchIsFlaggedAnd21DaysIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CLA_EPISODE, ep("A", "2026-03-10", null, "legal_status", "J2"))
            .add(CLA_EPISODE, ep("B", "2026-03-09", null, "legal_status", "J2"));
    assertThat(f.flagged("364")).containsExactly("B Episodes row 2");
  }

  @Test
  void aShortBreakOver17DaysIsFlaggedAnd17DaysIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CLA_EPISODE, ep("A", "2025-06-01", "2025-06-18", "legal_status", "V3"))
            .add(CLA_EPISODE, ep("B", "2025-06-01", "2025-06-19", "legal_status", "V3"))
            .add(CLA_EPISODE, ep("C", "2026-03-13", null, "legal_status", "V3"))
            .add(CLA_EPISODE, ep("D", "2025-06-01", "2025-07-01", "legal_status", "C2"));
    assertThat(f.flagged("365")).containsExactly("B Episodes row 2", "C Episodes row 3");
  }

  @Test
  void aShortBreakEpisodeThatIsNotANewPeriodOfCareIsFlaggedAndOneWithReasonSIsNot()
      throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(
                CLA_EPISODE,
                ep("A", "2025-06-01", null, "legal_status", "V3", "reason_new_episode", "P"))
            .add(CLA_EPISODE, ep("B", "2025-06-01", null, "legal_status", "V3"));
    assertThat(f.flagged("366")).containsExactly("A Episodes row 1");
  }
}
