package org.caseflow.ingest.annexa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseflow.ingest.annexa.AnnexAWorkbook.BORN;
import static org.caseflow.ingest.annexa.AnnexAWorkbook.CHILD;
import static org.caseflow.ingest.annexa.AnnexAWorkbook.EVENT;
import static org.caseflow.ingest.annexa.AnnexAWorkbook.list;
import static org.caseflow.ingest.annexa.AnnexAWorkbook.sheet;
import static org.caseflow.ingest.annexa.AnnexAWorkbook.table;
import static org.caseflow.ingest.annexa.AnnexAWorkbook.workbook;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.Column;
import org.caseflow.domain.schema.ReturnKind;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.CollectingSink;
import org.caseflow.ingest.Finding;
import org.caseflow.ingest.FindingType;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.Format;
import org.caseflow.ingest.FormatDetector;
import org.caseflow.ingest.InputException;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnexAReaderTest {
  @TempDir Path dir;

  private final CollectingSink sink = new CollectingSink();
  private final Findings findings = new Findings();

  private ReadResult read(AnnexAWorkbook workbook) throws Exception {
    return read(workbook, ReadContext.none());
  }

  private ReadResult read(AnnexAWorkbook workbook, ReadContext context) throws Exception {
    return new AnnexAReader().read(workbook.write(dir), context, sink, findings);
  }

  private List<Object> column(Table table, String column) {
    return sink.rows(table).stream().map(r -> r.get(column)).toList();
  }

  private List<Finding> findings(FindingType type) {
    return findings.kept().stream().filter(f -> f.type() == type).toList();
  }

  /** The row a default sheet of the table yields. */
  private static Map<String, Object> defaultRow(Table table) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (Column c : table.columns()) {
      row.put(c.name(), AnnexAWorkbook.defaultValue(c));
    }
    return row;
  }

  @Test
  void readsAllElevenListsIntoTheirTables() throws Exception {
    AnnexAWorkbook wb = workbook();
    IntStream.rangeClosed(1, 11).forEach(n -> wb.with(list(n)));

    ReadResult result = read(wb);

    EnumSet<Table> annexA = EnumSet.noneOf(Table.class);
    Arrays.stream(Table.values())
        .filter(t -> t.kind() == ReturnKind.ANNEX_A && t != Table.CHILD)
        .forEach(annexA::add);
    assertThat(result.tables()).isEqualTo(annexA).hasSize(11);
    for (int n = 1; n <= 11; n++) {
      assertThat(sink.rows(table(n))).as("list %d", n).containsExactly(defaultRow(table(n)));
      assertThat(result.rows()).containsEntry(table(n), 1);
    }
    assertThat(result.format()).isEqualTo(Format.ANNEX_A_XLSX);
    assertThat(findings.total()).as(findings.kept().toString()).isZero();
  }

  @Test
  void theContactRowHoldsEveryColumnOfList1() throws Exception {
    read(workbook().with(list(1)));

    assertThat(sink.rows(Table.AA_CONTACT))
        .containsExactly(
            Map.of(
                "child_id",
                CHILD,
                "sex",
                "M",
                "ethnicity",
                "WBRI",
                "birth_date",
                BORN,
                "contact_date",
                EVENT,
                "contact_source",
                "6"));
  }

  @Test
  void aGenderColumnSayingAMaleMaleOrMIsReadAsMAndOnlyNonOfstedFormsAreFindings() throws Exception {
    read(
        workbook()
            .with(
                list(1)
                    .rowsWith(
                        "Gender",
                        "a) Male",
                        "Male",
                        "M",
                        "b) Female",
                        "female",
                        "F",
                        "c) Not stated/recorded (or unborn)",
                        "Unknown",
                        "Not stated",
                        "Indeterminate",
                        "U")));

    assertThat(column(Table.AA_CONTACT, "sex"))
        .containsExactly("M", "M", "M", "F", "F", "F", "U", "U", "U", "U", "U");
    // Ofsted's options and the words Male, Female and Unknown are Annex A's own forms; only
    // "Not stated" (row 10) and "Indeterminate" (row 11) had to be normalised.
    assertThat(findings.count(FindingType.NORMALISED_VALUE)).isEqualTo(2);
    assertThat(findings(FindingType.NORMALISED_VALUE).get(0).describe())
        .isEqualTo(
            "annex_a.xlsx: sheet 'List 1', row 10, Gender 'Not stated': read as 'U'"
                + " [normalised_value]");
  }

  @Test
  void anUnreadableGenderIsLeftEmptyWithAFinding() throws Exception {
    read(workbook().with(list(1).set("Gender", "zebra")));

    assertThat(column(Table.AA_CONTACT, "sex")).containsExactly((Object) null);
    assertThat(findings(FindingType.UNREADABLE_VALUE))
        .singleElement()
        .extracting(Finding::location, Finding::field, Finding::value)
        .containsExactly("sheet 'List 1', row 2", "Gender", "zebra");
  }

  @Test
  void yesAndNoAreReadInTheirCommonForms() throws Exception {
    read(
        workbook()
            .with(
                list(3)
                    .rowsWith(
                        "Referral NFA?",
                        "Yes",
                        "Y",
                        "a) Yes",
                        "TRUE",
                        true,
                        "1",
                        "No",
                        "n",
                        "b) No",
                        "FALSE",
                        0,
                        "Unknown",
                        null)));

    assertThat(column(Table.AA_REFERRAL, "referral_nfa"))
        .containsExactly(
            true, true, true, true, true, true, false, false, false, false, false, null, null);
    assertThat(findings.count(FindingType.UNREADABLE_VALUE)).isZero();
  }

  @Test
  void datesAreReadFromDateCellsSerialNumbersAndText() throws Exception {
    long serial = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), EVENT);

    read(
        workbook()
            .with(
                list(1)
                    .rowsWith(
                        "Date of Contact",
                        EVENT,
                        serial,
                        "01/05/2024",
                        "1/5/2024",
                        "2024-05-01",
                        "2024-05-01 00:00:00",
                        Long.toString(serial),
                        "1 May 2024",
                        "01-May-2024")));

    assertThat(column(Table.AA_CONTACT, "contact_date"))
        .containsExactly(EVENT, EVENT, EVENT, EVENT, EVENT, EVENT, EVENT, EVENT, EVENT);
    assertThat(findings.count(FindingType.UNREADABLE_VALUE)).isZero();
  }

  @Test
  void anUnreadableKeyDateIsAFindingAndTheRowIsKept() throws Exception {
    read(workbook().with(list(1).set("Date of Contact", "31/02/2024")));

    assertThat(sink.rows(Table.AA_CONTACT)).hasSize(1);
    assertThat(column(Table.AA_CONTACT, "contact_date")).containsExactly((Object) null);
    assertThat(findings(FindingType.UNREADABLE_VALUE))
        .singleElement()
        .extracting(Finding::describe)
        .isEqualTo(
            "annex_a.xlsx: sheet 'List 1', row 2, Date of Contact '31/02/2024': expected a date:"
                + " an Excel date, or text as dd/mm/yyyy or yyyy-mm-dd; left empty"
                + " [unreadable_value]");
    assertThat(findings.count(FindingType.MISSING_REQUIRED_FIELD)).isZero();
  }

  @Test
  void anUnreadableDateOfBirthIsNotEchoedInTheFinding() throws Exception {
    read(workbook().with(list(1).set("Date of Birth", "12/13/2015")));

    assertThat(findings(FindingType.UNREADABLE_VALUE))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.field()).isEqualTo("Date of Birth");
              assertThat(f.value()).isNull();
              assertThat(f.describe()).doesNotContain("12/13/2015");
            });
  }

  @Test
  void headerVariantsAreRecognised() throws Exception {
    read(
        workbook()
            .with(
                list(1)
                    .header("Child Unique ID", "Child ID")
                    .header("Gender", "Sex")
                    .header("Date of Birth", "DOB")
                    .header("Date of Contact", "  DATE OF CONTACT ")
                    .header("Contact Source", "Contact_Source")
                    .header("Age of Child (Years)", "Age"),
                list(8)
                    .header("UASC in last 12 months", "UASC in last 12 months (Y/N)")
                    .header("Category of Need", "Child's Category of Need")
                    .header(
                        "Date of last IRO visit/contact",
                        "Date of Last IRO Visit / Contact to the Child"),
                list(10)
                    .header(
                        "Date of ADM decision",
                        "Date of Decision that Child Should be Placed for Adoption")));

    assertThat(sink.rows(Table.AA_CONTACT)).containsExactly(defaultRow(Table.AA_CONTACT));
    assertThat(sink.rows(Table.AA_CHILD_IN_CARE))
        .containsExactly(defaultRow(Table.AA_CHILD_IN_CARE));
    assertThat(sink.rows(Table.AA_ADOPTION)).containsExactly(defaultRow(Table.AA_ADOPTION));
    assertThat(findings.total()).as(findings.kept().toString()).isZero();
  }

  @Test
  void renamedSheetsAreRecognisedByTheirHeaders() throws Exception {
    ReadResult result = read(workbook().with(list(7).named("CP plans"), list(1).named("Sheet1")));

    assertThat(result.tables())
        .containsExactlyInAnyOrder(Table.AA_CHILD_PROTECTION, Table.AA_CONTACT);
    assertThat(sink.rows(Table.AA_CHILD_PROTECTION))
        .containsExactly(defaultRow(Table.AA_CHILD_PROTECTION));
    assertThat(sink.rows(Table.AA_CONTACT)).containsExactly(defaultRow(Table.AA_CONTACT));
  }

  @Test
  void titleRowsAboveTheHeaderAreSkipped() throws Exception {
    read(
        workbook()
            .with(
                list(6)
                    .titled("List 6: Children in need")
                    .titled("Data as at 31/03/2025")
                    .set("Primary Need Code", "a) N1 Abuse or neglect")));

    Map<String, Object> expected = defaultRow(Table.AA_CHILD_IN_NEED);
    assertThat(sink.rows(Table.AA_CHILD_IN_NEED)).containsExactly(expected);
    assertThat(findings(FindingType.NORMALISED_VALUE))
        .singleElement()
        .extracting(Finding::location)
        .isEqualTo("sheet 'List 6', row 5");
  }

  @Test
  void codesAreKeptFromLetteredAndDescribedValues() throws Exception {
    read(
        workbook()
            .with(
                list(3)
                    .rowsWith(
                        "Referral Source",
                        "a) 6 Police",
                        "3A: Health services",
                        "GP [3A]",
                        "10",
                        "Anonymous")));

    assertThat(column(Table.AA_REFERRAL, "referral_source"))
        .containsExactly("6", "3A", "3A", "10", "Anonymous");
  }

  @Test
  void categoriesOfAbuseAreReadFromCodesAndWords() throws Exception {
    read(
        workbook()
            .with(
                list(7)
                    .rowsWith(
                        "Initial Category of Abuse", "a) Neglect", "Emotional abuse", "PHY")));

    assertThat(column(Table.AA_CHILD_PROTECTION, "initial_category"))
        .containsExactly("NEG", "EMO", "PHY");
  }

  @Test
  void suitabilityOfAccommodationIsABoolean() throws Exception {
    read(
        workbook()
            .with(
                list(9)
                    .rowsWith(
                        "Suitability of Accommodation",
                        "Suitable",
                        "Unsuitable",
                        "a) Suitable",
                        "b) Unsuitable",
                        "Not suitable",
                        "Unknown")));

    assertThat(column(Table.AA_CARE_LEAVER, "accommodation_suitable"))
        .containsExactly(true, false, true, false, false, null);
  }

  @Test
  void aListSheetWithoutItsKeyDateStopsTheImport() throws Exception {
    AnnexAWorkbook wb = workbook().with(list(1).without("Date of Contact"));

    assertThatThrownBy(() -> read(wb))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "annex_a.xlsx: sheet 'List 1', row 1, Date of Contact: the header row of list 1"
                + " (contacts) has no 'Date of Contact' column; expected a column headed 'Date of"
                + " Contact' (or a known variant of it)");
  }

  @Test
  void aListSheetWithoutTheChildIdStopsTheImport() throws Exception {
    AnnexAWorkbook wb = workbook().with(list(4).titled("Assessments").without("Child Unique ID"));

    assertThatThrownBy(() -> read(wb))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "annex_a.xlsx: sheet 'List 4', row 3, Child Unique ID: the header row of list 4"
                + " (assessments) has no 'Child Unique ID' column; expected a column headed"
                + " 'Child Unique ID' (or a known variant of it)");
  }

  @Test
  void unknownColumnsAreIgnoredWithAFinding() throws Exception {
    read(workbook().with(list(2).column("Worker notes", "free text")));

    assertThat(sink.rows(Table.AA_EARLY_HELP)).containsExactly(defaultRow(Table.AA_EARLY_HELP));
    assertThat(findings(FindingType.IGNORED_FIELD))
        .singleElement()
        .extracting(Finding::describe)
        .isEqualTo(
            "annex_a.xlsx: sheet 'List 2', row 1, Worker notes: not a column of Annex A list 2"
                + " (early help assessments) that caseflow reads [ignored_field]");
  }

  @Test
  void anUnknownHeaderThatLooksLikeAChildsIdIsNamedByItsPosition() throws Exception {
    read(workbook().with(list(2).column("LA0012345", "free text")));

    Finding f = findings(FindingType.IGNORED_FIELD).get(0);
    assertThat(f.field()).startsWith("column ");
    assertThat(f.describe()).doesNotContain("0012345");
  }

  @Test
  void aWorkbookWithOnlyUnknownSheetsDeliversNoTables() throws Exception {
    ReadResult result =
        read(
            workbook()
                .with(
                    sheet("Notes", "Comment", "Author"),
                    sheet("Lookup", "Child Unique ID", "Gender", "Ethnicity")));

    assertThat(result.tables()).isEmpty();
    assertThat(result.rows()).isEmpty();
    assertThat(result.latestDate()).isNull();
    assertThat(findings(FindingType.IGNORED_FIELD))
        .extracting(Finding::field)
        .containsExactly("Notes", "Lookup");
  }

  @Test
  void anEmptyListSheetStillDeliversItsTable() throws Exception {
    ReadResult result = read(workbook().with(list(11).empty(), list(1)));

    assertThat(result.tables()).containsExactlyInAnyOrder(Table.AA_ADOPTER, Table.AA_CONTACT);
    assertThat(result.rows()).containsEntry(Table.AA_ADOPTER, 0).containsEntry(Table.AA_CONTACT, 1);
  }

  @Test
  void councilAndYearComeFromTheContextAndTheLatestDateFromEventsNotBirths() throws Exception {
    ReadResult result =
        read(
            workbook()
                .with(
                    list(1).set("Date of Birth", LocalDate.of(2025, 1, 1)),
                    list(3).set("Date of referral", LocalDate.of(2024, 9, 30))),
            new ReadContext("873", new CollectionYear(2025)));

    assertThat(result.la()).isEqualTo("873");
    assertThat(result.year()).isEqualTo(new CollectionYear(2025));
    assertThat(result.latestDate()).isEqualTo(LocalDate.of(2024, 9, 30));
  }

  @Test
  void withoutAContextTheCouncilAndYearAreUnknown() throws Exception {
    ReadResult result = read(workbook().with(list(1)));

    assertThat(result.la()).isNull();
    assertThat(result.year()).isNull();
    assertThat(result.latestDate()).isEqualTo(EVENT);
  }

  @Test
  void blankRowsAreSkipped() throws Exception {
    ReadResult result = read(workbook().with(list(1).blankRow().copyRow().set("Gender", "zebra")));

    assertThat(sink.rows(Table.AA_CONTACT)).hasSize(2);
    assertThat(result.rows()).containsEntry(Table.AA_CONTACT, 2);
    assertThat(findings(FindingType.UNREADABLE_VALUE))
        .extracting(Finding::location)
        .containsExactly("sheet 'List 1', row 2");
  }

  @Test
  void aZipThatIsNotAWorkbookIsRejected() throws Exception {
    Path file = dir.resolve("not_a_workbook.xlsx");
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("hello".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    assertThatThrownBy(() -> new AnnexAReader().read(file, ReadContext.none(), sink, findings))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "not_a_workbook.xlsx: the file: the file is not a readable Excel workbook (it may be"
                + " damaged, truncated or another kind of file); expected an Annex A workbook"
                + " saved as Excel .xlsx (Office Open XML)");
  }

  @Test
  void aTruncatedWorkbookIsRejected() throws Exception {
    Path whole = workbook().with(list(1)).write(dir, "whole.xlsx");
    byte[] bytes = Files.readAllBytes(whole);
    Path file = dir.resolve("truncated.xlsx");
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

    assertThatThrownBy(() -> new AnnexAReader().read(file, ReadContext.none(), sink, findings))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("truncated.xlsx: the file: the file is not a readable Excel");
  }

  @Test
  void theFormatDetectorRecognisesTheWorkbook() throws Exception {
    Path file = workbook().with(list(1)).write(dir);

    assertThat(FormatDetector.detect(file)).isEqualTo(Format.ANNEX_A_XLSX);
    assertThat(new AnnexAReader().format()).isEqualTo(Format.ANNEX_A_XLSX);
  }

  @Test
  void aMissingChildIdInARowIsAFindingAndTheRowIsKept() throws Exception {
    read(workbook().with(list(1).set("Child Unique ID", null)));

    assertThat(sink.count(Table.AA_CONTACT)).isEqualTo(1);
    assertThat(findings(FindingType.MISSING_REQUIRED_FIELD))
        .singleElement()
        .extracting(Finding::describe)
        .isEqualTo(
            "annex_a.xlsx: sheet 'List 1', row 2, Child Unique ID: every row of list 1"
                + " (contacts) needs a value here [missing_required_field]");
  }

  @Test
  void numericChildIdsAreReadAsText() throws Exception {
    read(workbook().with(list(1).set("Child Unique ID", 123456)));

    assertThat(column(Table.AA_CONTACT, "child_id")).containsExactly("123456");
  }

  @Test
  void anOldStyleXlsFileIsRejectedWithAPlainMessage() throws Exception {
    Path file = dir.resolve("annex_a.xls");
    byte[] ole2 = {
      (byte) 0xD0,
      (byte) 0xCF,
      0x11,
      (byte) 0xE0,
      (byte) 0xA1,
      (byte) 0xB1,
      0x1A,
      (byte) 0xE1,
      0,
      0,
      0,
      0
    };
    Files.write(file, ole2);

    assertThatThrownBy(() -> new AnnexAReader().read(file, ReadContext.none(), sink, findings))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "annex_a.xls: the file: the file is an old-style Excel .xls workbook, or an encrypted"
                + " (password-protected) one; expected an Annex A workbook saved as Excel .xlsx"
                + " (Office Open XML), without a password");
  }

  @Test
  void aSecondColumnForTheSameFieldIsIgnoredWithAFinding() throws Exception {
    read(workbook().with(list(1).column("Sex", "F")));

    assertThat(column(Table.AA_CONTACT, "sex")).containsExactly("M");
    assertThat(findings(FindingType.IGNORED_FIELD))
        .singleElement()
        .extracting(Finding::describe)
        .isEqualTo(
            "annex_a.xlsx: sheet 'List 1', row 1, Sex: a second column for 'Gender' in list 1"
                + " (contacts); only the first is read [ignored_field]");
  }

  @Test
  void placementLocationAndCodesOfListEightAreKept() throws Exception {
    read(
        workbook()
            .with(
                list(8)
                    .set("Placement Location", "Outside LA boundary")
                    .set("Legal Status", "a) C2 - Full care order")
                    .set("Reason Ceased", "E4A Returned home as part of care plan")
                    .set("Placement Type", "U3) Foster placement with other foster carer")
                    .set("Category of Need", "N4 - Family in acute stress")));

    Map<String, Object> row = sink.rows(Table.AA_CHILD_IN_CARE).get(0);
    assertThat(row)
        .containsEntry("placement_location", "OUT")
        .containsEntry("legal_status", "C2")
        .containsEntry("reason_ceased", "E4A")
        .containsEntry("placement_type", "U3")
        .containsEntry("category_of_need", "N4");
    assertThat(findings.count(FindingType.NORMALISED_VALUE)).isEqualTo(5);
  }

  @Test
  void careLeaverCodesAreKeptAndOtherTextIsLeftAsWritten() throws Exception {
    read(
        workbook()
            .with(
                list(9)
                    .set("LA in Touch", "a) YES - In touch")
                    .set("Activity Status", "G5) Not in education, employment or training - other")
                    .set("Eligibility Category", "Former relevant")));

    assertThat(sink.rows(Table.AA_CARE_LEAVER).get(0))
        .containsEntry("in_touch", "YES")
        .containsEntry("activity", "G5")
        .containsEntry("eligibility", "Former relevant");
  }

  @Test
  void ethnicityCodesAreTakenFromDescribedValues() throws Exception {
    read(
        workbook()
            .with(
                list(1)
                    .rowsWith(
                        "Ethnicity",
                        "a) WBRI",
                        "WBRI - White British",
                        "White British [WBRI]",
                        "White British")));

    assertThat(column(Table.AA_CONTACT, "ethnicity"))
        .containsExactly("WBRI", "WBRI", "WBRI", "White British");
  }

  @Test
  void aYearInADateColumnIsNotTakenForADate() throws Exception {
    read(workbook().with(list(1).set("Date of Contact", 2024)));

    assertThat(column(Table.AA_CONTACT, "contact_date")).containsExactly((Object) null);
    assertThat(findings(FindingType.UNREADABLE_VALUE))
        .singleElement()
        .extracting(Finding::field, Finding::value)
        .containsExactly("Date of Contact", "2024");
  }

  @Test
  void listElevenIsKeyedByTheAdopterRatherThanAChild() throws Exception {
    read(workbook().with(list(11).set("Date enquiry received", "2024-05-01")));

    assertThat(column(Table.AA_ADOPTER, "enquiry_date")).containsExactly(EVENT);
    assertThat(column(Table.AA_ADOPTER, "adopter_id")).containsExactly("AD01");
  }
}
