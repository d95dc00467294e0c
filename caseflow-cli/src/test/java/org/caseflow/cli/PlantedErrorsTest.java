package org.caseflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * At {@code typical} and {@code migration}, validation finds every error {@code synth} planted
 * (listed in manifest.csv) and nothing else: the (rule, child) pairs it reports for the latest
 * year's SSDA903 and CIN census equal the manifest's. Import findings name no child, so they are
 * matched by table and row.
 */
class PlantedErrorsTest {
  @TempDir Path dir;

  /** Errors reported, as "rule child" or, for an import finding, "rule table row". */
  private static Set<String> reported(String csv) {
    return reported(csv, "SSDA903");
  }

  private static Set<String> reported(String csv, String ret) {
    Set<String> out = new TreeSet<>();
    csv.lines()
        .filter(l -> l.startsWith(ret + ","))
        .map(l -> l.split(",", 7))
        .filter(f -> f[2].equals("error"))
        .forEach(
            f -> {
              if (f[3].isEmpty()) {
                // location "Reviews.csv line 50": line 1 is the heading, so row 49; an XML
                // file's finding keeps its line ("cin_census_2026.xml line 12203")
                String[] at = f[5].split(" line ");
                int line = Integer.parseInt(at[1].trim());
                out.add(
                    at[0].endsWith(".xml")
                        ? f[1] + " " + at[0] + " " + line
                        : f[1] + " " + at[0].replace(".csv", "") + " " + (line - 1));
              } else {
                out.add(f[1] + " " + f[3]);
              }
            });
    return out;
  }

  private static Set<String> manifest(Path file, int year, String ret) throws IOException {
    Set<String> out = new TreeSet<>();
    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(0)).isEqualTo("return,year,rule,child,table,row,planted");
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(",", 7);
      assertThat(f[1]).as(l).isEqualTo(String.valueOf(year));
      if (!f[0].equals(ret)) {
        continue;
      }
      out.add(f[2].startsWith("CF-") ? f[2] + " " + f[4] + " " + f[5] : f[2] + " " + f[3]);
    }
    return out;
  }

  @ParameterizedTest
  @CsvSource({"typical, 808, 3", "migration, 808, 3", "migration, 202, 4"})
  void validationReportsExactlyTheErrorsTheManifestLists(String quality, String la, long seed)
      throws IOException {
    Path out = SynthValidatesTest.synth(dir.resolve("r"), la, "2024-25", "2025-26", seed, quality);
    Set<String> want = manifest(out.resolve("manifest.csv"), 2026, "SSDA903");
    assertThat(want).isNotEmpty();
    // the CIN census: its plants (1510, 8630, 8805) and nothing else; the earlier year clean
    Set<String> wantCin = manifest(out.resolve("manifest.csv"), 2026, "CIN census");
    assertThat(wantCin).isNotEmpty();
    String cin = SynthValidatesTest.validateCin(out, dir.resolve("c.duckdb"), 2026);
    assertThat(reported(cin, "CIN census")).as(cin).isEqualTo(wantCin);
    String cinBefore = SynthValidatesTest.validateCin(out, dir.resolve("d.duckdb"), 2025);
    assertThat(reported(cinBefore, "CIN census")).as(cinBefore).isEmpty();
    String ssda = SynthValidatesTest.validateSsda903(out, dir.resolve("s.duckdb"), la, 2025, 2026);
    assertThat(reported(ssda)).as(ssda).isEqualTo(want);
    // the earlier year is as submitted: clean
    String before =
        SynthValidatesTest.validateSsda903(out, dir.resolve("t.duckdb"), la, 2025, 2025);
    assertThat(reported(before)).as(before).isEmpty();
  }
}
