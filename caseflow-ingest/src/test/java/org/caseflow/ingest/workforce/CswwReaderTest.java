package org.caseflow.ingest.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.caseflow.domain.period.CollectionYear;
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

class CswwReaderTest {
  @TempDir Path dir;
  private final CollectingSink sink = new CollectingSink();
  private final Findings findings = new Findings();

  static String census(String referenceDate, String workers) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n<Header>\n<CollectionDetails>"
        + "<Collection>CSWW</Collection><Year>2024</Year><ReferenceDate>"
        + referenceDate
        + "</ReferenceDate></CollectionDetails>\n<Source><LEA>808</LEA></Source>\n</Header>\n"
        + "<LALevelVacancies><NumberOfVacancies>12.5</NumberOfVacancies>"
        + "<NoAgencyFTE>9</NoAgencyFTE><NoAgencyHeadcount>10</NoAgencyHeadcount>"
        + "</LALevelVacancies>\n"
        + workers
        + "</Message>\n";
  }

  static String worker(String sweNo, String agency, String fte30, String cases) {
    return "<CSWWWorker><AgencyWorker>"
        + agency
        + "</AgencyWorker><SWENo>"
        + sweNo
        + "</SWENo><FTE>1</FTE><GenderCurrent>2</GenderCurrent><OrgRole>5</OrgRole>"
        + "<RoleStartDate>2021-04-06</RoleStartDate><FTE30>"
        + fte30
        + "</FTE30><Cases30>"
        + cases
        + "</Cases30><WorkingDaysLost>3.5</WorkingDaysLost><ContractWeeks>52</ContractWeeks>"
        + "</CSWWWorker>\n";
  }

  private ReadResult read(String name, String xml) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, xml);
    assertThat(FormatDetector.detect(f)).isEqualTo(Format.CSWW_XML);
    return new CswwReader().read(f, ReadContext.none(), sink, findings);
  }

  @Test
  void readsWorkersAndVacanciesAndFilesTheCensusUnderTheYearContainingThirtiethSeptember()
      throws Exception {
    ReadResult r =
        read(
            "csww.xml",
            census(
                "2024-09-30",
                worker("SW123456", "0", "0.8", "17") + worker("SW654321", "1", "1", "22")));
    assertThat(r.la()).isEqualTo("808");
    assertThat(r.year()).isEqualTo(new CollectionYear(2025));
    assertThat(r.tables()).containsExactlyInAnyOrder(Table.SW_WORKER, Table.SW_VACANCY);
    var w = sink.rows(Table.SW_WORKER);
    assertThat(w).hasSize(2);
    assertThat(w.get(0))
        .containsEntry("worker_id", "SW123456")
        .containsEntry("reference_date", LocalDate.of(2024, 9, 30))
        .containsEntry("agency", false)
        .containsEntry("fte", 1.0)
        .containsEntry("sex", "F")
        .containsEntry("org_role", 5)
        .containsEntry("fte_at_census", 0.8)
        .containsEntry("cases_at_census", 17)
        .containsEntry("working_days_lost", 3.5);
    assertThat(w.get(1)).containsEntry("agency", true);
    assertThat(sink.rows(Table.SW_VACANCY).get(0))
        .containsEntry("vacancies_fte", 12.5)
        .containsEntry("agency_cover_fte", 9.0)
        .containsEntry("agency_cover_headcount", 10);
  }

  @Test
  void refusesADoctypeSoNoExternalEntityIsEverRead() throws Exception {
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE Message [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + census("2024-09-30", worker("&x;", "0", "1", "1")).substring(39);
    assertThatThrownBy(() -> read("xxe.xml", xxe))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "xxe.xml: line 2: the file contains a DOCTYPE declaration, and DTDs are not allowed;"
                + " expected a CSWW census XML file without a DOCTYPE");
    assertThat(sink.count(Table.SW_WORKER)).isZero();
  }

  @Test
  void aWorkerWithoutRegistrationNumberIsRefusedNamingTheElement() {
    assertThatThrownBy(() -> read("csww.xml", census("2024-09-30", worker("", "0", "1", "1"))))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "csww.xml: line 8 (CSWWWorker 1), SWENo: the worker has no SWENo; expected the"
                + " worker's Social Work England registration number");
  }

  @Test
  void aRepeatedWorkerIsRefusedWithoutEchoingTheRegistrationNumber() {
    assertThatThrownBy(
            () ->
                read(
                    "csww.xml",
                    census(
                        "2024-09-30",
                        worker("SW999999", "0", "1", "1") + worker("SW999999", "0", "1", "2"))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("SWENo: the same SWENo appears in an earlier CSWWWorker")
        .hasMessageNotContaining("SW999999");
  }

  @Test
  void anUnreadableNumberIsRefusedNamingLineFieldAndWhatWasExpected() {
    assertThatThrownBy(
            () -> read("csww.xml", census("2024-09-30", worker("SW1", "0", "full", "1"))))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "csww.xml: line 8, FTE30: 'full' is not a number of 0 or more; expected a number"
                + " such as 0.8");
  }

  @Test
  void aCinCensusIsStillRecognisedAsOneAndAnotherCollectionIsRefused() throws Exception {
    Path f = dir.resolve("other.xml");
    Files.writeString(
        f, "<Message><Header><CollectionDetails><Collection>SWF</Collection></CollectionDetails>");
    assertThatThrownBy(() -> FormatDetector.detect(f))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("collection 'SWF'")
        .hasMessageContaining("CSWW (the workforce census)");
  }
}
