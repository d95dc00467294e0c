package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;
import static org.caseflow.domain.schema.Table.OFSTED_PROVIDER;

import org.junit.jupiter.api.Test;

/**
 * The SSDA903 rules that read Ofsted's provider list (Provider Info), each where it fires and where
 * it only just does not, and skipped when no list is loaded.
 */
class Ssda903OfstedProviderRulesTest {
  private static ReturnFixture y2526() {
    return ReturnFixture.ssda903("2025-26");
  }

  /** A provider on the list dated 31 March 2026, the pairs given overriding the defaults. */
  private static ReturnFixture provider(ReturnFixture f, String urn, Object... pairs) {
    Object[] base = {
      "list_date", "2026-03-31",
      "list_scope", "childrens_homes",
      "urn", urn,
      "provider_type", "Children's home",
      "ownership", "Private",
      "registration_date", "2015-01-01",
      "postcode", "LS1 4AB",
      "local_authority", "Leeds",
      "la_code", "383"
    };
    return f.add(OFSTED_PROVIDER, concat(base, pairs));
  }

  /** An episode in a children's home (K2) with a private provider (PR4), at the URN given. */
  private static ReturnFixture episode(ReturnFixture f, String child, String urn, Object... pairs) {
    Object[] base = {
      "child_id", child,
      "start_date", "2025-06-01",
      "placement_type", "K2",
      "placement_provider", "PR4",
      "placement_postcode", "LS1 4",
      "urn", urn
    };
    return f.add(CLA_EPISODE, concat(base, pairs));
  }

  private static Object[] concat(Object[] base, Object[] pairs) {
    Object[] all = new Object[base.length + pairs.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(pairs, 0, all, base.length, pairs.length);
    return all;
  }

  @Test
  void theRulesAreSkippedWhenNoProviderListIsLoaded() throws Exception {
    ReturnFixture f = y2526();
    episode(f, "A", "SC000001");
    for (String code : new String[] {"219", "221", "224", "227", "228", "229", "1008"}) {
      assertThat(f.flagged(code))
          .as(code)
          .containsExactly("skipped: no Ofsted provider list is loaded");
    }
  }

  @Test
  void aUrnNotOnTheListIsFlaggedAndOneOnItOrXxxxxxxIsNot() throws Exception {
    ReturnFixture f = y2526();
    provider(f, "SC000001");
    episode(f, "A", "SC000002");
    episode(f, "B", "SC000001");
    episode(f, "C", "sc 000001");
    episode(f, "D", "XXXXXXX");
    episode(f, "E", null);
    assertThat(f.flagged("1008")).containsExactly("A Episodes row 1");
  }

  @Test
  void theListDatedNearestTheReferenceDateIsTheOneRead() throws Exception {
    ReturnFixture f = y2526();
    // on the list at 31 March 2026 (read: the latest on or before 31 March 2026), not on the later
    provider(f, "SC000001");
    provider(f, "SC000002", "list_date", "2025-08-31");
    provider(f, "SC000003", "list_date", "2026-08-31");
    episode(f, "A", "SC000001");
    episode(f, "B", "SC000002");
    episode(f, "C", "SC000003");
    assertThat(f.flagged("1008")).containsExactly("B Episodes row 2", "C Episodes row 3");
  }

  @Test
  void eachScopeHasItsOwnNearestList() throws Exception {
    ReturnFixture f = y2526();
    // the children's homes list at 31 March 2026, and the other providers' list of August 2025
    provider(f, "SC000001");
    provider(
        f,
        "SC000002",
        "list_date",
        "2025-08-31",
        "list_scope",
        "social_care_providers",
        "provider_type",
        "Independent fostering agency");
    provider(f, "SC000003", "list_date", "2025-08-31");
    episode(f, "A", "SC000001");
    episode(f, "B", "SC000002", "placement_type", "U4");
    episode(f, "C", "SC000003");
    assertThat(f.flagged("1008")).containsExactly("C Episodes row 3");
  }

  @Test
  void whenEveryListIsLaterThanTheReferenceDateTheEarliestIsRead() throws Exception {
    ReturnFixture f = y2526();
    provider(f, "SC000001", "list_date", "2026-04-30");
    provider(f, "SC000002", "list_date", "2026-08-31");
    episode(f, "A", "SC000001");
    episode(f, "B", "SC000002");
    assertThat(f.flagged("1008")).containsExactly("B Episodes row 2");
  }

  @Test
  void aPlacementTypeTheProviderDoesNotOfferIsFlagged() throws Exception {
    ReturnFixture f = y2526();
    provider(f, "SC000001");
    provider(f, "SC000002", "provider_type", "Secure children's home");
    provider(f, "SC000003", "provider_type", "Independent fostering agency");
    provider(f, "SC000004", "provider_type", "Holiday scheme for disabled children");
    episode(f, "A", "SC000001", "placement_type", "K1");
    episode(f, "B", "SC000001");
    episode(f, "C", "SC000002", "placement_type", "K2");
    episode(f, "D", "SC000002", "placement_type", "K1");
    episode(f, "E", "SC000003", "placement_type", "K2");
    episode(f, "F", "SC000003", "placement_type", "U6");
    // a type caseflow cannot place, and a URN not on the list (rule 1008), are not checked
    episode(f, "G", "SC000004", "placement_type", "K2");
    episode(f, "H", "SC000009", "placement_type", "K2");
    assertThat(f.flagged("219"))
        .containsExactly("A Episodes row 1", "C Episodes row 3", "E Episodes row 5");
  }

  @Test
  void supportedAccommodationSchoolsFamilyCentresAndAdoptionAgenciesHaveTheirTypes()
      throws Exception {
    ReturnFixture f = y2526();
    provider(f, "SC000001", "provider_type", "Supported accommodation");
    provider(f, "SC000002", "provider_type", "Residential special school");
    provider(f, "SC000003", "provider_type", "Residential family centre");
    provider(f, "SC000004", "provider_type", "Voluntary adoption agency");
    episode(f, "A", "SC000001", "placement_type", "K3");
    episode(f, "B", "SC000002", "placement_type", "S1");
    episode(f, "C", "SC000003", "placement_type", "R3");
    episode(f, "D", "SC000004", "placement_type", "A6");
    episode(f, "E", "SC000004", "placement_type", "U1");
    assertThat(f.flagged("219")).containsExactly("E Episodes row 5");
  }

  @Test
  void aPlacementPostcodeThatIsNotTheProvidersIsFlagged() throws Exception {
    ReturnFixture f = y2526();
    provider(f, "SC000001");
    provider(f, "SC000002", "postcode", null);
    episode(f, "A", "SC000001", "placement_postcode", "LS1 5");
    episode(f, "B", "SC000001", "placement_postcode", "LS1 4");
    episode(f, "C", "SC000001", "placement_postcode", "LS14AB");
    episode(f, "D", "SC000001", "placement_postcode", "LS1");
    episode(f, "E", "SC000001", "placement_postcode", "LS14");
    // not checked: a foster placement, a V4 short break, a provider without a postcode
    episode(f, "F", "SC000001", "placement_postcode", "LS2 1", "placement_type", "U1");
    episode(f, "G", "SC000001", "placement_postcode", "LS2 1", "legal_status", "V4");
    episode(f, "H", "SC000002", "placement_postcode", "LS2 1");
    assertThat(f.flagged("221")).containsExactly("A Episodes row 1");
  }

  @Test
  void aPlacementProviderThatIsNotTheProvidersOwnershipIsFlagged() throws Exception {
    ReturnFixture f = y2526();
    provider(f, "SC000001");
    provider(f, "SC000002", "ownership", "Local Authority");
    provider(f, "SC000003", "ownership", "Voluntary");
    provider(f, "SC000004", "ownership", null);
    episode(f, "A", "SC000001", "placement_provider", "PR5");
    episode(f, "B", "SC000001", "placement_provider", "PR4");
    episode(f, "C", "SC000002", "placement_provider", "PR4");
    episode(f, "D", "SC000002", "placement_provider", "PR2");
    episode(f, "E", "SC000003", "placement_provider", "PR4");
    episode(f, "F", "SC000003", "placement_provider", "PR5");
    episode(f, "G", "SC000004", "placement_provider", "PR0");
    assertThat(f.flagged("224"))
        .containsExactly("A Episodes row 1", "C Episodes row 3", "E Episodes row 5");
  }

  @Test
  void anEpisodeStartingOnOrAfterTheProviderClosedIsFlagged() throws Exception {
    ReturnFixture f = y2526();
    provider(f, "SC000001", "closure_date", "2025-06-01");
    provider(f, "SC000002");
    episode(f, "A", "SC000001", "start_date", "2025-06-01", "end_date", "2025-06-01");
    episode(f, "B", "SC000001", "start_date", "2025-05-31", "end_date", "2025-06-01");
    episode(f, "C", "SC000002", "start_date", "2025-07-01");
    assertThat(f.flagged("227")).containsExactly("A Episodes row 1");
  }

  @Test
  void anEpisodeEndingAfterTheProviderClosedOrOpenAtTheYearEndIsFlagged() throws Exception {
    ReturnFixture f = y2526();
    provider(f, "SC000001", "closure_date", "2025-06-01");
    provider(f, "SC000002", "closure_date", "2026-03-31");
    provider(f, "SC000003");
    episode(f, "A", "SC000001", "start_date", "2025-05-01", "end_date", "2025-06-02");
    episode(f, "B", "SC000001", "start_date", "2025-05-01", "end_date", "2025-06-01");
    episode(f, "C", "SC000001", "start_date", "2025-05-01");
    // closed on the reference date itself: an open episode is still valid
    episode(f, "D", "SC000002", "start_date", "2025-05-01");
    episode(f, "E", "SC000003", "start_date", "2025-05-01");
    assertThat(f.flagged("228")).containsExactly("A Episodes row 1", "C Episodes row 3");
  }

  @Test
  void ownProvisionMustBeTheCouncilsOwnAndAnotherCouncilsProvisionAnothers() throws Exception {
    ReturnFixture f = y2526();
    // the return is council 808's
    provider(f, "SC000001", "ownership", "Local authority", "la_code", "808");
    provider(f, "SC000002", "ownership", "Local authority", "la_code", "383");
    provider(f, "SC000003", "ownership", "Local authority", "la_code", null);
    provider(f, "SC000004", "ownership", "Private", "la_code", "383");
    episode(f, "A", "SC000001", "placement_provider", "PR2");
    episode(f, "B", "SC000001", "placement_provider", "PR1");
    episode(f, "C", "SC000002", "placement_provider", "PR1");
    episode(f, "D", "SC000002", "placement_provider", "PR2");
    episode(f, "E", "SC000003", "placement_provider", "PR1");
    episode(f, "F", "SC000004", "placement_provider", "PR1");
    assertThat(f.flagged("229")).containsExactly("A Episodes row 1", "C Episodes row 3");
  }
}
