package org.caseflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.caseflow.synth.SynthSpec;
import org.caseflow.synth.Synthesiser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end on a small synthetic council: what a user types and sees. */
class CommandLineTest {
  @TempDir static Path dir;
  private static String store;

  /** The output and exit code of one command. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @BeforeAll
  static void importASmallCouncil() throws Exception {
    store = importSmallCouncil(dir, "cli");
  }

  /**
   * Synthesises Stockton-on-Tees (808) for 2023-24 and 2024-25 (seed 5, scale 0.2) into {@code
   * dir/returns} and imports both years' CIN census and SSDA903 return into the store {@code
   * dir/NAME.duckdb}, whose location it returns.
   */
  static String importSmallCouncil(Path dir, String name) throws Exception {
    Synthesiser.generate(new SynthSpec("808", 2024, 2025, 5, 0.2, false), dir.resolve("returns"));
    String store = dir.resolve(name + ".duckdb").toString();
    for (int y = 2024; y <= 2025; y++) {
      Run r =
          run(
              "import",
              "--store",
              store,
              "--la",
              "808",
              "--year",
              String.valueOf(y),
              dir.resolve("returns/cin_census_" + y + ".xml").toString(),
              dir.resolve("returns/ssda903_" + y).toString());
      assertThat(r.code()).as(r.err()).isZero();
    }
    return store;
  }

  @Test
  void aCabinetReportIsThePublicVersionAndPrintsWhereItWent() throws Exception {
    Path out = dir.resolve("report");
    Run r =
        run(
            "report",
            "--store",
            store,
            "--la",
            "808",
            "--period",
            "2024-25-Q4",
            "--format",
            "html",
            "--audience",
            "cabinet",
            "--out",
            out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    Path html = out.resolve("report-808-2024-25-Q4-public-cabinet.html");
    assertThat(r.out().strip()).isEqualTo(html.toAbsolutePath().toString());
    assertThat(java.nio.file.Files.readString(html)).contains("Public version");
  }

  @Test
  void theCoverSheetComesFromThePaperFileAndItsValuesAreShownAsText(@TempDir Path tmp)
      throws Exception {
    Path paper = tmp.resolve("cabinet.yaml");
    java.nio.file.Files.writeString(
        paper, "meeting: Cabinet\ndate: 2025-06-19\nportfolio: \"<b>x</b>\"\n");
    Run r =
        run(
            "report",
            "--store",
            store,
            "--la",
            "808",
            "--period",
            "2024-25-Q4",
            "--format",
            "html",
            "--audience",
            "cabinet",
            "--paper",
            paper.toString(),
            "--out",
            tmp.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String html =
        java.nio.file.Files.readString(tmp.resolve("report-808-2024-25-Q4-public-cabinet.html"));
    assertThat(html)
        .contains("Children's social care performance: quarter 4, 2024-25")
        .contains("<td>Cabinet</td>", "<td>19 June 2025</td>", "<td>&lt;b&gt;x&lt;/b&gt;</td>")
        .contains("<td>To be confirmed</td>");
  }

  @Test
  void aCoverSheetWithAnUnknownKeyIsRefusedNamingTheFileLineAndKey(@TempDir Path tmp)
      throws Exception {
    Path paper = tmp.resolve("paper.yaml");
    java.nio.file.Files.writeString(paper, "meeting: Cabinet\nchair: Cllr Smith\n");
    Run r =
        run(
            "report",
            "--store",
            store,
            "--la",
            "808",
            "--period",
            "2024-25-Q4",
            "--paper",
            paper.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("paper.yaml:2: unknown key 'chair'; the keys allowed are");
  }

  @Test
  void thePaperTemplateIsPrintedWithoutACouncilOrPeriod() {
    Run r = run("report", "--paper-template");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(org.caseflow.report.Paper.TEMPLATE);
  }

  @Test
  void anUnknownReportFormatIsNamed() {
    Run r =
        run("report", "--store", store, "--la", "808", "--period", "2024-25-Q4", "--format", "odt");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown format 'odt'; expected html, pdf or docx");
  }

  @Test
  void serveRefusesATargetsFileItCannotReadBeforeStarting(@TempDir Path dir) throws Exception {
    Path targets = dir.resolve("targets.yaml");
    java.nio.file.Files.writeString(targets, "IN07: {target: twenty}\n");
    Run r = run("serve", "--store", store, "--port", "0", "--targets", targets.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("caseflow serve: ");
  }

  @Test
  void importingTheSameFilesAgainSkipsThemAndChangesNothing() {
    Run r =
        run(
            "import",
            "--store",
            store,
            "--la",
            "808",
            "--year",
            "2025",
            dir.resolve("returns/cin_census_2025.xml").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("Imported 0 return(s)", "skipped cin_census_2025.xml: already imported");
  }

  @Test
  void aBadFileExitsNonZeroWithAMessageNamingIt() throws Exception {
    Path bad = dir.resolve("bad.csv");
    java.nio.file.Files.writeString(bad, "CHILD,RNE\nA,S\n");
    Run r = run("import", "--store", store, "--la", "808", bad.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .startsWith("caseflow import: bad.csv: line 1")
        .contains("Nothing was imported");
  }

  @Test
  void indicatorsAsJsonHaveTheDocumentedFields() throws Exception {
    Run r =
        run(
            "indicators",
            "--store",
            store,
            "--la",
            "808",
            "--period",
            "2024-25",
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.isArray()).isTrue();
    JsonNode first = json.get(0);
    assertThat(
            first.has("id")
                && first.has("name")
                && first.has("period_start")
                && first.has("period_end")
                && first.has("numerator")
                && first.has("denominator")
                && first.has("value")
                && first.has("unit")
                && first.has("polarity"))
        .isTrue();
    JsonNode referrals = null;
    for (JsonNode n : json) {
      if (n.get("id").asText().equals("IN05")) {
        referrals = n;
      }
    }
    assertThat(referrals.get("period_start").asText()).isEqualTo("2024-04-01");
    assertThat(referrals.get("period_end").asText()).isEqualTo("2025-03-31");
    assertThat(referrals.get("value").asDouble()).isPositive();
  }

  @Test
  void aPeriodInAnotherFormIsRefusedShowingTheForms() {
    Run r = run("indicators", "--store", store, "--la", "808", "--period", "Q1 2025");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("expected one of: 2024-25 (financial year)");
  }

  @Test
  void explainShowsTheDefinitionNumeratorAndPolarity() {
    Run r = run("explain", "IN07");
    assertThat(r.out())
        .contains("IN07  Re-referrals within 12 months")
        .contains("Numerator:")
        .contains("Polarity: low");
  }

  @Test
  void listingTheChildrenBehindAFigureIsWrittenToTheAuditLogWithoutIdentifiers() throws Exception {
    Run r = run("children", "IN05", "--store", store, "--la", "808", "--period", "2024-25");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("child_id");
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + store);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT action, la, subject, children FROM audit_log"
                    + " WHERE subject = 'IN05 2024-25'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("children");
      assertThat(rs.getString(3)).isEqualTo("IN05 2024-25");
      assertThat(rs.getInt(4)).isPositive();
    }
  }

  @Test
  void theChildrenBehindAFigureComeAsCsvOrJsonWithTheSameRows() throws Exception {
    Run csv =
        run(
            "children",
            "IN05",
            "--store",
            store,
            "--la",
            "808",
            "--period",
            "2024-25",
            "--format",
            "csv");
    Run json =
        run(
            "children",
            "IN05",
            "--store",
            store,
            "--la",
            "808",
            "--period",
            "2024-25",
            "--format",
            "json");
    assertThat(csv.code()).as(csv.err()).isZero();
    assertThat(json.code()).as(json.err()).isZero();
    assertThat(csv.out().lines().findFirst().orElseThrow())
        .isEqualTo("child_id,date,in_numerator,in_denominator,measure,category");
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.get("id").asText()).isEqualTo("IN05");
    assertThat(root.get("period_end").asText()).isEqualTo("2025-03-31");
    assertThat(root.get("children").size()).isEqualTo(csv.out().lines().count() - 1).isPositive();
    JsonNode first = root.get("children").get(0);
    assertThat(first.get("in_numerator").isBoolean()).isTrue();
    assertThat(first.has("child_id")).isTrue();
  }

  @Test
  void aChildIdThatLooksLikeAFormulaIsDefusedInTheChildrenCsv() throws Exception {
    var in05 = org.caseflow.measure.Catalogue.load().find("IN05").orElseThrow();
    var members =
        java.util.List.of(
            new org.caseflow.measure.Member(
                "=HYPERLINK(\"x\")", java.time.LocalDate.of(2024, 4, 1), true, true, null, null));
    String csv =
        ChildrenCommand.render(
            in05,
            "808",
            org.caseflow.domain.period.ReportingPeriod.parse("2024-25"),
            members,
            Output.Format.CSV);
    assertThat(csv.lines().skip(1).findFirst().orElseThrow())
        .startsWith("\"'=HYPERLINK(\"\"x\"\")\",2024-04-01,yes,yes,,");
  }

  @Test
  void theChildrenOfAnIndicatorNoReturnCanFeedSayWhy() {
    Run r =
        run(
            "children",
            "LA31",
            "--store",
            store,
            "--la",
            "808",
            "--period",
            "2024-25",
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"note\" : \"needs the school census");
    Run table = run("indicators", "--store", store, "--la", "808", "--period", "2024-25");
    assertThat(table.out()).containsPattern("(?m)^LA31 .*needs the school census");
  }

  @Test
  void csvIsSafeFromFormulaInjection() {
    assertThat(Output.csvCell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(Output.csvCell("+44 20 7946 0000")).isEqualTo("'+44 20 7946 0000");
    // A plain number is read as a number, which is harmless: left as it is.
    assertThat(Output.csvCell("+44")).isEqualTo("+44");
    assertThat(Output.csvCell("-3.5")).isEqualTo("-3.5");
    assertThat(Output.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
  }

  @Test
  void compareShowsPublishedFiguresNeighboursAndRag() {
    Run r =
        run("compare", "--store", store, "--la", "808", "--period", "2024-25", "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines().findFirst().orElseThrow())
        .isEqualTo(
            "id,name,value,published,difference,england,region,neighbour_mean,"
                + "neighbour_median,vs_england,vs_region,vs_neighbours,band,rank,target,rag,vs_previous,"
                + "vs_last_year,year,comparison");
    // Stockton's own published re-referral rate for 2024-25 is 28.8 (LAIT ReReferral 2025).
    assertThat(r.out()).containsPattern("(?m)^IN07,Re-referrals within 12 months,[0-9.]+,28\\.8,");
    // Numbers for a spreadsheet: no thousands separators, every digit. Stockton's published
    // referrals for 2024-25 are 3,959 (LAIT), written 3959.
    assertThat(r.out()).doesNotContain("3,959").containsPattern("(?m)^IN05,Referrals,[0-9]+,3959,");
  }

  @Test
  void anUnknownCouncilIsAnErrorInEveryCommandThatReadsTheStore() {
    for (String command : List.of("indicators", "compare", "report")) {
      Run r = run(command, "--store", store, "--la", "999", "--period", "2024-25");
      assertThat(r.code()).as(command).isEqualTo(2);
      assertThat(r.err())
          .as(command)
          .isEqualTo(
              "caseflow "
                  + command
                  + ": council 999 is unknown: DfE publishes no figures for it and no returns are"
                  + " loaded for it\n");
      assertThat(r.out()).as(command).isEmpty();
    }
    Run children = run("children", "IN05", "--store", store, "--la", "999", "--period", "2024-25");
    assertThat(children.code()).isEqualTo(2);
  }

  @Test
  void aCouncilWithNoReturnsLoadedIsRefusedRatherThanShownAsBlank() {
    // Hartlepool (805) is a real council, but nothing of it is loaded.
    Run r = run("indicators", "--store", store, "--la", "805", "--period", "2024-25");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("caseflow indicators: no returns are loaded for council 805");
  }

  @Test
  void aPeriodNoLoadedReturnCoversIsRefusedSayingWhatIsLoaded() {
    for (String period : List.of("2019-20", "2027-28")) {
      Run r = run("indicators", "--store", store, "--la", "808", "--period", period);
      assertThat(r.code()).as(period).isEqualTo(2);
      assertThat(r.err())
          .as(period)
          .startsWith("caseflow indicators: no return loaded for council 808 covers " + period)
          .contains("CIN census 2023-24 to 2024-25");
    }
  }

  @Test
  void aPeriodTheReturnsCoverOnlyInPartIsShownWithAPlainWarning() {
    // October 2022 to September 2023: the 2022-23 returns are not loaded.
    Run r = run("indicators", "--store", store, "--la", "808", "--period", "R12:2023-09");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err())
        .contains(
            "caseflow indicators: warning: the loaded returns cover only part of R12:2023-09 for"
                + " council 808 (not loaded: CIN census 2022-23)");
  }

  @Test
  void everyTableFitsAHundredAndTwentyColumnsAndCsvKeepsEveryColumn() {
    List<List<String>> commands =
        List.of(
            List.of("indicators", "--store", store, "--la", "808", "--period", "2024-25"),
            List.of("compare", "--store", store, "--la", "808", "--period", "2024-25", "--all"),
            List.of("children", "IN05", "--store", store, "--la", "808", "--period", "2024-25"),
            List.of("validate", "--store", store, "--la", "808", "--year", "2024-25"));
    for (List<String> args : commands) {
      Run r = run(args.toArray(String[]::new));
      assertThat(r.code()).as(r.err()).isIn(0, 1);
      assertThat(r.out().lines().count()).as(args.get(0)).isGreaterThan(3);
      assertThat(r.out().lines())
          .allSatisfy(l -> assertThat(l).as(args.get(0)).hasSizeLessThanOrEqualTo(120));
    }
    Run csv =
        run(
            "indicators",
            "--store",
            store,
            "--la",
            "808",
            "--period",
            "2024-25",
            "--format",
            "csv");
    assertThat(csv.out().lines().findFirst().orElseThrow())
        .isEqualTo(
            "id,name,period_start,period_end,numerator,denominator,value,unit,polarity,note");
  }

  @Test
  void neighboursListsTheTenNearestFirst() {
    Run r = run("neighbours", "808");
    assertThat(r.out()).contains("808 Stockton-on-Tees").contains(" 1  841  Darlington");
  }

  @Test
  void versionAndHelpWork() {
    assertThat(run("--version").out()).startsWith("caseflow ");
    assertThat(run("--help").out()).contains("import", "indicators", "compare", "report", "demo");
  }
}
