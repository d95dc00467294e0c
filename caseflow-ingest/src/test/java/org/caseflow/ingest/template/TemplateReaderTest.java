package org.caseflow.ingest.template;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.caseflow.ingest.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The caseload template: strict layout, each problem refused with file, line, column, expected. */
class TemplateReaderTest {
  private static final String HEAD = "month,worker,team,fte,contract,open_cases\n";
  @TempDir Path dir;
  private final CollectingSink sink = new CollectingSink();

  private ReadResult read(String csv) throws Exception {
    Path f = dir.resolve("caseload.csv");
    Files.writeString(f, csv);
    Format format = FormatDetector.detect(f);
    assertThat(format).isEqualTo(Format.CASELOAD_CSV);
    return new TemplateReader(Template.CASELOAD).read(f, ReadContext.none(), sink, new Findings());
  }

  private InputException refused(String csv) {
    try {
      read(csv);
    } catch (InputException e) {
      assertThat(sink.count(Table.CASELOAD)).as("nothing passed on").isZero();
      return e;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("accepted");
  }

  @Test
  void readsAWellFormedExtractInAnyColumnOrder() throws Exception {
    ReadResult r =
        read(
            "Worker,Month,Team,FTE,Contract,Open_Cases\n"
                + "Jane Smith,2025-03,Assessment East,0.8,employed,17\n"
                + "J Bloggs,2025-03,Assessment East,1,Agency,26\n");
    assertThat(r.latestDate()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(sink.rows(Table.CASELOAD).get(0))
        .containsEntry("month", LocalDate.of(2025, 3, 1))
        .containsEntry("worker_id", "Jane Smith")
        .containsEntry("team", "Assessment East")
        .containsEntry("fte", 0.8)
        .containsEntry("agency", false)
        .containsEntry("open_cases", 17);
    assertThat(sink.rows(Table.CASELOAD).get(1)).containsEntry("agency", true);
  }

  @Test
  void aWrongColumnIsRefusedNamingItAndTheExpectedHeadings() {
    assertThat(refused("month,worker,team,fte,contract,cases\n2025-03,A,T,1,employed,3\n"))
        .hasMessage(
            "caseload.csv: line 1, cases: column 'cases' is not a column of the template;"
                + " expected the caseload headings month,worker,team,fte,contract,open_cases");
  }

  @Test
  void aHeadingThatLooksLikeDataIsRefusedWithoutBeingQuoted() {
    // A heading line with a worker's name pasted over a heading: the name is not repeated.
    assertThat(refused("month,Jane Smith,team,fte,contract,open_cases\n"))
        .hasMessage(
            "caseload.csv: line 1, column 2: column 2 of the first line is not a column of the"
                + " template; expected the caseload headings"
                + " month,worker,team,fte,contract,open_cases");
  }

  @Test
  void aNegativeNumberIsRefused() {
    assertThat(refused(HEAD + "2025-03,A,T,1,employed,-2\n"))
        .hasMessage(
            "caseload.csv: line 2, open_cases: '-2' is out of range; expected a whole number"
                + " from 0 to 200");
  }

  @Test
  void textInANumberFieldIsRefused() {
    assertThat(refused(HEAD + "2025-03,A,T,full time,employed,12\n"))
        .hasMessage(
            "caseload.csv: line 2, fte: 'full time' is not a number; expected a number from 0.01"
                + " to 1.5");
  }

  @Test
  void aDuplicateRowIsRefusedWithoutEchoingTheWorkersName() {
    InputException e =
        refused(HEAD + "2025-03,Jane Smith,T,1,employed,12\n2025-03,jane smith,T,1,employed,13\n");
    assertThat(e)
        .hasMessage(
            "caseload.csv: line 3, month, worker: the row repeats line 2; expected one row for"
                + " each month and worker");
    assertThat(e.getMessage()).doesNotContainIgnoringCase("jane");
  }

  @Test
  void aBadValueInAPersonalColumnIsNeverEchoed() {
    assertThat(refused(HEAD + "2025-03,,T,1,employed,12\n"))
        .hasMessage("caseload.csv: line 2, worker: the cell is empty; expected some text");
    assertThat(refused(HEAD + "2025-13,Jane Smith,T,1,employed,12\n").getMessage())
        .isEqualTo(
            "caseload.csv: line 2, month: '2025-13' is not a month; expected a month as yyyy-mm,"
                + " e.g. 2025-04");
  }

  @Test
  void aWordOutsideTheListIsRefusedWithTheAcceptedWords() {
    assertThat(refused(HEAD + "2025-03,A,T,1,locum,12\n"))
        .hasMessage(
            "caseload.csv: line 2, contract: 'locum' is not one of the accepted words; expected"
                + " one of agency, employed");
  }
}
