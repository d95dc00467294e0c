package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.UASC;

import org.junit.jupiter.api.Test;

/**
 * The SSDA903 rules reading the Header's UASC flag (child.is_uasc) beside the UASC table's date
 * ceased: 205A to 205D compare it with last year's return, 231 and 303 read this year's. The return
 * is 2025-26 (1 April 2025 to 31 March 2026); last year's is 2024-25.
 */
class Ssda903UascRulesTest {
  private static ReturnFixture y2526() {
    return ReturnFixture.ssda903("2025-26");
  }

  @Test
  void
      aChildNoLongerUascWhoseStatusDidNotCeaseWithinLastYearIsFlaggedAndOneCeasedOnItsLastDayIsNot()
          throws Exception {
    ReturnFixture f =
        y2526()
            // ceased in the middle of last year, no DUC this year: consistent
            .add(CHILD, "child_id", "C1", "is_uasc", false)
            .lastYear(CHILD, "child_id", "C1", "is_uasc", true)
            .lastYear(UASC, "child_id", "C1", "uasc_ceased_date", "2024-10-01")
            // last year's DUC is the first day of this year: not within last year
            .add(CHILD, "child_id", "C2", "is_uasc", false)
            .lastYear(CHILD, "child_id", "C2", "is_uasc", true)
            .lastYear(UASC, "child_id", "C2", "uasc_ceased_date", "2025-04-01")
            // the last day of last year: within it
            .add(CHILD, "child_id", "C3", "is_uasc", false)
            .lastYear(CHILD, "child_id", "C3", "is_uasc", true)
            .lastYear(UASC, "child_id", "C3", "uasc_ceased_date", "2025-03-31")
            // the first day of last year: within it
            .add(CHILD, "child_id", "C4", "is_uasc", false)
            .lastYear(CHILD, "child_id", "C4", "is_uasc", true)
            .lastYear(UASC, "child_id", "C4", "uasc_ceased_date", "2024-04-01")
            // the day before last year began
            .add(CHILD, "child_id", "C5", "is_uasc", false)
            .lastYear(CHILD, "child_id", "C5", "is_uasc", true)
            .lastYear(UASC, "child_id", "C5", "uasc_ceased_date", "2024-03-31")
            // ceased within last year, but a DUC given again this year
            .add(CHILD, "child_id", "C6", "is_uasc", false)
            .lastYear(CHILD, "child_id", "C6", "is_uasc", true)
            .lastYear(UASC, "child_id", "C6", "uasc_ceased_date", "2024-10-01")
            .add(UASC, "child_id", "C6", "uasc_ceased_date", "2024-10-01")
            // UASC last year with no DUC at all, not UASC now
            .add(CHILD, "child_id", "C7", "is_uasc", false)
            .lastYear(CHILD, "child_id", "C7", "is_uasc", true)
            .lastYear(UASC, "child_id", "C7")
            // UASC in both years: not this rule's
            .add(CHILD, "child_id", "C8", "is_uasc", true)
            .add(UASC, "child_id", "C8")
            .lastYear(CHILD, "child_id", "C8", "is_uasc", true)
            .lastYear(UASC, "child_id", "C8", "uasc_ceased_date", "2025-03-31");
    assertThat(f.flagged("205A")).containsExactly("C2 UASC", "C5 UASC", "C6 UASC row 1", "C7 UASC");
  }

  @Test
  void aChildUascInBothYearsWhoseDateCeasedFellLastYearOrChangedIsFlaggedAndOneUnchangedIsNot()
      throws Exception {
    ReturnFixture f =
        y2526()
            // ceased on the last day of last year, yet UASC again this year
            .add(CHILD, "child_id", "C1", "is_uasc", true)
            .add(UASC, "child_id", "C1", "uasc_ceased_date", "2025-03-31")
            .lastYear(CHILD, "child_id", "C1", "is_uasc", true)
            .lastYear(UASC, "child_id", "C1", "uasc_ceased_date", "2025-03-31")
            // an 18th birthday to come, the same both years
            .add(CHILD, "child_id", "C2", "is_uasc", true)
            .add(UASC, "child_id", "C2", "uasc_ceased_date", "2027-01-01")
            .lastYear(CHILD, "child_id", "C2", "is_uasc", true)
            .lastYear(UASC, "child_id", "C2", "uasc_ceased_date", "2027-01-01")
            // changed to a date after this year
            .add(CHILD, "child_id", "C3", "is_uasc", true)
            .add(UASC, "child_id", "C3", "uasc_ceased_date", "2026-04-01")
            .lastYear(CHILD, "child_id", "C3", "is_uasc", true)
            .lastYear(UASC, "child_id", "C3", "uasc_ceased_date", "2027-01-01")
            // changed to the last day of this year: ceased within it
            .add(CHILD, "child_id", "C4", "is_uasc", true)
            .add(UASC, "child_id", "C4", "uasc_ceased_date", "2026-03-31")
            .lastYear(CHILD, "child_id", "C4", "is_uasc", true)
            .lastYear(UASC, "child_id", "C4", "uasc_ceased_date", "2027-01-01")
            // ceased on the first day of this year, given so in both
            .add(CHILD, "child_id", "C5", "is_uasc", true)
            .add(UASC, "child_id", "C5", "uasc_ceased_date", "2025-04-01")
            .lastYear(CHILD, "child_id", "C5", "is_uasc", true)
            .lastYear(UASC, "child_id", "C5", "uasc_ceased_date", "2025-04-01")
            // last year's date dropped this year
            .add(CHILD, "child_id", "C6", "is_uasc", true)
            .add(UASC, "child_id", "C6")
            .lastYear(CHILD, "child_id", "C6", "is_uasc", true)
            .lastYear(UASC, "child_id", "C6", "uasc_ceased_date", "2027-01-01")
            // no date last year
            .add(CHILD, "child_id", "C7", "is_uasc", true)
            .add(UASC, "child_id", "C7", "uasc_ceased_date", "2026-06-01")
            .lastYear(CHILD, "child_id", "C7", "is_uasc", true)
            .lastYear(UASC, "child_id", "C7");
    assertThat(f.flagged("205B"))
        .containsExactly("C1 UASC row 1", "C3 UASC row 3", "C6 UASC row 6");
  }

  @Test
  void aDateCeasedForAChildUascInNeitherYearIsFlaggedAndOneUascLastYearIsNot() throws Exception {
    ReturnFixture f =
        y2526()
            // not in last year's return
            .add(CHILD, "child_id", "C1", "is_uasc", false)
            .add(UASC, "child_id", "C1", "uasc_ceased_date", "2025-06-01")
            // UASC last year
            .add(CHILD, "child_id", "C2", "is_uasc", false)
            .add(UASC, "child_id", "C2", "uasc_ceased_date", "2025-06-01")
            .lastYear(CHILD, "child_id", "C2", "is_uasc", true)
            .lastYear(UASC, "child_id", "C2")
            // no date ceased
            .add(CHILD, "child_id", "C3", "is_uasc", false)
            .add(UASC, "child_id", "C3")
            // not UASC last year either
            .add(CHILD, "child_id", "C4", "is_uasc", false)
            .add(UASC, "child_id", "C4", "uasc_ceased_date", "2025-06-01")
            .lastYear(CHILD, "child_id", "C4", "is_uasc", false)
            // UASC this year
            .add(CHILD, "child_id", "C5", "is_uasc", true)
            .add(UASC, "child_id", "C5", "uasc_ceased_date", "2025-06-01");
    assertThat(f.flagged("205C")).containsExactly("C1 UASC row 1", "C4 UASC row 4");
  }

  @Test
  void aChildUascThisYearAndNotLastYearIsFlaggedAndOneNewToTheReturnIsNot() throws Exception {
    ReturnFixture f =
        y2526()
            .add(CHILD, "child_id", "C1", "is_uasc", true)
            .add(UASC, "child_id", "C1")
            .lastYear(CHILD, "child_id", "C1", "is_uasc", false)
            .add(CHILD, "child_id", "C2", "is_uasc", true)
            .add(UASC, "child_id", "C2")
            .lastYear(CHILD, "child_id", "C2", "is_uasc", true)
            .lastYear(UASC, "child_id", "C2")
            .add(CHILD, "child_id", "C3", "is_uasc", true)
            .add(UASC, "child_id", "C3")
            .add(CHILD, "child_id", "C4", "is_uasc", false)
            .lastYear(CHILD, "child_id", "C4", "is_uasc", false);
    assertThat(f.flagged("205D")).containsExactly("C1 UASC row 1");
  }

  @Test
  void aUascChildUnderElevenOnThirtyFirstMarchIsFlaggedAndOneElevenThatDayIsNot() throws Exception {
    ReturnFixture f =
        y2526()
            .add(CHILD, "child_id", "C1", "is_uasc", true, "birth_date", "2015-04-01")
            .add(CHILD, "child_id", "C2", "is_uasc", true, "birth_date", "2015-03-31")
            .add(CHILD, "child_id", "C3", "is_uasc", false, "birth_date", "2015-04-01")
            // a CSV Header without the flag: a UASC row says the child is UASC
            .add(CHILD, "child_id", "C4", "birth_date", "2016-01-01")
            .add(UASC, "child_id", "C4")
            .add(CHILD, "child_id", "C5", "birth_date", "2016-01-01");
    assertThat(f.flagged("231")).containsExactly("C1 Header row 1", "C4 Header row 4");
  }

  @Test
  void aDateCeasedForAChildWhoseHeaderSaysNotUascIsFlaggedAndOneSayingUascIsNot() throws Exception {
    ReturnFixture f =
        y2526()
            .add(CHILD, "child_id", "C1", "is_uasc", false)
            .add(UASC, "child_id", "C1", "uasc_ceased_date", "2025-06-01")
            .add(CHILD, "child_id", "C2", "is_uasc", true)
            .add(UASC, "child_id", "C2", "uasc_ceased_date", "2025-06-01")
            // a CSV Header without the flag
            .add(CHILD, "child_id", "C3")
            .add(UASC, "child_id", "C3", "uasc_ceased_date", "2025-06-01")
            .add(CHILD, "child_id", "C4", "is_uasc", false)
            .add(UASC, "child_id", "C4");
    assertThat(f.flagged("303")).containsExactly("C1 UASC row 1");
  }
}
