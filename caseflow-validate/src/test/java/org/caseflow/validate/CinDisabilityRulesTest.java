package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CHILD_DISABILITY;
import static org.caseflow.domain.schema.Table.CIN_EPISODE;

import org.junit.jupiter.api.Test;

/** The CIN census rules on children's disabilities, per child and across the return. */
class CinDisabilityRulesTest {
  private static ReturnFixture cin() {
    return ReturnFixture.cin("2025-26");
  }

  private static ReturnFixture disabilities(ReturnFixture f, String child, String... codes) {
    for (String code : codes) {
      f.add(CHILD_DISABILITY, "child_id", child, "disability", code);
    }
    return f;
  }

  /** A child, and an episode that did (NFA) or did not end in no further action. */
  private static ReturnFixture child(ReturnFixture f, String id, Object birth, boolean nfa) {
    return f.add(CHILD, "child_id", id, "birth_date", birth)
        .add(CIN_EPISODE, "child_id", id, "referral_date", "2025-05-01", "referral_nfa", nfa);
  }

  @Test
  void noneBesideAnotherCodeIsFlaggedOnTheNoneRowAndNoneAloneOrTwoCodesAreNot() throws Exception {
    ReturnFixture f = cin();
    disabilities(f, "C1", "MOB", "NONE");
    disabilities(f, "C2", "NONE");
    disabilities(f, "C3", "MOB", "HAND");
    assertThat(f.flagged("8790")).containsExactly("C1 Disabilities row 2");
    assertThat(f.findings().get(0).values()).containsExactly("NONE");
  }

  @Test
  void aCodeRepeatedForTheChildIsFlaggedOnTheRepeatAndTwoCodesOrTwoChildrenAreNot()
      throws Exception {
    ReturnFixture f = cin();
    disabilities(f, "C1", "MOB", "HAND", "MOB");
    disabilities(f, "C2", "MOB", "HAND");
    disabilities(f, "C3", "NONE", "NONE");
    disabilities(f, "C4", "HAND");
    assertThat(f.flagged("8794")).containsExactly("C1 Disabilities row 3", "C3 Disabilities row 7");
  }

  @Test
  void aBornChildInNeedWithNoDisabilityOrAnUnlistedCodeIsFlaggedAndAListedCodeIsNot()
      throws Exception {
    ReturnFixture f = cin();
    child(f, "C1", "2015-06-01", false);
    child(f, "C2", "2015-06-01", false);
    disabilities(f, "C2", "XYZ");
    child(f, "C3", "2015-06-01", false);
    disabilities(f, "C3", "NONE");
    child(f, "C4", "2015-06-01", false);
    disabilities(f, "C4", "MOB", "mob");
    assertThat(f.flagged("8540"))
        .containsExactly(
            "C1 ChildCharacteristics row 1",
            "C2 ChildCharacteristics row 2",
            "C4 ChildCharacteristics row 4");
    assertThat(f.findings().get(0).values()).containsExactly(null, "2015-06-01", "false");
    assertThat(f.findings().get(1).values()).containsExactly("XYZ", "2015-06-01", "false");
    assertThat(f.findings().get(2).values()).containsExactly("mob", "2015-06-01", "false");
  }

  @Test
  void anUnbornChildOrOneWhoseReferralsAllEndedInNoFurtherActionNeedsNoDisability()
      throws Exception {
    ReturnFixture f = cin();
    child(f, "C1", null, false);
    child(f, "C2", "2015-06-01", true);
    f.add(CHILD, "child_id", "C3");
    assertThat(f.flagged("8540")).isEmpty();
  }

  @Test
  void onlyOneCodePerChildIsQueriedOnceForTheReturnAndOneChildWithTwoCodesIsEnough()
      throws Exception {
    ReturnFixture single = cin();
    disabilities(single, "C1", "MOB");
    disabilities(single, "C2", "HAND", "HAND");
    disabilities(single, "C3", "NONE");
    ReturnFixture two = cin();
    disabilities(two, "C1", "MOB");
    disabilities(two, "C2", "HAND", "LD");
    assertThat(single.flagged("2888Q")).containsExactly("- Disabilities");
    assertThat(single.findings().get(0).values()).containsExactly("2");
    assertThat(single.findings().get(0).severity()).isEqualTo(Severity.QUERY);
    assertThat(two.flagged("2888Q")).isEmpty();
  }

  @Test
  void aReturnWithNoDisabilityOtherThanNoneIsLeftTo2887q() throws Exception {
    ReturnFixture f = cin();
    disabilities(f, "C1", "NONE");
    assertThat(f.flagged("2888Q")).isEmpty();
    assertThat(f.flagged("2887Q")).containsExactly("- Disabilities");
  }

  @Test
  void aCodeUsedForManyChildrenCountsOnceTowardsTheEightCodes() throws Exception {
    ReturnFixture f = cin();
    String[] codes = {"MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR"};
    for (int i = 0; i < codes.length; i++) {
      disabilities(f, "C" + i, codes[i]);
    }
    disabilities(f, "C8", "MOB", "HAND");
    assertThat(f.flagged("2887Q")).containsExactly("- Disabilities");
    assertThat(f.findings().get(0).values()).containsExactly("7");
    disabilities(f, "C9", "VIS");
    assertThat(f.flagged("2887Q")).isEmpty();
  }

  @Test
  void aCodeNotInTheDisabilityTableDoesNotCountTowardsTheEightCodes() throws Exception {
    ReturnFixture f = cin();
    disabilities(f, "C1", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "XYZ", "mob");
    assertThat(f.flagged("2887Q")).containsExactly("- Disabilities");
    assertThat(f.findings().get(0).values()).containsExactly("7");
    disabilities(f, "C2", "DDA");
    assertThat(f.flagged("2887Q")).isEmpty();
  }

  @Test
  void aReturnWithNoDisabilityRecordedIsQueriedForItsCodes() throws Exception {
    ReturnFixture f = cin();
    assertThat(f.flagged("2887Q")).containsExactly("- Disabilities");
    assertThat(f.findings().get(0).values()).containsExactly("0");
  }
}
