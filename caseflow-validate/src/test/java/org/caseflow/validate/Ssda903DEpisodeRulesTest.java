package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;

import org.junit.jupiter.api.Test;

/**
 * SSDA903 rules on the episodes themselves: the category of need in a period of care (504), the
 * placement provider (526 to 531, 550), the episode continuing from last year (562) and the mother
 * field of a girl leaving care (607).
 */
class Ssda903DEpisodeRulesTest {
  /** An episode with the placement type and provider given. */
  private static ReturnFixture placed(
      ReturnFixture f, String child, String place, String provider) {
    return f.add(
        CLA_EPISODE, "child_id", child, "placement_type", place, "placement_provider", provider);
  }

  @Test
  void aChangeOfNeedWithinAPeriodOfCareIsFlaggedAndANewPeriodMayChangeIt() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(
                CLA_EPISODE,
                "child_id",
                "C1",
                "start_date",
                "2025-05-01",
                "end_date",
                "2025-06-01",
                "reason_ceased",
                "X1",
                "category_of_need",
                "N1")
            .add(
                CLA_EPISODE,
                "child_id",
                "C1",
                "start_date",
                "2025-06-01",
                "end_date",
                "2025-07-01",
                "reason_ceased",
                "X1",
                "category_of_need",
                "N2")
            .add(
                CLA_EPISODE, "child_id", "C1", "start_date", "2025-07-01", "category_of_need", "N1")
            .add(
                CLA_EPISODE,
                "child_id",
                "C2",
                "start_date",
                "2025-05-01",
                "end_date",
                "2025-06-01",
                "reason_ceased",
                "E13",
                "category_of_need",
                "N1")
            .add(
                CLA_EPISODE, "child_id", "C2", "start_date", "2025-06-01", "category_of_need", "N2")
            .add(
                CLA_EPISODE,
                "child_id",
                "C3",
                "start_date",
                "2025-05-01",
                "end_date",
                "2025-06-01",
                "reason_ceased",
                "X1",
                "category_of_need",
                "N1")
            .add(
                CLA_EPISODE,
                "child_id",
                "C3",
                "start_date",
                "2025-06-02",
                "category_of_need",
                "N3");
    assertThat(f.flagged("504")).containsExactly("C1 Episodes row 2");
  }

  @Test
  void aPlacementOtherThanTemporaryOrOtherNeedsAProvider() throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    placed(f, "C1", "U1", null);
    placed(f, "C2", "T2", null);
    placed(f, "C3", "Z11", null);
    placed(f, "C4", "K2", "PR2");
    placed(f, "C5", "K3", null);
    assertThat(f.flagged("526")).containsExactly("C1 Episodes row 1", "C5 Episodes row 5");
  }

  @Test
  void theCouncilsOwnProvisionCannotBeAnOwnHomeOrCustody() throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    placed(f, "C1", "P1", "PR1");
    placed(f, "C2", "R2", "PR1");
    placed(f, "C3", "U1", "PR1");
    placed(f, "C4", "R5", "PR2");
    assertThat(f.flagged("527")).containsExactly("C1 Episodes row 1", "C2 Episodes row 2");
  }

  @Test
  void anotherCouncilsProvisionCannotBeAnOwnHomeOrCustody() throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    placed(f, "C1", "R5", "PR2");
    placed(f, "C2", "U1", "PR2");
    placed(f, "C3", "P1", "PR1");
    assertThat(f.flagged("528")).containsExactly("C1 Episodes row 1");
  }

  @Test
  void anotherPublicBodyCannotProvideAdoptionFosterOrHomePlacements() throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    placed(f, "C1", "K2", "PR3");
    placed(f, "C2", "A6", "PR3");
    placed(f, "C3", "R1", "PR3");
    placed(f, "C4", "K2", "PR4");
    assertThat(f.flagged("529")).containsExactly("C1 Episodes row 1", "C2 Episodes row 2");
  }

  @Test
  void aPrivateProviderCannotProvideAPlacementWithParents() throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    placed(f, "C1", "P1", "PR4");
    placed(f, "C2", "R2", "PR4");
    assertThat(f.flagged("530")).containsExactly("C1 Episodes row 1");
  }

  @Test
  void aVoluntaryProviderCannotProvideAPlacementWithParents() throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    placed(f, "C1", "P1", "PR5");
    placed(f, "C2", "R5", "PR5");
    assertThat(f.flagged("531")).containsExactly("C1 Episodes row 1");
  }

  @Test
  void noProviderCodePr0GoesOnlyWithAPlacementWithParents() throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    placed(f, "C1", "U1", "PR0");
    placed(f, "C2", "P1", "PR0");
    placed(f, "C3", "U1", "PR1");
    assertThat(f.flagged("550")).containsExactly("C1 Episodes row 1");
  }

  @Test
  void anEpisodeFromBeforeTheYearMustBeLastYearsLatestEpisode() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .lastYear(CLA_EPISODE, "child_id", "C1", "start_date", "2024-05-01")
            .lastYear(CLA_EPISODE, "child_id", "C1", "start_date", "2025-03-01")
            .add(CLA_EPISODE, "child_id", "C1", "start_date", "2025-03-01")
            .lastYear(CLA_EPISODE, "child_id", "C2", "start_date", "2025-01-10")
            .add(CLA_EPISODE, "child_id", "C2", "start_date", "2025-02-01")
            .add(CLA_EPISODE, "child_id", "C3", "start_date", "2025-04-01")
            .add(CLA_EPISODE, "child_id", "C4", "start_date", "2025-06-01")
            .add(CLA_EPISODE, "child_id", "C4", "start_date", "2025-02-01");
    assertThat(f.flagged("562")).containsExactly("C2 Episodes row 2", "C4 Episodes row 5");
  }

  @Test
  void aGirlLeavingCareInTheYearNeedsTheMotherField() throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    String[][] cases = {
      {"C1", "F", null, "2025-09-01", "E13", "C2"},
      {"C2", "F", "0", "2025-09-01", "E13", "C2"},
      {"C3", "M", null, "2025-09-01", "E13", "C2"},
      {"C4", "F", null, "2025-09-01", "X1", "C2"},
      {"C5", "F", null, "2025-09-01", "E13", "V3"},
      {"C6", "F", null, "2026-03-31", "E13", "C2"},
      {"C7", "F", null, "2026-04-01", "E13", "C2"},
    };
    for (String[] c : cases) {
      f.add(
          CHILD,
          "child_id",
          c[0],
          "sex",
          c[1],
          "is_mother",
          c[2] == null ? null : Boolean.valueOf("1".equals(c[2])));
      f.add(
          CLA_EPISODE,
          "child_id",
          c[0],
          "end_date",
          c[3],
          "reason_ceased",
          c[4],
          "legal_status",
          c[5]);
    }
    assertThat(f.flagged("607")).containsExactly("C1 Episodes row 1", "C6 Episodes row 6");
  }
}
