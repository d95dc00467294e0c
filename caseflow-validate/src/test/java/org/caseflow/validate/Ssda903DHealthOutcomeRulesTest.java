package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;
import static org.caseflow.domain.schema.Table.HEALTH_OUTCOME;

import org.junit.jupiter.api.Test;

/**
 * SSDA903 rules on the outcomes of children looked after for 12 months (OC2): conviction (542 to
 * 544) and health promotion (545 to 547) information by age at 31 March 2026.
 */
class Ssda903DHealthOutcomeRulesTest {
  /** A child born on the day given, looked after since 1 May 2024 (continuously for the year). */
  private static ReturnFixture lookedAfter(ReturnFixture f, String child, String born) {
    return f.add(CHILD, "child_id", child, "birth_date", born)
        .add(CLA_EPISODE, "child_id", child, "start_date", "2024-05-01");
  }

  @Test
  void aChildUnder10On31MarchMustHaveNoConvictionInformation() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(CHILD, "child_id", "C1", "birth_date", "2016-04-01")
            .add(HEALTH_OUTCOME, "child_id", "C1", "convicted", false)
            .add(CHILD, "child_id", "C2", "birth_date", "2016-03-31")
            .add(HEALTH_OUTCOME, "child_id", "C2", "convicted", true)
            .add(CHILD, "child_id", "C3", "birth_date", "2016-04-01")
            .add(HEALTH_OUTCOME, "child_id", "C3");
    assertThat(f.flagged("542")).containsExactly("C1 OC2 row 1");
  }

  @Test
  void aChildOf10LookedAfterAllYearNeedsConvictionInformation() throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    lookedAfter(f, "C1", "2016-03-31").add(HEALTH_OUTCOME, "child_id", "C1");
    lookedAfter(f, "C2", "2016-04-01").add(HEALTH_OUTCOME, "child_id", "C2");
    lookedAfter(f, "C3", "2010-01-01").add(HEALTH_OUTCOME, "child_id", "C3", "convicted", false);
    f.add(CHILD, "child_id", "C4", "birth_date", "2010-01-01")
        .add(CLA_EPISODE, "child_id", "C4", "start_date", "2025-04-02")
        .add(HEALTH_OUTCOME, "child_id", "C4");
    f.add(CHILD, "child_id", "C5", "birth_date", "2010-01-01")
        .add(CLA_EPISODE, "child_id", "C5", "start_date", "2025-04-01")
        .add(HEALTH_OUTCOME, "child_id", "C5");
    lookedAfter(f, "C6", "2010-01-01")
        .add(
            CLA_EPISODE,
            "child_id",
            "C6",
            "start_date",
            "2025-06-01",
            "end_date",
            "2026-03-31",
            "reason_ceased",
            "E13")
        .add(HEALTH_OUTCOME, "child_id", "C6");
    lookedAfter(f, "C7", "2010-01-01")
        .add(CLA_EPISODE, "child_id", "C7", "start_date", "2025-06-01", "legal_status", "V3")
        .add(HEALTH_OUTCOME, "child_id", "C7");
    assertThat(f.flagged("543")).containsExactly("C1 Episodes", "C5 Episodes");
  }

  @Test
  void convictionInformationNeedsTheOtherHealthFields() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(
                HEALTH_OUTCOME,
                "child_id",
                "C1",
                "convicted",
                false,
                "teeth_check",
                true,
                "health_assessment",
                true,
                "substance_misuse",
                false)
            .add(
                HEALTH_OUTCOME,
                "child_id",
                "C2",
                "convicted",
                true,
                "immunisations",
                true,
                "teeth_check",
                true,
                "health_assessment",
                true,
                "substance_misuse",
                false)
            .add(HEALTH_OUTCOME, "child_id", "C3");
    assertThat(f.flagged("544")).containsExactly("C1 OC2 row 1");
  }

  @Test
  void aChildUnder5LookedAfterAllYearNeedsHealthPromotionInformation() throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    lookedAfter(f, "C1", "2021-04-01").add(HEALTH_OUTCOME, "child_id", "C1");
    lookedAfter(f, "C2", "2021-03-31").add(HEALTH_OUTCOME, "child_id", "C2");
    lookedAfter(f, "C3", "2021-04-01").add(HEALTH_OUTCOME, "child_id", "C3", "health_check", true);
    f.add(CHILD, "child_id", "C4", "birth_date", "2022-01-01")
        .add(CLA_EPISODE, "child_id", "C4", "start_date", "2025-06-01", "reason_new_episode", "S")
        .add(HEALTH_OUTCOME, "child_id", "C4");
    assertThat(f.flagged("545")).containsExactly("C1 OC2 row 1");
  }

  @Test
  void aChildOf5On31MarchMustHaveNoHealthPromotionInformation() throws Exception {
    ReturnFixture f = ReturnFixture.ssda903("2025-26");
    lookedAfter(f, "C1", "2021-03-31").add(HEALTH_OUTCOME, "child_id", "C1", "health_check", true);
    lookedAfter(f, "C2", "2021-04-01").add(HEALTH_OUTCOME, "child_id", "C2", "health_check", true);
    lookedAfter(f, "C3", "2019-01-01").add(HEALTH_OUTCOME, "child_id", "C3");
    assertThat(f.flagged("546")).containsExactly("C1 Episodes");
  }

  @Test
  void healthPromotionInformationNeedsTheOtherHealthFields() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .add(
                HEALTH_OUTCOME,
                "child_id",
                "C1",
                "health_check",
                true,
                "immunisations",
                true,
                "teeth_check",
                true,
                "health_assessment",
                true)
            .add(
                HEALTH_OUTCOME,
                "child_id",
                "C2",
                "health_check",
                false,
                "immunisations",
                false,
                "teeth_check",
                false,
                "health_assessment",
                false,
                "substance_misuse",
                false)
            .add(HEALTH_OUTCOME, "child_id", "C3", "immunisations", true);
    assertThat(f.flagged("547")).containsExactly("C1 OC2 row 1");
  }
}
