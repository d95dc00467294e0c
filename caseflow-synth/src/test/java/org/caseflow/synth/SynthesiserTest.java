package org.caseflow.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.caseflow.domain.schema.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthesiserTest {
  @TempDir static Path stockton;
  static SynthResult result;

  /** How long this takes belongs to the bench ({@code caseflow bench --synth}). */
  @BeforeAll
  static void generateStockton() {
    result = Synthesiser.generate(new SynthSpec("808", 2021, 2025, 7, 1.0, true), stockton);
  }

  @Test
  void stocktonAtPublishedScaleIsWithinTenPercentOfItsPublishedCounts() throws Exception {
    Calibration cal = Calibration.load("808");
    for (int y = 2022; y <= 2025; y++) {
      Published.Measures m = Published.measure(stockton, y);
      Calibration.Year p = cal.year(y);
      System.out.println(y + " measured " + m + "\n" + y + " published " + p);
      assertThat((double) m.referrals())
          .as("referrals %d", y)
          .isCloseTo(p.referrals(), pct(p.referrals()));
      assertThat(m.rereferralPct())
          .as("re-referral %% %d", y)
          .isCloseTo(p.rereferralPct() * 100, within(p.rereferralPct() * 10));
      assertThat((double) m.cinAt31())
          .as("CIN at 31 March %d", y)
          .isCloseTo(p.cinAt31(), pct(p.cinAt31()));
      assertThat((double) m.cpStarts())
          .as("CP starts %d", y)
          .isCloseTo(p.cpStarts(), pct(p.cpStarts()));
      assertThat((double) m.cpAt31())
          .as("CP at 31 March %d", y)
          .isCloseTo(p.cpAt31(), pct(p.cpAt31()));
      assertThat((double) m.claAt31())
          .as("CLA at 31 March %d", y)
          .isCloseTo(p.claAt31(), pct(p.claAt31()));
      assertThat((double) m.claStarts())
          .as("CLA starting %d", y)
          .isCloseTo(p.claStarts(), pct(p.claStarts()));
    }
  }

  @Test
  void newPlacementsAreInsideAndOutsideAndUnderAndOver20MilesAtStocktonsPublishedShares()
      throws Exception {
    // la_cla_during_year_new_placements.csv, Stockton-on-Tees 2024-25, of the 493 new placements
    // with a known distance (532 less 39 not known): inside under 20 miles 328 (66.5%), inside
    // over 20 miles 7 (1.4%), outside under 20 miles 111 (22.5%), outside over 20 miles 47 (9.5%)
    double[] published = {328 / 493.0, 7 / 493.0, 111 / 493.0, 47 / 493.0};
    Places places = Places.load("808");
    int[] n = new int[4];
    int all = 0;
    int lookedAfter = 0;
    int la15 = 0;
    java.util.Map<String, String[]> latest = new java.util.HashMap<>();
    for (NamedCsvRecord e : Published.csv(stockton.resolve("ssda903_2025/Episodes.csv"))) {
      String home = e.getField("HOME_POST");
      String pl = e.getField("PL_POST");
      if (!home.isEmpty() && !pl.isEmpty()) {
        LocalDate start = LocalDate.parse(e.getField("DECOM"), Years.UK);
        if (!start.isBefore(LocalDate.of(2024, 4, 1)) && !"L".equals(e.getField("RNE"))) {
          n[places.bin(home, pl).ordinal()]++;
          all++;
        }
      }
      if (e.getField("DEC").isEmpty() && !e.getField("LS").matches("V3|V4")) {
        latest.put(e.getField("CHILD"), new String[] {home, pl});
      }
    }
    for (String[] hp : latest.values()) {
      lookedAfter++;
      if (!hp[0].isEmpty() && !hp[1].isEmpty() && places.bin(hp[0], hp[1]) == Places.Bin.OUT_FAR) {
        la15++;
      }
    }
    System.out.printf(
        "new placements 2024-25 (%d): inside <20 %.1f%%, inside >20 %.1f%%, outside <20 %.1f%%,"
            + " outside >20 %.1f%%; LA15 at 31 March 2025 %d of %d (%.1f%%)%n",
        all,
        100.0 * n[0] / all,
        100.0 * n[1] / all,
        100.0 * n[2] / all,
        100.0 * n[3] / all,
        la15,
        lookedAfter,
        100.0 * la15 / lookedAfter);
    // within 6 points: Stockton has no postcode inside it more than 20 miles from another, so its
    // inside-over-20 share (1.4%) falls back to inside under 20; and the council's own homes
    // (PR1, not foster or adoption) stay inside it (rule 1015), which moves a few points inward
    for (int i = 0; i < 4; i++) {
      assertThat((double) n[i] / all)
          .as(Places.Bin.values()[i].toString())
          .isCloseTo(published[i], within(0.06));
    }
    assertThat(n[Places.Bin.OUT_FAR.ordinal()]).isPositive();
  }

  private static org.assertj.core.data.Offset<Double> pct(double v) {
    return within(Math.max(3, v * 0.10));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(Quality.class)
  void theSameSeedAndQualityGiveByteIdenticalFilesAndAnotherSeedDifferentOnes(
      Quality quality, @TempDir Path a, @TempDir Path b, @TempDir Path c) throws IOException {
    SynthSpec spec = new SynthSpec("808", 2024, 2025, 42, 0.2, true, quality);
    SynthResult ra = Synthesiser.generate(spec, a);
    SynthResult rb = Synthesiser.generate(spec, b);
    Synthesiser.generate(new SynthSpec("808", 2024, 2025, 43, 0.2, true, quality), c);
    assertThat(ra.files()).hasSameSizeAs(rb.files());
    for (SynthResult.FileRows f : ra.files()) {
      Path rel = a.relativize(f.path());
      assertThat(Files.readAllBytes(b.resolve(rel)))
          .as(rel.toString())
          .isEqualTo(Files.readAllBytes(f.path()));
    }
    assertThat(Files.exists(a.resolve("manifest.csv"))).isEqualTo(quality != Quality.CLEAN);
    if (quality != Quality.CLEAN) {
      assertThat(Files.readAllBytes(b.resolve("manifest.csv")))
          .isEqualTo(Files.readAllBytes(a.resolve("manifest.csv")));
      assertThat(Files.readAllLines(a.resolve("manifest.csv")).size()).isGreaterThan(1);
    }
    assertThat(Files.readAllBytes(c.resolve("cin_census_2025.xml")))
        .isNotEqualTo(Files.readAllBytes(a.resolve("cin_census_2025.xml")));
    assertThat(Files.readAllBytes(c.resolve("ssda903_2025/Episodes.csv")))
        .isNotEqualTo(Files.readAllBytes(a.resolve("ssda903_2025/Episodes.csv")));
  }

  @Test
  void typicalPlantsErrorsOnlyInTheLatestYearAndLeavesEarlierYearsAsClean(
      @TempDir Path clean, @TempDir Path typical) throws IOException {
    Synthesiser.generate(new SynthSpec("808", 2024, 2025, 42, 0.2, false), clean);
    Synthesiser.generate(
        new SynthSpec("808", 2024, 2025, 42, 0.2, false, Quality.TYPICAL), typical);
    for (String f : List.of("Header.csv", "Episodes.csv", "Missing.csv", "Reviews.csv")) {
      assertThat(Files.readAllBytes(typical.resolve("ssda903_2024").resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(clean.resolve("ssda903_2024").resolve(f)));
    }
    assertThat(Files.readAllBytes(typical.resolve("ssda903_2025/Header.csv")))
        .isNotEqualTo(Files.readAllBytes(clean.resolve("ssda903_2025/Header.csv")));
  }

  @Test
  void theAnnexAWorkbookCarriesAFixedCreationDateAndFixedEntryTimes() throws IOException {
    try (ZipFile z = new ZipFile(stockton.resolve("annex_a_2025.xlsx").toFile())) {
      String core =
          new String(
              z.getInputStream(z.getEntry("docProps/core.xml")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertThat(core).contains("2025-03-31T00:00:00Z");
      assertThat(z.stream().map(e -> e.getTime()).distinct().count()).isEqualTo(1);
      String strings =
          new String(
              z.getInputStream(z.getEntry("xl/sharedStrings.xml")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertThat(strings)
          .contains(
              "Child Unique ID",
              "Date of Contact",
              "CPP Start Date",
              "Date Started to be Looked After");
      assertThat(z.stream().filter(e -> e.getName().startsWith("xl/worksheets/sheet")).count())
          .isEqualTo(11);
    }
  }

  @Test
  void theSsda903FilesHaveExactHeadersAndSocialWorkersOnlyFrom2024() throws IOException {
    assertThat(firstLine("ssda903_2025/Episodes.csv"))
        .isEqualTo(
            "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN");
    assertThat(firstLine("ssda903_2025/Header.csv"))
        .isEqualTo("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB");
    assertThat(firstLine("ssda903_2025/OC3.csv")).isEqualTo("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM");
    assertThat(firstLine("ssda903_2025/AD1.csv"))
        .isEqualTo("CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR");
    assertThat(firstLine("ssda903_2025/SWEpisodes.csv"))
        .isEqualTo("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON");
    assertThat(firstLine("ssda903_2023/Missing.csv"))
        .isEqualTo("CHILD,DOB,MISSING,MIS_START,MIS_END");
    assertThat(stockton.resolve("ssda903_2023/SWEpisodes.csv")).doesNotExist();
    for (String f :
        List.of(
            "Header",
            "Episodes",
            "Reviews",
            "UASC",
            "OC2",
            "OC3",
            "AD1",
            "PlacedAdoption",
            "PrevPerm",
            "Missing")) {
      assertThat(stockton.resolve("ssda903_2021/" + f + ".csv")).exists();
    }
  }

  @Test
  void theCinCensusUsesEachYearsSchemaVariant() throws IOException {
    String y2021 = Files.readString(stockton.resolve("cin_census_2021.xml"));
    String y2025 = Files.readString(stockton.resolve("cin_census_2025.xml"));
    assertThat(y2021)
        .contains(
            "<GenderCurrent>1</GenderCurrent>",
            "<ReferenceDate>2021-03-31</ReferenceDate>",
            "<LEA>808</LEA>")
        .doesNotContain(
            "<Sex>",
            "CINPlanDates",
            "<ReasonForClosure>RC9<",
            "<ReferralSource>5D<",
            "<AssessmentFactors>18A<");
    assertThat(y2025)
        .contains(
            "<Sex>M</Sex>",
            "<Sex>F</Sex>",
            "<CINPlanDates>",
            "<ReasonForClosure>RC9<",
            "<ReferralSource>5D<")
        .doesNotContain("<GenderCurrent>");
  }

  @Test
  void placementCodesAndSexCodesAreValidForTheYear() throws IOException {
    for (int y = 2021; y <= 2025; y++) {
      for (NamedCsvRecord r : Published.csv(stockton.resolve("ssda903_" + y + "/Episodes.csv"))) {
        String place = r.getField("PLACE");
        if (y >= 2025) {
          assertThat(place).isNotIn("H5", "P2");
        } else {
          assertThat(place).isNotEqualTo("K3");
        }
        assertThat(place).isNotIn("Z11", "Z12", "Z13", "Z14");
      }
      for (NamedCsvRecord r : Published.csv(stockton.resolve("ssda903_" + y + "/Header.csv"))) {
        assertThat(r.getField("SEX")).isIn(y >= 2025 ? List.of("M", "F", "U") : List.of("1", "2"));
      }
    }
  }

  @Test
  void careLeaversHaveTheir17thTo21stBirthdayInTheYear() throws IOException {
    int rows = 0;
    for (int y = 2021; y <= 2025; y++) {
      LocalDate start = LocalDate.of(y - 1, 4, 1);
      LocalDate end = LocalDate.of(y, 3, 31);
      for (NamedCsvRecord r : Published.csv(stockton.resolve("ssda903_" + y + "/OC3.csv"))) {
        LocalDate dob = Published.uk(r.getField("DOB"));
        boolean birthday =
            Stream.of(17, 18, 19, 20, 21)
                .map(dob::plusYears)
                .anyMatch(d -> !d.isBefore(start) && !d.isAfter(end));
        assertThat(birthday).as(r.toString()).isTrue();
        rows++;
      }
    }
    assertThat(rows).isGreaterThan(100);
  }

  @Test
  void anEpisodeOpenAt31MarchAppearsInTheNextYearWithTheSameStartDate() throws IOException {
    Set<String> next = new HashSet<>();
    for (NamedCsvRecord r : Published.csv(stockton.resolve("ssda903_2025/Episodes.csv"))) {
      next.add(r.getField("CHILD") + "|" + r.getField("DECOM"));
    }
    int open = 0;
    String openChild = null;
    for (NamedCsvRecord r : Published.csv(stockton.resolve("ssda903_2024/Episodes.csv"))) {
      if (r.getField("DEC").isEmpty()) {
        open++;
        openChild = r.getField("CHILD");
        assertThat(next).contains(r.getField("CHILD") + "|" + r.getField("DECOM"));
      }
    }
    assertThat(open).isGreaterThan(400);
    String cin2024 = Files.readString(stockton.resolve("cin_census_2024.xml"));
    String cin2025 = Files.readString(stockton.resolve("cin_census_2025.xml"));
    assertThat(cin2024).contains("<LAchildID>" + openChild + "</LAchildID>");
    assertThat(cin2025).contains("<LAchildID>" + openChild + "</LAchildID>");
  }

  @Test
  void theResultCountsTheRowsEachFileHolds() throws Exception {
    for (SynthResult.FileRows f : result.files()) {
      String name = f.path().getFileName().toString();
      if (name.endsWith(".csv")) {
        long lines = Published.csv(f.path()).size();
        assertThat(f.rows().values().stream().mapToInt(Integer::intValue).sum())
            .as(name)
            .isEqualTo(lines);
      }
    }
    SynthResult.FileRows cin = result.file("cin_census_2025.xml");
    String xml = Files.readString(cin.path());
    assertThat(cin.rows(Table.CHILD)).isEqualTo(count(xml, "<Child>"));
    assertThat(cin.rows(Table.CIN_EPISODE)).isEqualTo(count(xml, "<CINdetails>"));
    assertThat(cin.rows(Table.CP_REVIEW)).isEqualTo(count(xml, "<CPPreviewDate>"));
    assertThat(cin.rows(Table.ASSESSMENT_FACTOR)).isEqualTo(count(xml, "<AssessmentFactors>"));
    SynthResult.FileRows x903 = result.file("ssda903_2025.xml");
    assertThat(x903.rows(Table.CLA_EPISODE))
        .isEqualTo(result.file("ssda903_2025/Episodes.csv").rows(Table.CLA_EPISODE));
    assertThat(x903.rows(Table.CHILD))
        .isEqualTo(result.file("ssda903_2025/Header.csv").rows(Table.CHILD));
    assertThat(result.file("annex_a_2025.xlsx").rows(Table.AA_REFERRAL))
        .isEqualTo(Published.measure(stockton, 2025).referrals());
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  private static String firstLine(String rel) throws IOException {
    return Files.readAllLines(stockton.resolve(rel)).get(0);
  }
}
