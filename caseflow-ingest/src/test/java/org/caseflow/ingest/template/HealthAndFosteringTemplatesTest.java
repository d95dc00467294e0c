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

/** Health assessment, foster carer and fostering target templates: read, and refused clearly. */
class HealthAndFosteringTemplatesTest {
  private static final String HEALTH =
      "child_id,looked_after_date,assessment,requested_date,due_date,completed_date\n";
  private static final String CARERS =
      "household_id,enquiry_date,assessment_start,approval_date,withdrawal_date,type\n";
  private static final String TARGETS = "year,approvals_target\n";

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
    assertThat(
            read(
                "h.csv",
                HEALTH
                    + "C1,2024-12-13,Initial,2024-12-16,,2025-01-15\n"
                    + "C1,2024-12-13,review,,2025-06-13,\n"))
        .isEqualTo(Format.HEALTH_ASSESSMENTS_CSV);
    assertThat(sink.rows(Table.HEALTH_ASSESSMENT).get(0))
        .containsEntry("assessment", "initial")
        .containsEntry("due_date", null)
        .containsEntry("completed_date", LocalDate.of(2025, 1, 15));
    assertThat(sink.rows(Table.HEALTH_ASSESSMENT).get(1))
        .containsEntry("assessment", "review")
        .containsEntry("due_date", LocalDate.of(2025, 6, 13));
    assertThat(read("f.csv", CARERS + "FH1,2024-05-02,2024-06-10,2024-11-28,,Connected_Person\n"))
        .isEqualTo(Format.FOSTER_CARERS_CSV);
    assertThat(sink.rows(Table.FOSTER_HOUSEHOLD).get(0))
        .containsEntry("carer_type", "connected_person")
        .containsEntry("withdrawal_date", null);
    assertThat(read("t.csv", TARGETS + "2024-25,25\n")).isEqualTo(Format.FOSTERING_TARGETS_CSV);
    assertThat(sink.rows(Table.FOSTERING_TARGET).get(0))
        .containsEntry("year_start", LocalDate.of(2024, 4, 1))
        .containsEntry("approvals_target", 25);
  }

  @Test
  void aSecondInitialAssessmentForTheSamePeriodOfCareIsRefusedWithoutEchoingTheChild() {
    assertThatThrownBy(
            () ->
                read(
                    "h.csv",
                    HEALTH
                        + "C104233,2024-12-13,initial,,,2025-01-15\n"
                        + "C104233,2024-12-13,initial,,,2025-01-20\n"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "h.csv: line 3, child_id, looked_after_date, assessment, due_date: the row repeats"
                + " line 2; expected one row for each child_id and looked_after_date and"
                + " assessment and due_date")
        .hasMessageNotContaining("C104233");
    assertThat(sink.count(Table.HEALTH_ASSESSMENT)).isZero();
  }

  @Test
  void anUnknownAssessmentKindOrABadDateIsRefused() {
    assertThatThrownBy(() -> read("h.csv", HEALTH + "C1,2024-12-13,annual,,,\n"))
        .hasMessage(
            "h.csv: line 2, assessment: 'annual' is not one of the accepted words; expected one"
                + " of initial, review");
    assertThatThrownBy(() -> read("h.csv", HEALTH + "C1,13/12/2024,initial,,,\n"))
        .hasMessage(
            "h.csv: line 2, looked_after_date: '13/12/2024' is not a date; expected a date as"
                + " yyyy-mm-dd");
    assertThat(sink.count(Table.HEALTH_ASSESSMENT)).isZero();
  }

  @Test
  void aWrongColumnADuplicateHouseholdAndATextTargetAreRefused() {
    assertThatThrownBy(
            () -> read("f.csv", CARERS.replace("type", "kind") + "FH1,2024-05-02,,,,mainstream\n"))
        .hasMessageStartingWith(
            "f.csv: line 1, kind: column 'kind' is not a column of the template");
    assertThatThrownBy(
            () ->
                read(
                    "f.csv",
                    CARERS
                        + "FH-0042,2024-05-02,,,,mainstream\nfh-0042,2024-06-02,,,,mainstream\n"))
        .hasMessage(
            "f.csv: line 3, household_id: the row repeats line 2; expected one row for each"
                + " household_id")
        .hasMessageNotContaining("0042");
    assertThatThrownBy(() -> read("t.csv", TARGETS + "2024-25,twenty-five\n"))
        .hasMessage(
            "t.csv: line 2, approvals_target: 'twenty-five' is not a whole number; expected a"
                + " whole number from 0 to 10000");
    assertThat(sink.count(Table.FOSTER_HOUSEHOLD)).isZero();
    assertThat(sink.count(Table.FOSTERING_TARGET)).isZero();
  }

  @Test
  void aHouseholdIdentifierInABadCellIsNeverEchoed() {
    assertThatThrownBy(() -> read("f.csv", CARERS + "FH-0042,2024-05-02,,,,foster\n"))
        .hasMessage(
            "f.csv: line 2, type: 'foster' is not one of the accepted words; expected one of"
                + " mainstream, connected_person")
        .hasMessageNotContaining("FH-0042");
  }
}
