package org.caseflow.ingest.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.CollectingSink;
import org.caseflow.ingest.FindingType;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.Format;
import org.caseflow.ingest.FormatDetector;
import org.caseflow.ingest.InputException;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.ReadResult;
import org.caseflow.ingest.Readers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ofsted's provider lists in each layout, told from Annex A workbooks by their content. */
class ProviderListReaderTest {
  @TempDir Path dir;

  private final CollectingSink sink = new CollectingSink();
  private final Findings findings = new Findings();

  private ReadResult read(Path file, ReadContext context) throws Exception {
    Format format = FormatDetector.detect(file);
    assertThat(format).isEqualTo(Format.OFSTED_PROVIDERS_XLSX);
    return Readers.forFormat(format).read(file, context, sink, findings);
  }

  private List<Map<String, Object>> rows() {
    return sink.rows(Table.OFSTED_PROVIDER);
  }

  @Test
  void theChildrensHomesListIsReadWithItsDateFromTheTitle() throws Exception {
    Path file = ProviderWorkbook.childrensHomes().write(dir, "homes.xlsx");
    ReadResult r = read(file, ReadContext.none());
    assertThat(r.latestDate()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(r.tables()).containsExactly(Table.OFSTED_PROVIDER);
    assertThat(r.rows()).containsEntry(Table.OFSTED_PROVIDER, 2);
    Map<String, Object> home = rows().get(0);
    assertThat(home)
        .containsEntry("list_date", LocalDate.of(2025, 3, 31))
        .containsEntry("list_layout", "separate")
        .containsEntry("list_scope", "childrens_homes")
        .containsEntry("list_key", "2025-03-31 childrens_homes")
        .containsEntry("urn", "SC000001")
        .containsEntry("provider_type", "Children's home")
        .containsEntry("places", 4)
        .containsEntry("registration_date", LocalDate.of(2015, 1, 5))
        .containsEntry("registration_status", "Active")
        .containsEntry("local_authority", "Leeds")
        .containsEntry("la_code", "383")
        .containsEntry("postcode", "LS1 4AB")
        .containsEntry("ownership", "Private");
    assertThat(rows().get(1))
        .containsEntry("registration_date", LocalDate.of(2019, 3, 12))
        .containsEntry("la_code", "801")
        .containsEntry("postcode", "BS1 5TR")
        .containsEntry("ownership", "Local Authority");
  }

  @Test
  void theListOfOtherSocialCareProvidersIsReadWithClosureDates() throws Exception {
    Path file = ProviderWorkbook.socialCareProviders().write(dir, "providers.xlsx");
    read(file, ReadContext.none());
    assertThat(rows()).hasSize(5);
    assertThat(rows())
        .allSatisfy(
            p ->
                assertThat(p)
                    .containsEntry("list_layout", "separate")
                    .containsEntry("list_scope", "social_care_providers"));
    assertThat(rows().get(1))
        .containsEntry("provider_type", "Voluntary adoption agency")
        .containsEntry("closure_date", LocalDate.of(2024, 12, 31))
        .containsEntry("la_code", "202");
    // a URN held as a number is read as its digits
    assertThat(rows().get(2)).containsEntry("urn", "1234567").containsEntry("la_code", "330");
    assertThat(rows().get(3)).containsEntry("la_code", "342");
    assertThat(rows().get(4)).containsEntry("la_code", "884");
  }

  @Test
  void theCombinedManagementInformationLayoutTakesItsDateFromTheCoverSheet() throws Exception {
    Path file = ProviderWorkbook.combined().write(dir, "mi.xlsx");
    ReadResult r = read(file, ReadContext.none());
    assertThat(r.latestDate()).isEqualTo(LocalDate.of(2025, 8, 31));
    assertThat(rows()).hasSize(2);
    assertThat(rows().get(0))
        .containsEntry("list_layout", "combined")
        .containsEntry("list_scope", "social_care_providers")
        .containsEntry("list_date", LocalDate.of(2025, 8, 31))
        .containsEntry("urn", "2000001")
        .containsEntry("provider_subtype", "Short break only")
        .containsEntry("provider_name", "Oak House")
        .containsEntry("ownership", "Local authority")
        .containsEntry("owner_name", "Durham County Council")
        .containsEntry("la_code", "840")
        .containsEntry("region", "North East")
        .containsEntry("places", 3);
    assertThat(rows().get(1)).containsEntry("places", null).containsEntry("la_code", "352");
    // the cover sheet is passed over, with a finding
    assertThat(findings.kept())
        .anySatisfy(f -> assertThat(f.describe()).contains("sheet 'Cover'").contains("not read"));
  }

  @Test
  void aListWithoutAChildrensHomeProviderTypeColumnTakesItFromItsTitle() throws Exception {
    Path file =
        ProviderWorkbook.workbook()
            .sheet("Sheet1")
            .row("Ofsted: children's homes at 31/03/2024")
            .row("URN", "Places", "Registration date", "Local authority")
            .row("SC000009", 5, LocalDate.of(2020, 1, 1), "Leeds")
            .write(dir, "homes.xlsx");
    read(file, ReadContext.none());
    assertThat(rows().get(0))
        .containsEntry("provider_type", "Children's home")
        .containsEntry("list_scope", "childrens_homes")
        .containsEntry("list_date", LocalDate.of(2024, 3, 31));
  }

  @Test
  void unreadableDatesAndPlacesAreFindingsAndTheRowIsKept() throws Exception {
    Path file =
        ProviderWorkbook.workbook()
            .sheet("Homes")
            .row("Children's homes as at 31 March 2025")
            .row("URN", "Provider type", "Places", "Registration date")
            .row("SC000001", "Children's home", "four", "soon")
            .row(null, "Children's home", 2, LocalDate.of(2020, 1, 1))
            .write(dir, "homes.xlsx");
    read(file, ReadContext.none());
    assertThat(rows()).hasSize(2);
    assertThat(rows().get(0))
        .containsEntry("places", null)
        .containsEntry("registration_date", null);
    assertThat(sink.unreadable(Table.OFSTED_PROVIDER).get(0))
        .containsExactlyInAnyOrder("Places", "Registration date");
    assertThat(findings.count(FindingType.UNREADABLE_VALUE)).isEqualTo(2);
    assertThat(findings.count(FindingType.MISSING_REQUIRED_FIELD)).isEqualTo(1);
  }

  @Test
  void aListThatSaysNoDateIsRefusedUnlessAYearIsGiven() throws Exception {
    Path file =
        ProviderWorkbook.workbook()
            .sheet("Homes")
            .row("URN", "Provider type", "Places")
            .row("SC000001", "Children's home", 3)
            .write(dir, "homes.xlsx");
    assertThatThrownBy(() -> read(file, ReadContext.none()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("does not say the date it describes")
        .hasMessageContaining("--year");
    ReadResult r = read(file, new ReadContext("808", new CollectionYear(2025)));
    assertThat(r.latestDate()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(rows().get(0)).containsEntry("list_date", LocalDate.of(2025, 3, 31));
  }

  @Test
  void aWorkbookThatIsNeitherAProviderListNorAnnexAIsRefusedWithAClearMessage() throws Exception {
    Path file =
        ProviderWorkbook.workbook()
            .sheet("Budget")
            .row("Cost centre", "Budget", "Spend")
            .row("CS100", 1000, 900)
            .write(dir, "budget.xlsx");
    assertThatThrownBy(() -> FormatDetector.detect(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("neither an Annex A workbook nor an Ofsted provider list");
  }

  @Test
  void aUrnColumnAloneDoesNotMakeAProviderList() throws Exception {
    Path file =
        ProviderWorkbook.workbook()
            .sheet("Sheet1")
            .row("URN", "School name")
            .row("100001", "A school")
            .write(dir, "schools.xlsx");
    assertThatThrownBy(() -> FormatDetector.detect(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("neither");
  }

  @Test
  void anAnnexAWorkbookIsStillReadAsAnnexA() throws Exception {
    // Annex A list 8 names the placement's URN, postcode and council: still Annex A
    Path file =
        ProviderWorkbook.workbook()
            .sheet("List 8")
            .row(
                "Child Unique ID",
                "Gender",
                "Date Started to be Looked After",
                "Placement Type",
                "URN of Placement",
                "Placement postcode",
                "LA of Placement",
                "Date Ceased to be Looked After")
            .row("CH1", "Male", LocalDate.of(2024, 5, 1), "K2", "SC000001", "LS1 4AB", "Leeds")
            .write(dir, "annex_a.xlsx");
    assertThat(FormatDetector.detect(file)).isEqualTo(Format.ANNEX_A_XLSX);
  }
}
