package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.caseflow.store.Importer;
import org.caseflow.store.Store;
import org.caseflow.store.Stores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Referrals (IN05) from a CIN census imported as a council would, holding referrals dated after its
 * reference date: Year 2022 (2021-22), ReferenceDate 21 July 2022, referrals worked by hand:
 *
 * <pre>
 * child  referral    period    counted
 * A      2021-06-01  2021-22   yes
 * B      2024-10-01  2024-25   no: after the census
 * C      2025-05-01  2025-26   no
 * D      2025-06-01  2025-26   no
 * E      2026-05-01  2026-27   no
 * F      2026-06-01  2026-27   no
 * </pre>
 *
 * Referrals: 2021-22 1, 2022-23 0, 2024-25 0, 2025-26 0, 2026-27 0 (counted before the fix: 1, 0,
 * 1, 2, 2).
 */
class EventsAfterReferenceDateTest {
  @TempDir Path dir;

  private static String child(String id, String referral) {
    return "<Child><ChildIdentifiers><LAchildID>"
        + id
        + "</LAchildID><PersonBirthDate>2015-01-01</PersonBirthDate><Sex>F</Sex>"
        + "</ChildIdentifiers><ChildCharacteristics><Ethnicity>WBRI</Ethnicity>"
        + "</ChildCharacteristics><CINdetails><CINreferralDate>"
        + referral
        + "</CINreferralDate><ReferralSource>6</ReferralSource><PrimaryNeedCode>N1"
        + "</PrimaryNeedCode></CINdetails></Child>\n";
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void referralsDatedAfterTheCensusAreCountedInNoPeriod(String engine) throws Exception {
    Path census =
        Files.writeString(
            dir.resolve("cin_2022.xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message><Header><CollectionDetails>"
                + "<Collection>CIN</Collection><Year>2022</Year>"
                + "<ReferenceDate>2022-07-21</ReferenceDate></CollectionDetails>"
                + "<Source><LEA>808</LEA></Source></Header>\n<Children>\n"
                + child("A", "2021-06-01")
                + child("B", "2024-10-01")
                + child("C", "2025-05-01")
                + child("D", "2025-06-01")
                + child("E", "2026-05-01")
                + child("F", "2026-06-01")
                + "</Children></Message>\n");
    try (Store s = Stores.fresh(engine, dir)) {
      new Importer(
              s,
              Readers::forFormat,
              Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC))
          .importPaths(List.of(census), ReadContext.none());
      Indicator referrals = Catalogue.load().find("IN05").orElseThrow();
      Measurer m = new Measurer(s, Population.bundled());

      List<String> counted = new ArrayList<>();
      for (String p : List.of("2021-22", "2022-23", "2024-25", "2025-26", "2026-27")) {
        counted.add(p + " " + m.measure(referrals, "808", ReportingPeriod.parse(p)).numerator());
      }

      assertThat(counted)
          .containsExactly(
              "2021-22 1.0", "2022-23 0.0", "2024-25 0.0", "2025-26 0.0", "2026-27 0.0");
    }
  }
}
