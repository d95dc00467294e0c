package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;
import static org.caseflow.domain.schema.Table.UASC;

import org.junit.jupiter.api.Test;

/**
 * SSDA903 rules on the fields the import works out from the postcodes, PL_LA, PL_LOCATION and
 * PL_DISTANCE (164, 169, 179, 218, 392a, 392c, 406, 411, 420, 454, 1015), each where it fires and
 * where it only just does not. The return is council 808's.
 */
class Ssda903PPlacementPostcodeRulesTest {
  private static ReturnFixture year() {
    return ReturnFixture.ssda903("2024-25");
  }

  @Test
  void aDistanceOverNineHundredAndNinetyNinePointNineIsNotValidAndOneOfThatIs() throws Exception {
    ReturnFixture f =
        year()
            .add(CLA_EPISODE, "child_id", "A", "placement_distance", 1000.0)
            .add(CLA_EPISODE, "child_id", "B", "placement_distance", 999.9)
            .add(CLA_EPISODE, "child_id", "C", "placement_distance", 0.0)
            .add(CLA_EPISODE, "child_id", "D", "placement_distance", -0.1)
            .add(CLA_EPISODE, "child_id", "E", "legal_status", "V3", "placement_distance", 1000.0)
            .add(CLA_EPISODE, "child_id", "F");
    assertThat(f.flagged("164")).containsExactly("A Episodes row 1", "D Episodes row 4");
  }

  @Test
  void aMissingPlacementLaIsFlaggedUnlessTheStayIsAShortBreak() throws Exception {
    ReturnFixture f =
        year()
            .add(CLA_EPISODE, "child_id", "A")
            .add(CLA_EPISODE, "child_id", "B", "placement_la", "808")
            .add(CLA_EPISODE, "child_id", "C", "legal_status", "V4")
            .add(CLA_EPISODE, "child_id", "D", "placement_la", "WAL");
    assertThat(f.flagged("169")).containsExactly("A Episodes row 1");
  }

  @Test
  void aPlacementLocationOtherThanInOrOutIsFlaggedAndAMissingOneIsNot() throws Exception {
    ReturnFixture f =
        year()
            .add(CLA_EPISODE, "child_id", "A", "placement_location", "INSIDE")
            .add(CLA_EPISODE, "child_id", "B", "placement_location", "IN")
            .add(CLA_EPISODE, "child_id", "C", "placement_location", "OUT")
            .add(CLA_EPISODE, "child_id", "D");
    assertThat(f.flagged("179")).containsExactly("A Episodes row 1");
  }

  @Test
  void noDistanceIsFlaggedUnlessAShortBreakOrTheChildWasUascInTheTwoYearsBefore() throws Exception {
    ReturnFixture f =
        year()
            .add(CHILD, "child_id", "A")
            .add(CLA_EPISODE, "child_id", "A")
            .add(CLA_EPISODE, "child_id", "B", "placement_distance", 0.0)
            .add(CLA_EPISODE, "child_id", "C", "legal_status", "V3")
            // UASC in 2022-23, two years before 2024-25: left out
            .add(CLA_EPISODE, "child_id", "D")
            .inYear("2022-23", CHILD, "child_id", "D", "is_uasc", true)
            // UASC in 2021-22, three years before: flagged
            .add(CLA_EPISODE, "child_id", "E")
            .inYear("2021-22", CHILD, "child_id", "E", "is_uasc", true)
            // a row of this year's UASC table: left out
            .add(CLA_EPISODE, "child_id", "F")
            .add(UASC, "child_id", "F", "uasc_ceased_date", "2024-06-01")
            // UASC this year by the Header's flag
            .add(CHILD, "child_id", "G", "is_uasc", true)
            .add(CLA_EPISODE, "child_id", "G")
            .add(CHILD, "child_id", "H", "is_uasc", false)
            .add(CLA_EPISODE, "child_id", "H");
    assertThat(f.flagged("392a"))
        .containsExactly("A Episodes row 1", "E Episodes row 5", "H Episodes row 8");
  }

  @Test
  void aDistanceForAChildWhoIsOrWasUascIsFlaggedAndNoneOrAnotherChildsIsNot() throws Exception {
    ReturnFixture f =
        year()
            .add(CHILD, "child_id", "A", "is_uasc", true)
            .add(CLA_EPISODE, "child_id", "A", "placement_distance", 0.0)
            .add(CHILD, "child_id", "B", "is_uasc", true)
            .add(CLA_EPISODE, "child_id", "B")
            .add(CLA_EPISODE, "child_id", "C", "placement_distance", 5.0)
            .inYear("2022-23", UASC, "child_id", "C", "uasc_ceased_date", "2022-06-01")
            .add(CLA_EPISODE, "child_id", "D", "placement_distance", 5.0)
            .inYear("2021-22", CHILD, "child_id", "D", "is_uasc", true)
            .add(CLA_EPISODE, "child_id", "E", "placement_distance", 5.0);
    assertThat(f.flagged("406")).containsExactly("A Episodes row 1", "C Episodes row 3");
  }

  @Test
  void anUnknownPostcodeTheImportFoundIsFlaggedOnItsRowAndOnlyThere() throws Exception {
    ReturnFixture f =
        year()
            .add(CLA_EPISODE, "child_id", "A", "home_postcode", "TS18 9ZZ")
            .add(CLA_EPISODE, "child_id", "B", "placement_postcode", "ZZ1")
            .add(CLA_EPISODE, "child_id", "C", "home_postcode", "ts181aa")
            .finding("unknown_postcode", "HOME_POST", "Episodes row 1")
            .finding("unknown_postcode", "PL_POST", "Episodes row 2")
            // another finding on row 3 is not a postcode's
            .finding("unknown_code", "PLACE", "Episodes row 3");
    assertThat(f.flagged("392c")).containsExactly("A Episodes row 1", "B Episodes row 2");
  }

  @Test
  void aLocationThatDisagreesWithThePlacementLaIsFlaggedEitherWay() throws Exception {
    ReturnFixture f =
        year()
            .add(CLA_EPISODE, "child_id", "A", "placement_la", "841", "placement_location", "IN")
            .add(CLA_EPISODE, "child_id", "B", "placement_la", "808", "placement_location", "IN")
            .add(CLA_EPISODE, "child_id", "C", "placement_la", "808", "placement_location", "OUT")
            .add(CLA_EPISODE, "child_id", "D", "placement_la", "SCO", "placement_location", "OUT")
            .add(CLA_EPISODE, "child_id", "E", "placement_location", "IN");
    assertThat(f.flagged("411"))
        .containsExactly("A Episodes row 1", "C Episodes row 3", "E Episodes row 5");
  }

  @Test
  void aPlacementLaOnAShortBreakIsFlaggedAndOnAnotherLegalStatusIsNot() throws Exception {
    ReturnFixture f =
        year()
            .add(CLA_EPISODE, "child_id", "A", "legal_status", "V3", "placement_la", "808")
            .add(CLA_EPISODE, "child_id", "B", "legal_status", "V4", "placement_la", "WAL")
            .add(CLA_EPISODE, "child_id", "C", "legal_status", "V4")
            .add(CLA_EPISODE, "child_id", "D", "legal_status", "C2", "placement_la", "808");
    assertThat(f.flagged("420")).containsExactly("A Episodes row 1", "B Episodes row 2");
  }

  @Test
  void aDistanceOverThreeHundredAndFiftyMilesIsFlaggedAndThreeHundredAndFiftyIsNot()
      throws Exception {
    ReturnFixture f =
        year()
            .add(CLA_EPISODE, "child_id", "A", "placement_distance", 350.1)
            .add(CLA_EPISODE, "child_id", "B", "placement_distance", 350.0)
            .add(CLA_EPISODE, "child_id", "C");
    assertThat(f.flagged("454")).containsExactly("A Episodes row 1");
  }

  @Test
  void ownProvisionOutsideTheCouncilIsFlaggedButNotInFosterCareOrInsideIt() throws Exception {
    ReturnFixture f =
        year()
            .add(CLA_EPISODE, "child_id", "A", "placement_type", "K2", "placement_la", "841")
            .add(CLA_EPISODE, "child_id", "B", "placement_type", "K2", "placement_la", "808")
            .add(CLA_EPISODE, "child_id", "C", "placement_type", "U1", "placement_la", "841")
            .add(CLA_EPISODE, "child_id", "D", "placement_type", "K2")
            .add(
                CLA_EPISODE,
                "child_id",
                "E",
                "placement_type",
                "K2",
                "placement_la",
                "841",
                "placement_provider",
                "PR2")
            .add(
                CLA_EPISODE,
                "child_id",
                "F",
                "placement_type",
                "K2",
                "placement_la",
                "841",
                "legal_status",
                "V3");
    assertThat(f.flagged("1015")).containsExactly("A Episodes row 1", "D Episodes row 4");
  }

  @Test
  void aUrnIsRequiredInAnEnglishRegisteredPlacementOpenInTheYear() throws Exception {
    ReturnFixture f =
        year()
            .add(CLA_EPISODE, "child_id", "A", "placement_type", "K2", "placement_la", "841")
            // ended on 1 April 2024, the first day of the year: still required
            .add(
                CLA_EPISODE,
                "child_id",
                "B",
                "placement_type",
                "K2",
                "placement_la",
                "808",
                "end_date",
                "2024-04-01")
            // ended on 31 March 2024, before the year
            .add(
                CLA_EPISODE,
                "child_id",
                "C",
                "placement_type",
                "K2",
                "placement_la",
                "808",
                "end_date",
                "2024-03-31")
            .add(CLA_EPISODE, "child_id", "D", "placement_type", "K2", "placement_la", "WAL")
            .add(CLA_EPISODE, "child_id", "E", "placement_type", "P1", "placement_la", "808")
            .add(
                CLA_EPISODE,
                "child_id",
                "F",
                "placement_type",
                "K2",
                "placement_la",
                "808",
                "urn",
                "SC123456")
            .add(CLA_EPISODE, "child_id", "G", "placement_type", "K2");
    assertThat(f.flagged("218")).containsExactly("A Episodes row 1", "B Episodes row 2");
  }
}
