package org.caseflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small synthetic council's returns pass the DfE's rules as caseflow reads them: {@code synth}
 * then {@code validate} (the Importer with the bundled rules as its import step), as a user would.
 */
class SynthValidatesTest {
  @TempDir Path dir;

  /** Errors (not queries) reported, by rule. */
  private static Set<String> errorRules(String csv, String ret) {
    Set<String> out = new TreeSet<>();
    csv.lines()
        .filter(l -> l.startsWith(ret + ","))
        .map(l -> l.split(",", 4))
        .filter(f -> f[2].equals("error"))
        .forEach(f -> out.add(f[1]));
    return out;
  }

  @Test
  void aSmallCouncilsCinCensusAndSsda903HaveNoErrors() {
    Path out = dir.resolve("s");
    CommandLineTest.Run s =
        CommandLineTest.run(
            "synth",
            "--la",
            "808",
            "--from",
            "2024-25",
            "--to",
            "2025-26",
            "--seed",
            "3",
            "--scale",
            "0.2",
            "--out",
            out.toString());
    assertThat(s.code()).as(s.err()).isZero();

    CommandLineTest.Run cin =
        CommandLineTest.run(
            "validate",
            "--format",
            "csv",
            "--store",
            dir.resolve("a.duckdb").toString(),
            out.resolve("cin_census_2026.xml").toString());
    assertThat(errorRules(cin.out(), "CIN census")).as(cin.out()).isEmpty();

    CommandLineTest.Run ssda =
        CommandLineTest.run(
            "validate",
            "--format",
            "csv",
            "--la",
            "808",
            "--year",
            "2025-26",
            "--store",
            dir.resolve("b.duckdb").toString(),
            out.resolve("ssda903_2026").toString(),
            out.resolve("ssda903_2025").toString());
    // What remains is caseflow's reading, not the data (see caseflow-synth's package
    // documentation): 1002 reads only the years loaded, so care leavers who left care before
    // 2024-25 look as if they had never been looked after; 197B wants an SDQ for a child whose 17th
    // birthday is in the year, 189 forbids one from 17 on 1 April, and this seed has a child born
    // on 1 April, whom one or the other flags. (Other seeds also show 503D and 434, which compare
    // 2025-26's Z11-Z14 with the Z1 they replace, and 624.) Two come from the data and are still
    // to fix in the synthesiser (issue 13), found once the postcode rules arrived: 406, a
    // distance for a (formerly) unaccompanied child, which must be blank; and 1015, the council's
    // own provision (PR1) at a placement in a neighbouring council.
    assertThat(errorRules(ssda.out(), "SSDA903"))
        .as(ssda.out())
        .containsExactly("1002", "1015", "197B", "406");
  }
}
