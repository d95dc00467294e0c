package org.caseflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PL_LA, PL_LOCATION and PL_DISTANCE worked out at import from an SSDA903 Episodes file's
 * postcodes, on DuckDB and PostgreSQL, for a return of Stockton-on-Tees (808).
 */
class PlacementGeographyImportTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);
  private static final String HEADER =
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,"
          + "URN\n";

  @TempDir Path dir;

  static java.util.stream.Stream<String> engines() {
    return Stores.engines();
  }

  private static List<String> rows(Store s, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = s.connection().createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        StringBuilder line = new StringBuilder();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          line.append(i > 1 ? " " : "").append(rs.getString(i));
        }
        out.add(line.toString());
      }
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("engines")
  void theDerivedFieldsComeFromThePostcodesWrittenInAnyCaseWithOrWithoutTheSpace(String engine)
      throws Exception {
    Path folder = Files.createDirectories(dir.resolve("903"));
    Files.writeString(
        folder.resolve("Episodes.csv"),
        HEADER
            // in Stockton, 10.0 miles from Darlington (worked out in BundledPostcodesTest)
            + "A,01/05/2024,S,C2,N1,U1,PR1,,,,DL1 5QT,TS18 1AA,\n"
            // in Darlington: out of the area; lower case, no space
            + "B,01/05/2024,S,C2,N1,U1,PR1,,,,ts181aa,dl15qt,\n"
            // in Scotland; the home postcode unknown: no distance
            + "C,01/05/2024,S,C2,N1,U1,PR1,,,,TS18 9ZZ,EH1 1YZ,\n"
            // the placement postcode is not shaped as one; no home postcode
            + "D,01/05/2024,S,C2,N1,U1,PR1,,,,,TS18,\n"
            // a postcode the directory gives no district or centroid: found, nothing to derive
            + "E,01/05/2024,S,C2,N1,U1,PR1,,,,TS18 1AA,AB11 3AG,\n"
            // no postcodes at all
            + "F,01/05/2024,V3,C2,N1,U1,PR1,,,,,,\n"
            // a terminated postcode (Aberdeen's old AB1 district) is found like a live one:
            // TS18 1AA (444510, 518731) to AB1 0AA (385386, 801193): dx 59124, dy 282462,
            // sqrt(3495647376 + 79784781444) = 288583.5 m = 179.3 miles
            + "G,01/05/2024,S,C2,N1,U1,PR1,,,,TS18 1AA,AB1 0AA,\n");
    try (Store s = Stores.fresh(engine, dir)) {
      ImportReport r =
          new Importer(s, Readers::forFormat, CLOCK)
              .importPaths(List.of(folder), new ReadContext("808", new CollectionYear(2025)));
      assertThat(
              rows(
                  s,
                  // the distance in tenths of a mile: 10.0 miles is 100
                  "SELECT child_id, placement_la, placement_location,"
                      + " CAST(round(placement_distance * 10) AS INTEGER) FROM cla_episode ORDER BY child_id"))
          .containsExactly(
              "A 808 IN 100",
              "B 841 OUT 100",
              "C SCO OUT null",
              "D null null null",
              "E null null null",
              "F null null null",
              "G SCO OUT 1793");
      assertThat(
              rows(
                  s,
                  "SELECT code, file_name, location, field, value FROM import_finding"
                      + " WHERE code = 'unknown_postcode' ORDER BY location, field"))
          .containsExactly(
              "unknown_postcode Episodes.csv Episodes row 3 HOME_POST null",
              "unknown_postcode Episodes.csv Episodes row 4 PL_POST null");
      assertThat(r.findings().kept())
          .filteredOn(f -> f.type().code().equals("unknown_postcode"))
          .allSatisfy(
              f -> {
                assertThat(f.detail()).doesNotContain("9ZZ").doesNotContain("TS18,");
                assertThat(f.value()).isNull();
              });
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void placementFieldsTheFileCarriesAreIgnoredAndWorkedOutFromThePostcodes(String engine)
      throws Exception {
    Path folder = Files.createDirectories(dir.resolve("903-with-derived"));
    Files.writeString(
        folder.resolve("Episodes.csv"),
        HEADER.strip()
            + ",PL_LA,PL_LOCATION,PL_DISTANCE\n"
            + "A,01/05/2024,S,C2,N1,U1,PR1,,,,DL1 5QT,TS18 1AA,,841,OUT,99.9\n");
    try (Store s = Stores.fresh(engine, dir)) {
      new Importer(s, Readers::forFormat, CLOCK)
          .importPaths(List.of(folder), new ReadContext("808", new CollectionYear(2025)));
      assertThat(
              rows(
                  s,
                  "SELECT child_id, placement_la, placement_location,"
                      + " CAST(round(placement_distance * 10) AS INTEGER) FROM cla_episode"))
          .containsExactly("A 808 IN 100");
    }
  }
}
