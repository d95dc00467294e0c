package org.caseflow.ingest.postcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BundledPostcodesTest {
  private static final Path RESOURCES = Path.of("src/main/resources/org/caseflow/ingest/postcode");

  /** The shared data beside the clone (CI copies it to ../shared), or -Dcaseflow.shared. */
  private static Path shared() {
    String given = System.getProperty("caseflow.shared");
    return given != null ? Path.of(given) : Path.of("../../shared");
  }

  @Test
  void rebuildsTheBundledFileFromTheSharedDirectoryWhenAskedTo() throws IOException {
    Path onspd = shared().resolve("data/postcodes/onspd_2025_11_england.csv.gz");
    if (!Boolean.getBoolean("caseflow.regenerate") || !Files.exists(onspd)) {
      return;
    }
    Map<String, String> districts;
    try (InputStream in = Files.newInputStream(RESOURCES.resolve("districts.csv"))) {
      districts = PostcodeFileBuilder.districts(in);
    }
    int n;
    try (OutputStream out = Files.newOutputStream(RESOURCES.resolve(Postcodes.RESOURCE))) {
      n = PostcodeFileBuilder.build(onspd, districts, out);
    }
    assertThat(n).isEqualTo(2_720_556);
  }

  @Test
  void theBundledFileHoldsEveryPostcodeOfTheDirectory() {
    assertThat(Postcodes.bundled().size()).isEqualTo(2_720_556);
  }

  @Test
  void everyPostcodeOfTheSharedDirectoryIsFoundWithItsCouncilAndCentroid() throws IOException {
    Path onspd = shared().resolve("data/postcodes/onspd_2025_11_england.csv.gz");
    if (!Files.exists(onspd)) {
      return; // the shared data is beside the clone in CI only
    }
    Map<String, String> districts;
    try (InputStream in = Files.newInputStream(RESOURCES.resolve("districts.csv"))) {
      districts = PostcodeFileBuilder.districts(in);
    }
    Postcodes p = Postcodes.bundled();
    int n = 0;
    try (java.io.BufferedReader r =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(Files.newInputStream(onspd)),
                java.nio.charset.StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",", -1);
        String council = PostcodeFileBuilder.council(f[1], districts);
        boolean centroid = !f[2].isEmpty() && !f[3].isEmpty() && !f[1].startsWith("N");
        Postcodes.Place expected =
            new Postcodes.Place(
                council.isEmpty() ? null : council,
                centroid ? Integer.valueOf(f[2]) : null,
                centroid ? Integer.valueOf(f[3]) : null);
        Postcodes.Place found = p.find(f[0]);
        if (!expected.equals(found)) {
          throw new AssertionError(f[0] + ": expected " + expected + ", found " + found);
        }
        n++;
      }
    }
    assertThat(n).isEqualTo(p.size());
  }

  @Test
  void aPostcodeIsFoundWithOrWithoutItsSpaceAndInLowerCase() {
    Postcodes p = Postcodes.bundled();
    Postcodes.Place stockton = new Postcodes.Place("808", 444510, 518731);
    assertThat(p.find("TS18 1AA")).isEqualTo(stockton);
    assertThat(p.find("TS181AA")).isEqualTo(stockton);
    assertThat(p.find("ts18 1aa")).isEqualTo(stockton);
    assertThat(p.find(" ts18  1AA ")).isEqualTo(stockton);
    assertThat(p.find("DL1 5QT")).isEqualTo(new Postcodes.Place("841", 429043, 514362));
  }

  @Test
  void aTerminatedPostcodeIsFoundLikeALiveOneForTheFileDoesNotTellThemApart() {
    // AB1 0AA: Aberdeen's old AB1 district, split into AB10 to AB16 in the 1990s, so terminated
    // long ago; the directory still holds it (as "AB1 0AA", a three-character outward code).
    assertThat(Postcodes.bundled().find("ab10aa"))
        .isEqualTo(new Postcodes.Place("SCO", 385386, 801193));
  }

  @Test
  void aPostcodeTheDirectoryGivesNoDistrictOrCentroidIsFoundWithNeither() {
    // AB11 3AG is in the directory with no district and no grid reference.
    assertThat(Postcodes.bundled().find("AB11 3AG"))
        .isEqualTo(new Postcodes.Place(null, null, null));
  }

  @Test
  void anUnknownOrMalformedPostcodeIsNotFound() {
    Postcodes p = Postcodes.bundled();
    assertThat(p.find("TS18 9ZZ")).isNull();
    assertThat(p.find("ZZ99 9ZZ")).isNull();
    assertThat(p.find("TS18")).isNull();
    assertThat(p.find("not a postcode")).isNull();
    assertThat(p.find("")).isNull();
    assertThat(p.find(null)).isNull();
  }

  @Test
  void placesOutsideEnglandAreWalesScotlandNorthernIrelandOrOutsideTheUk() {
    Postcodes p = Postcodes.bundled();
    assertThat(p.find("EH1 1YZ").council()).isEqualTo("SCO");
    assertThat(p.find("BT1 5GS")).isEqualTo(new Postcodes.Place("NIR", null, null));
    assertThat(p.find("GY1 1AA").council()).isEqualTo("NUK");
    assertThat(p.find("IM1 1AA").council()).isEqualTo("NUK");
  }

  @Test
  void theDistanceIsWorkedOutFromTheCentroidsInMilesToOneDecimalPlace() {
    Postcodes p = Postcodes.bundled();
    // TS18 1AA (444510, 518731) to DL1 5QT (429043, 514362): dx 15467, dy 4369,
    // sqrt(239228089 + 19088161) = 16072.2 m; / 1609.344 = 9.987 miles: 10.0.
    assertThat(Postcodes.miles(p.find("TS18 1AA"), p.find("dl15qt"))).isEqualTo(10.0);
    // TS18 1AA to TS18 1AB (444500, 518700): sqrt(100 + 961) = 32.6 m = 0.02 miles: 0.0.
    assertThat(Postcodes.miles(p.find("TS18 1AA"), p.find("TS18 1AB"))).isEqualTo(0.0);
    assertThat(Postcodes.miles(p.find("TS18 1AA"), p.find("AB11 3AG"))).isNull();
  }

  @Test
  void aDistanceOfExactlyHalfATenthIsRoundedUp() {
    // 0.05 miles = 80.4672 m: a centroid 80.4672 m away cannot be given in whole metres, so the
    // check is on 1609.344 m * 1.25 = 2011.68 m, east 2011 and north 52: sqrt(4044121 + 2704)
    // = 2011.67 m = 1.24999 miles: 1.2.
    Postcodes.Place a = new Postcodes.Place("808", 0, 0);
    assertThat(Postcodes.miles(a, new Postcodes.Place("808", 2011, 52))).isEqualTo(1.2);
    // east 2012: 2012 m = 1.25020 miles: 1.3.
    assertThat(Postcodes.miles(a, new Postcodes.Place("808", 2012, 0))).isEqualTo(1.3);
  }
}
