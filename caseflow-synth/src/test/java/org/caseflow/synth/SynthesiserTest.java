package org.caseflow.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthesiserTest {
  @TempDir static Path dir;
  private static SynthResult stockton;
  private static Path out;

  @BeforeAll
  static void generate() throws Exception {
    out = dir.resolve("808");
    stockton = Synthesiser.generate(new SynthSpec("808", 2024, 2025, 1, 1.0, false), out);
  }

  @Test
  void theSameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot() throws Exception {
    Path again = dir.resolve("again");
    Path other = dir.resolve("other");
    SynthSpec small = new SynthSpec("808", 2025, 2025, 3, 0.2, false);
    SynthResult a = Synthesiser.generate(small, again);
    Synthesiser.generate(small, dir.resolve("again2"));
    Synthesiser.generate(new SynthSpec("808", 2025, 2025, 4, 0.2, false), other);
    for (Path f : a.files()) {
      Path rel = again.relativize(f);
      assertThat(Files.readAllBytes(f))
          .as(rel.toString())
          .isEqualTo(Files.readAllBytes(dir.resolve("again2").resolve(rel)));
    }
    assertThat(Files.readAllBytes(again.resolve("cin_census_2025.xml")))
        .isNotEqualTo(Files.readAllBytes(other.resolve("cin_census_2025.xml")));
  }

  @Test
  void eachYearHasACensusASsda903FolderAndAnAnnexAWorkbook() {
    assertThat(out.resolve("cin_census_2025.xml")).exists();
    assertThat(out.resolve("ssda903_2025").resolve("Episodes.csv")).exists();
    assertThat(out.resolve("ssda903_2024").resolve("SWEpisodes.csv")).exists();
    assertThat(out.resolve("annex_a_2024.xlsx")).exists();
  }

  @Test
  void theHeadersAreExactlyThoseOfTheReturn() throws Exception {
    Path y = out.resolve("ssda903_2025");
    assertThat(Files.readAllLines(y.resolve("Episodes.csv")).get(0))
        .isEqualTo(
            "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
                + "PL_POST,URN");
    assertThat(Files.readAllLines(y.resolve("Header.csv")).get(0))
        .isEqualTo("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB");
    assertThat(Files.readAllLines(y.resolve("OC3.csv")).get(0))
        .isEqualTo("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM");
    String xml = Files.readString(out.resolve("cin_census_2025.xml"));
    assertThat(xml)
        .contains("<LEA>808</LEA>", "<ReferenceDate>2025-03-31</ReferenceDate>", "<Sex>");
    assertThat(xml).doesNotContain("<GenderCurrent>");
    assertThat(Files.readString(out.resolve("cin_census_2024.xml"))).contains("<GenderCurrent>");
  }

  @Test
  void aSyntheticStocktonLooksLikeStockton() {
    // Published 2024-25: 3,959 referrals; 2,345 CIN episodes, 282 CP plans and 564 children
    // looked after at 31 March. The synthetic council should be within about a fifth.
    Map<Table, Integer> cin = stockton.rows().get(out.resolve("cin_census_2025.xml"));
    Map<Table, Integer> episodes =
        stockton.rows().get(out.resolve("ssda903_2025").resolve("Episodes.csv"));
    System.out.println("808 2025 CIN census rows: " + cin + " 903 episodes: " + episodes);
    assertThat(cin.get(Table.CIN_EPISODE)).isBetween(4_000, 9_000);
  }

  @Test
  void careLeaversAreInTheYearOfTheirSeventeenthToTwentyFirstBirthday() throws Exception {
    List<String> oc3 = Files.readAllLines(out.resolve("ssda903_2025").resolve("OC3.csv"));
    CollectionYear y = new CollectionYear(2025);
    for (String line : oc3.subList(1, oc3.size())) {
      String[] f = line.split(",", -1);
      String[] d = f[1].split("/");
      LocalDate dob =
          LocalDate.of(Integer.parseInt(d[2]), Integer.parseInt(d[1]), Integer.parseInt(d[0]));
      long hits =
          java.util.stream.IntStream.rangeClosed(17, 21)
              .filter(a -> y.contains(dob.plusYears(a)))
              .count();
      assertThat(hits).as(line).isEqualTo(1);
    }
  }

  @Test
  void anEpisodeOpenAcrossThirtyFirstMarchIsInBothYearsWithTheSameStart() throws Exception {
    List<String> y24 = Files.readAllLines(out.resolve("ssda903_2024").resolve("Episodes.csv"));
    List<String> y25 = Files.readAllLines(out.resolve("ssda903_2025").resolve("Episodes.csv"));
    String open =
        y24.stream().skip(1).filter(l -> l.split(",", -1)[7].isEmpty()).findFirst().orElseThrow();
    String key = open.split(",")[0] + "," + open.split(",")[1];
    assertThat(y25).anyMatch(l -> l.startsWith(key + ","));
  }
}
