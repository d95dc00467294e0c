package org.caseflow.ingest.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.CollectingSink;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.Format;
import org.caseflow.ingest.FormatDetector;
import org.caseflow.ingest.InputException;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Budget, NRPF, exploitation and early help target templates: read, and refused clearly. */
class LocalTemplatesTest {
  private static final String BUDGET =
      "period,budget_line,category,annual_budget,spend_to_date,projected_outturn\n";
  private static final String NRPF =
      "case_id,referral_date,family_size,children,allocated_date,closure_date,outcome\n";
  private static final String EXPLOITATION =
      "child_id,date_considered,exploitation_type,risk_level,sex,age,disclosure,missing_episodes\n";
  private static final String TARGETS = "year,organisation,target,stretch_target\n";

  @TempDir Path dir;
  private final CollectingSink sink = new CollectingSink();

  private Format read(String name, String csv) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, csv);
    Format format = FormatDetector.detect(f);
    Readers.forFormat(format).read(f, ReadContext.none(), sink, new Findings());
    return format;
  }

  @Test
  void eachTemplateIsRecognisedByItsHeadingsAndRead() throws Exception {
    assertThat(read("b.csv", BUDGET + "2024-09,IFA placements,IFA,5510000,2000000.50,4690000\n"))
        .isEqualTo(Format.BUDGET_CSV);
    assertThat(sink.rows(Table.BUDGET_LINE).get(0))
        .containsEntry("period", LocalDate.of(2024, 9, 1))
        .containsEntry("category", "ifa")
        .containsEntry("annual_budget", 5_510_000.0)
        .containsEntry("spend_to_date", 2_000_000.5);
    assertThat(read("n.csv", NRPF + "N1,2024-04-01,5,3,2024-04-03,,\n")).isEqualTo(Format.NRPF_CSV);
    assertThat(sink.rows(Table.NRPF_CASE).get(0))
        .containsEntry("children", 3)
        .containsEntry("closure_date", null);
    assertThat(read("x.csv", EXPLOITATION + "C1,2024-05-01,cse,High,f,15,Yes,2\n"))
        .isEqualTo(Format.EXPLOITATION_CSV);
    assertThat(sink.rows(Table.EXPLOITATION_RISK).get(0))
        .containsEntry("exploitation_type", "CSE")
        .containsEntry("risk_level", "high")
        .containsEntry("sex", "F")
        .containsEntry("disclosure", true);
    assertThat(read("t.csv", TARGETS + "2024-25,Hospital trust,120,150\n"))
        .isEqualTo(Format.EARLY_HELP_TARGETS_CSV);
    assertThat(sink.rows(Table.EARLY_HELP_TARGET).get(0))
        .containsEntry("year_start", LocalDate.of(2024, 4, 1));
  }

  @Test
  void aNegativeBudgetIsRefusedAndNothingIsPassedOn() {
    assertThatThrownBy(() -> read("budget.csv", BUDGET + "2024-09,IFA,ifa,-5510000,0,0\n"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "budget.csv: line 2, annual_budget: '-5510000' is out of range; expected a number"
                + " from 0 to 10000000000");
    assertThat(sink.count(Table.BUDGET_LINE)).isZero();
  }

  @Test
  void aWrongColumnTextInANumberAndADuplicateLineAreRefusedInTheBudgetToo() {
    assertThatThrownBy(
            () ->
                read(
                    "budget.csv",
                    BUDGET.replace("projected_outturn", "forecast") + "2024-09,IFA,ifa,1,1,1\n"))
        .hasMessageStartingWith(
            "budget.csv: line 1, forecast: column 'forecast' is not a column of the template");
    assertThatThrownBy(() -> read("budget.csv", BUDGET + "2024-09,IFA,ifa,£5.5m,0,0\n"))
        .hasMessage(
            "budget.csv: line 2, annual_budget: '£5.5m' is not a number; expected a number from 0"
                + " to 10000000000");
    assertThatThrownBy(
            () -> read("budget.csv", BUDGET + "2024-09,IFA,ifa,1,1,1\n2024-09,IFA,ifa,2,2,2\n"))
        .hasMessage(
            "budget.csv: line 3, period, budget_line: the row repeats line 2; expected one row for"
                + " each period and budget_line");
    assertThat(sink.count(Table.BUDGET_LINE)).isZero();
  }

  @Test
  void aChildOrCaseIdentifierIsNeverEchoed() {
    assertThatThrownBy(
            () ->
                read(
                    "x.csv",
                    EXPLOITATION
                        + "C104233,2024-05-01,CSE,high,F,15,no,0\n"
                        + "C104233,2024-05-01,CSE,low,F,15,no,0\n"))
        .hasMessage(
            "x.csv: line 3, child_id, date_considered: the row repeats line 2; expected one row"
                + " for each child_id and date_considered")
        .hasMessageNotContaining("C104233");
    assertThatThrownBy(() -> read("n.csv", NRPF + "NRPF-0012,2024-04-01,0,3,,,\n"))
        .hasMessage(
            "n.csv: line 2, family_size: '0' is out of range; expected a whole number from 1 to"
                + " 30")
        .hasMessageNotContaining("NRPF-0012");
  }

  @Test
  void aFinancialYearMustBeWrittenAsTwoConsecutiveYears() {
    assertThatThrownBy(() -> read("t.csv", TARGETS + "2024-26,Hospital trust,1,2\n"))
        .hasMessage(
            "t.csv: line 2, year: '2024-26' is not a financial year; expected a financial year"
                + " as yyyy-yy, e.g. 2024-25");
  }
}
