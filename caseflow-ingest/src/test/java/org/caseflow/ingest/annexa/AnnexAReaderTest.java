package org.caseflow.ingest.annexa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.CollectingSink;
import org.caseflow.ingest.FindingType;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.Format;
import org.caseflow.ingest.FormatDetector;
import org.caseflow.ingest.InputException;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.ReadResult;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnexAReaderTest {
  @TempDir Path dir;
  private final CollectingSink sink = new CollectingSink();
  private final Findings findings = new Findings();

  /** A sheet to write: its name, rows above the header, the header and the data rows. */
  private record Sheet(String name, int titleRows, List<String> header, List<List<Object>> rows) {}

  private static Sheet sheet(String name, List<String> header, List<Object>... rows) {
    return new Sheet(name, 0, header, List.of(rows));
  }

  private Path workbook(Sheet... sheets) throws Exception {
    Path f = dir.resolve("annex_a.xlsx");
    try (OutputStream os = Files.newOutputStream(f)) {
      Workbook wb = new Workbook(os, "test", "1.0");
      for (Sheet s : sheets) {
        Worksheet ws = wb.newWorksheet(s.name());
        int r = 0;
        for (int t = 0; t < s.titleRows(); t++) {
          ws.value(r++, 0, "Ofsted Annex A - title row");
        }
        for (int c = 0; c < s.header().size(); c++) {
          ws.value(r, c, s.header().get(c));
        }
        r++;
        for (List<Object> row : s.rows()) {
          for (int c = 0; c < row.size(); c++) {
            Object v = row.get(c);
            if (v instanceof String str) {
              ws.value(r, c, str);
            } else if (v instanceof Number n) {
              ws.value(r, c, n);
            } else if (v instanceof LocalDate d) {
              ws.value(r, c, d);
              ws.style(r, c).format("dd/mm/yyyy").set();
            }
          }
          r++;
        }
      }
      wb.finish();
    }
    return f;
  }

  private ReadResult read(Path f) throws Exception {
    return new AnnexAReader().read(f, new ReadContext("808", null), sink, findings);
  }

  private static final List<String> CONTACTS =
      List.of(
          "Child Unique ID",
          "Gender",
          "Ethnicity",
          "Date of Birth",
          "Age of Child (Years)",
          "Date of Contact",
          "Contact Source");

  @Test
  void readsContactsWithTheGenderAndDateVariantsCouncilsExport() throws Exception {
    ReadResult r =
        read(
            workbook(
                sheet(
                    "List 1",
                    CONTACTS,
                    List.of(
                        "C1",
                        "a) Male",
                        "WBRI",
                        LocalDate.of(2012, 3, 4),
                        12,
                        LocalDate.of(2024, 5, 6),
                        "6"),
                    List.of("C2", "Female", "WBRI", "04/03/2013", 11, "2024-05-07", "2A"),
                    List.of("C3", "M", "WBRI", 41338, 11, 45421, "3A"))));
    assertThat(sink.rows(Table.AA_CONTACT))
        .extracting(m -> m.get("child_id"), m -> m.get("sex"), m -> m.get("contact_date"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("C1", "M", LocalDate.of(2024, 5, 6)),
            org.assertj.core.groups.Tuple.tuple("C2", "F", LocalDate.of(2024, 5, 7)),
            // Excel serial 45292 is 1 Jan 2024, so 45421 (129 days on: 31 + 29 + 31 + 30 + 8) is
            // 9 May 2024; 1 Jan 2013 is 45292 - 4017 = 41275, so 41338 is 5 March 2013.
            org.assertj.core.groups.Tuple.tuple("C3", "M", LocalDate.of(2024, 5, 9)));
    assertThat(sink.rows(Table.AA_CONTACT).get(2).get("birth_date"))
        .isEqualTo(LocalDate.of(2013, 3, 5));
    assertThat(r.tables()).containsExactly(Table.AA_CONTACT);
    assertThat(r.latestDate()).isEqualTo(LocalDate.of(2024, 5, 9));
  }

  @Test
  void aSheetIsRecognisedByItsHeaderEvenWhenRenamedAndBelowTitleRows() throws Exception {
    read(
        workbook(
            new Sheet(
                "Referrals (3)",
                2,
                List.of(
                    "Child ID",
                    "Sex",
                    "Ethnicity",
                    "DOB",
                    "Date of referral",
                    "Referral Source",
                    "Referral NFA?",
                    "Number of Referrals in Last 12 Months"),
                List.of(
                    List.of(
                        "R1",
                        "b) Female",
                        "WBRI",
                        LocalDate.of(2010, 1, 1),
                        LocalDate.of(2024, 6, 1),
                        "a) 6 Police",
                        "b) No",
                        2)))));
    assertThat(sink.rows(Table.AA_REFERRAL).get(0))
        .containsEntry("child_id", "R1")
        .containsEntry("sex", "F")
        .containsEntry("referral_date", LocalDate.of(2024, 6, 1))
        .containsEntry("referral_source", "6")
        .containsEntry("referral_nfa", false)
        .containsEntry("referrals_last_12_months", 2);
  }

  @Test
  void yesAndNoAreReadInTheirLetteredAndShortForms() throws Exception {
    List<String> header =
        List.of(
            "Child Unique ID",
            "Gender",
            "Ethnicity",
            "Date of Birth",
            "Strategy discussion initiating Section 47 Enquiry Start Date",
            "Was an ICPC deemed unnecessary?",
            "Date of ICPC",
            "Did the ICPC result in a Child Protection Plan");
    read(
        workbook(
            sheet(
                "List 5",
                header,
                List.of(
                    "S1",
                    "a) Male",
                    "WBRI",
                    LocalDate.of(2015, 1, 1),
                    LocalDate.of(2024, 7, 1),
                    "a) Yes",
                    "",
                    ""),
                List.of(
                    "S2",
                    "a) Male",
                    "WBRI",
                    LocalDate.of(2015, 1, 1),
                    LocalDate.of(2024, 7, 1),
                    "N",
                    LocalDate.of(2024, 7, 20),
                    "Y"))));
    assertThat(sink.rows(Table.AA_SECTION47))
        .extracting(m -> m.get("icpc_not_required"), m -> m.get("icpc_led_to_plan"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(true, null),
            org.assertj.core.groups.Tuple.tuple(false, true));
  }

  @Test
  void anUnreadableDateIsAFindingThatLeavesTheValueEmpty() throws Exception {
    read(
        workbook(
            sheet(
                "List 1",
                CONTACTS,
                List.of("C1", "Male", "WBRI", "not known", 12, "31/02/2024", "6"))));
    assertThat(findings.count(FindingType.UNREADABLE_VALUE)).isEqualTo(2);
    assertThat(findings.kept())
        .extracting(f -> f.describe())
        .containsExactly(
            "annex_a.xlsx: sheet 'List 1', row 2, Date of Birth: expected a date (a date cell, or"
                + " dd/mm/yyyy); left empty [unreadable_value]",
            "annex_a.xlsx: sheet 'List 1', row 2, Date of Contact '31/02/2024': expected a date (a"
                + " date cell, or dd/mm/yyyy); left empty [unreadable_value]");
  }

  @Test
  void aListWithoutItsChildIdColumnIsRefusedNamingTheSheet() throws Exception {
    Path f =
        workbook(
            sheet(
                "List 1",
                List.of("Gender", "Date of Contact", "Contact Source"),
                List.of("Male", LocalDate.of(2024, 5, 6), "6")));
    assertThatThrownBy(() -> read(f))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "annex_a.xlsx: sheet 'List 1', row 1, LAchildID / CHILD / Child Unique ID: the"
                + " list has no child identifier column; expected a column headed 'Child Unique ID'");
  }

  @Test
  void sheetsThatAreNoListAreReportedAndTheOthersRead() throws Exception {
    ReadResult r =
        read(
            workbook(
                sheet("Notes", List.of("Please read", "the guidance")),
                sheet(
                    "List 1",
                    CONTACTS,
                    List.of(
                        "C1",
                        "Male",
                        "WBRI",
                        LocalDate.of(2012, 3, 4),
                        12,
                        LocalDate.of(2024, 5, 6),
                        "6"))));
    assertThat(r.tables()).containsExactly(Table.AA_CONTACT);
    assertThat(findings.kept()).anySatisfy(f -> assertThat(f.field()).isEqualTo("Notes"));
  }

  @Test
  void aFileThatIsNotAWorkbookIsRefused() throws Exception {
    Path f = dir.resolve("fake.xlsx");
    Files.write(f, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
    assertThat(FormatDetector.detect(f)).isEqualTo(Format.ANNEX_A_XLSX);
    assertThatThrownBy(() -> read(f))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("fake.xlsx: the file: the file is not a readable Excel workbook;");
  }

  @Test
  void everyListIsRecognisedFromTheHeadersOfItsCanonicalColumns() throws Exception {
    List<Sheet> sheets = new ArrayList<>();
    int n = 0;
    for (Table t : Table.values()) {
      if (t.kind() != org.caseflow.domain.schema.ReturnKind.ANNEX_A) {
        continue;
      }
      List<String> header = t.columns().stream().map(c -> c.source()).toList();
      sheets.add(sheet("Sheet" + (++n), header));
    }
    ReadResult r = read(workbook(sheets.toArray(new Sheet[0])));
    assertThat(r.tables()).hasSize(11);
  }
}
