package org.caseflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorecard's exports: what is shown, as the audience sees it, in CSV and in xlsx. */
class ScorecardExportTest {
  @TempDir static Path dir;
  static WebFixture web;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir, false);
  }

  @AfterAll
  static void stop() throws Exception {
    web.close();
  }

  private static String csv(String user, String query) throws Exception {
    HttpResponse<String> r = Client.signedIn(web.base(), user).get("/scorecard.csv?" + query);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    return r.body();
  }

  @Test
  void theCsvHoldsTheFilteredRowsAndACouncillorsHidesTheSmallCount() throws Exception {
    // OC07 counts three children on a plan at 31 March 2025 (C1, C2, C3 in WebFixture): shown to
    // a manager, suppressed (c) for a councillor, as in the public report.
    String manager = csv("manager", "period=2024-25&q=OC07");
    List<String> lines = manager.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "Stage,Indicator,Name,Value,Status,Target,England,Statistical neighbours' mean,"
                + "Position,Since the previous period,Trend");
    // The search "OC07" finds OC07 and OC07R (the same children per 10,000).
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith("Outputs,OC07,").contains(",3,No rating,");
    assertThat(lines.get(2)).startsWith("Outputs,OC07R,");
    String councillor = csv("councillor", "period=2024-25&q=OC07");
    assertThat(councillor.lines().toList().get(1)).startsWith("Outputs,OC07,").contains(",c,");
    assertThat(councillor).doesNotContain(",3,");
  }

  @Test
  void theWorkbookHoldsTheSameRowsUnderTheCouncilsName() throws Exception {
    Client analyst = Client.signedIn(web.base(), "analyst");
    HttpResponse<byte[]> r =
        analyst.http.send(
            HttpRequest.newBuilder(
                    URI.create(web.base() + "/scorecard.xlsx?period=2024-25&stage=outputs"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"scorecard-808-2024-25.xlsx\"");
    List<String> csvIds =
        csv("analyst", "period=2024-25&stage=outputs")
            .lines()
            .skip(1)
            .map(l -> l.split(",")[1])
            .toList();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.body()))) {
      Sheet sheet = wb.getFirstSheet();
      List<org.dhatim.fastexcel.reader.Row> rows = sheet.read();
      assertThat(rows.get(0).getCellText(0)).isEqualTo("Stockton-on-Tees, 2024-25");
      assertThat(rows.get(1).getCellText(1)).isEqualTo("Indicator");
      List<String> ids = rows.stream().skip(2).map(x -> x.getCellText(1)).toList();
      assertThat(ids).isEqualTo(csvIds).contains("OC07");
    }
  }

  @Test
  void aWorkbookCellThatASpreadsheetWouldReadAsAFormulaIsWrittenAsText() {
    assertThat(Csv.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(Csv.text("-3.5")).isEqualTo("-3.5");
    assertThat(Csv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
  }
}
