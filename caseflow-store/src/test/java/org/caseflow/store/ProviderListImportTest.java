package org.caseflow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.caseflow.ingest.provider.ProviderWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ofsted provider lists through the real importer, on DuckDB and PostgreSQL: a folder with a list
 * imports it as a list (not as Annex A) with its date; a later list of the same date replaces it,
 * one of another date stays; a workbook that is neither is skipped with the reason.
 */
class ProviderListImportTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  static java.util.stream.Stream<String> engines() {
    return Stores.engines();
  }

  private static Importer importer(Store s) {
    return new Importer(s, Readers::forFormat, CLOCK);
  }

  private static List<String> current(Store s) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = s.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT p.urn, p.list_date, p.collection_year, p.la, b.return_kind"
                    + " FROM ofsted_provider p JOIN import_batch b ON b.batch_id = p.batch_id"
                    + " WHERE p.is_current ORDER BY p.list_date, p.urn")) {
      while (rs.next()) {
        out.add(
            rs.getString(1)
                + " "
                + rs.getDate(2).toLocalDate()
                + " "
                + rs.getInt(3)
                + " "
                + rs.getString(4)
                + " "
                + rs.getString(5));
      }
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("engines")
  void aFolderWithAProviderListImportsItWithItsDateAndSkipsAWorkbookThatIsNeither(String engine)
      throws Exception {
    Path folder = Files.createDirectories(dir.resolve("in"));
    ProviderWorkbook.childrensHomes().write(folder, "childrens_homes.xlsx");
    ProviderWorkbook.workbook()
        .sheet("Budget")
        .row("Cost centre", "Budget")
        .row("CS100", 1000)
        .write(folder, "budget.xlsx");
    try (Store s = Stores.fresh(engine, dir)) {
      ImportReport r = importer(s).importPaths(List.of(folder), new ReadContext("808", null));
      assertThat(r.batches()).hasSize(1);
      assertThat(r.batches().get(0).kind()).isEqualTo(ReturnKind.OFSTED_PROVIDERS);
      assertThat(r.batches().get(0).year()).isEqualTo(new CollectionYear(2025));
      assertThat(r.skipped())
          .singleElement()
          .satisfies(
              k -> {
                assertThat(k.file()).isEqualTo("budget.xlsx");
                assertThat(k.reason())
                    .contains("neither an Annex A workbook nor an Ofsted provider list");
              });
      assertThat(current(s))
          .containsExactly(
              "SC000001 2025-03-31 2025 808 OFSTED_PROVIDERS",
              "SC000002 2025-03-31 2025 808 OFSTED_PROVIDERS");
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void aLaterListOfTheSameDateAndScopeReplacesItAndOthersStay(String engine) throws Exception {
    Path first = Files.createDirectories(dir.resolve("a"));
    Path second = Files.createDirectories(dir.resolve("b"));
    Path third = Files.createDirectories(dir.resolve("c"));
    ProviderWorkbook.childrensHomes().write(first, "homes.xlsx");
    ProviderWorkbook.workbook()
        .sheet("Homes")
        .row("Children's homes as at 31 March 2025")
        .row("URN", "Provider type", "Places")
        .row("SC000003", "Children's home", 2)
        .write(second, "homes_corrected.xlsx");
    ProviderWorkbook.combined().write(third, "mi.xlsx");
    Path fourth = Files.createDirectories(dir.resolve("d"));
    ProviderWorkbook.socialCareProviders().write(fourth, "providers.xlsx");
    try (Store s = Stores.fresh(engine, dir)) {
      ReadContext ctx = new ReadContext("808", null);
      importer(s).importPaths(List.of(first), ctx);
      importer(s).importPaths(List.of(fourth), ctx);
      importer(s).importPaths(List.of(second), ctx);
      importer(s).importPaths(List.of(third), ctx);
      // the corrected homes list replaced the first; the other providers' list of that date stays
      assertThat(current(s))
          .containsExactly(
              "1234567 2025-03-31 2025 808 OFSTED_PROVIDERS",
              "SC000003 2025-03-31 2025 808 OFSTED_PROVIDERS",
              "SC100001 2025-03-31 2025 808 OFSTED_PROVIDERS",
              "SC100002 2025-03-31 2025 808 OFSTED_PROVIDERS",
              "SC100004 2025-03-31 2025 808 OFSTED_PROVIDERS",
              "SC100005 2025-03-31 2025 808 OFSTED_PROVIDERS",
              "2000001 2025-08-31 2026 808 OFSTED_PROVIDERS",
              "SC200002 2025-08-31 2026 808 OFSTED_PROVIDERS");
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void aListImportedAloneWithoutACouncilIsRefusedAndNothingIsStored(String engine)
      throws Exception {
    Path file = ProviderWorkbook.childrensHomes().write(dir, "homes.xlsx");
    try (Store s = Stores.fresh(engine, dir)) {
      assertThatThrownBy(() -> importer(s).importPaths(List.of(file), ReadContext.none()))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("an Ofsted provider list is national")
          .hasMessageContaining("--la");
      assertThat(current(s)).isEmpty();
    }
  }
}
