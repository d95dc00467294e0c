package org.caseflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caseflow validate} end to end on a small CIN census with known errors. */
class ValidateCommandTest {
  @TempDir Path dir;

  private static Path census() {
    try {
      return Path.of(ValidateCommandTest.class.getResource("/validate/cin-errors.xml").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> rowsOf(String csv, String rule) {
    return csv.lines().filter(l -> l.startsWith("CIN census," + rule + ",")).toList();
  }

  @Test
  void aCensusWithErrorsListsEachFailingRowAsCsvAndExitsOne() {
    String store = dir.resolve("audit.duckdb").toString();
    CommandLineTest.Run r =
        CommandLineTest.run("validate", "--store", store, "--format", "csv", census().toString());
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out().lines().findFirst().orElseThrow())
        .isEqualTo("return,rule,severity,child,table,location,fields,values,message");
    assertThat(rowsOf(r.out(), "1103"))
        .containsExactly(
            "CIN census,1103,error,KID1,Assessments,Assessments row 1,"
                + "\"AssessmentActualStartDate,CINreferralDate\",\"2025-09-09,2025-09-10\","
                + "The assessment start date cannot be before the referral date");
    // The child's id begins with '=': the CSV cell is made safe for a spreadsheet.
    assertThat(rowsOf(r.out(), "8925"))
        .containsExactly(
            "CIN census,8925,error,\"'=HYPERLINK(\"\"x\"\")\",ChildProtectionPlans,"
                + "ChildProtectionPlans row 1,\"CPPstartDate,CPPendDate\","
                + "\"2025-07-01,2025-06-30\",Child Protection Plan End Date earlier than Start Date");
  }

  @Test
  void everyRunIsWrittenToTheAuditLogWithTheReturnAndHowManyChildren() throws Exception {
    String store = dir.resolve("audit.duckdb").toString();
    CommandLineTest.Run r = CommandLineTest.run("validate", "--store", store, census().toString());
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT action, la, subject, children FROM audit_log")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("validate");
      assertThat(rs.getString(2)).isEqualTo("808");
      assertThat(rs.getString(3)).isEqualTo("CIN census 2025-26");
      assertThat(rs.getInt(4)).isGreaterThanOrEqualTo(2);
      assertThat(rs.next()).isFalse();
    }
  }

  @Test
  void theWorkbookHasASummaryAndAnErrorSheetWhoseCellsAreTextNotFormulas() throws Exception {
    Path xlsx = dir.resolve("errors.xlsx");
    CommandLineTest.Run r =
        CommandLineTest.run(
            "validate",
            "--store",
            dir.resolve("audit.duckdb").toString(),
            "--format",
            "xlsx",
            "--out",
            xlsx.toString(),
            census().toString());
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetName(0)).isEqualTo("Summary");
      assertThat(wb.getSheetName(1)).isEqualTo("Errors");
      XSSFSheet errors = wb.getSheet("Errors");
      assertThat(errors.getRow(0).getCell(3).getStringCellValue()).isEqualTo("child");
      boolean found = false;
      for (int i = 1; i <= errors.getLastRowNum(); i++) {
        var row = errors.getRow(i);
        if (row.getCell(1).getStringCellValue().equals("8925")) {
          found = true;
          assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.STRING);
          assertThat(row.getCell(3).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
          assertThat(row.getCell(5).getStringCellValue()).isEqualTo("ChildProtectionPlans row 1");
        }
      }
      assertThat(found).isTrue();
      XSSFSheet summary = wb.getSheet("Summary");
      assertThat(summary.getRow(0).getCell(3).getStringCellValue()).isEqualTo("rule");
    }
  }

  @Test
  void theStoredReturnIsValidatedAgainByCouncilAndYear() {
    String store = dir.resolve("data.duckdb").toString();
    CommandLineTest.Run imported =
        CommandLineTest.run("import", "--store", store, census().toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("Validation of batch 1 (rules of CIN census 2025-26)");
    assertThat(imported.out()).contains("8925").contains("1103");
    assertThat(imported.out()).doesNotContain("KID1");
    CommandLineTest.Run r =
        CommandLineTest.run(
            "validate", "--store", store, "--la", "808", "--year", "2025-26", "--format", "csv");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(rowsOf(r.out(), "1103")).hasSize(1);
    assertThat(rowsOf(r.out(), "1103").get(0)).startsWith("CIN census,1103,error,KID1,");
  }

  @Test
  void aFileThatCannotBeReadExitsTwoNamingIt() throws Exception {
    Path bad = dir.resolve("census.xml");
    Files.writeString(bad, "<Message><Header>");
    CommandLineTest.Run r =
        CommandLineTest.run(
            "validate", "--store", dir.resolve("a.duckdb").toString(), bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("census.xml");
  }

  @Test
  void aStoreWithoutTheReturnAsksForOne() {
    CommandLineTest.Run r =
        CommandLineTest.run(
            "validate",
            "--store",
            dir.resolve("empty.duckdb").toString(),
            "--la",
            "808",
            "--year",
            "2025-26");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no CIN census or SSDA903 return of council 808 for 2025-26");
  }
}
