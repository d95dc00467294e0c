package org.caseflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clean synthetic councils' returns pass the DfE's rules as caseflow reads them: {@code synth
 * --quality clean} then {@code validate} (the Importer with the bundled rules as its import step),
 * as a user would. Each year's SSDA903 is checked with every earlier year given, as rules comparing
 * with last year need, and with the Ofsted provider list synth wrote (the URN rules read it). Every
 * year synth writes is checked: years before 2024-25 with the 2024-25 rules, caseflow's earliest.
 */
class SynthValidatesTest {
  @TempDir Path dir;

  /** Errors (not queries) reported, as "rule child". */
  static Set<String> errors(String csv, String ret) {
    Set<String> out = new TreeSet<>();
    csv.lines()
        .filter(l -> l.startsWith(ret + ","))
        .map(l -> l.split(",", 7))
        .filter(f -> f[2].equals("error"))
        .forEach(f -> out.add(f[1] + " " + f[3]));
    return out;
  }

  static Path synth(Path out, String la, String from, String to, long seed, String quality) {
    CommandLineTest.Run s =
        CommandLineTest.run(
            "synth",
            "--la",
            la,
            "--from",
            from,
            "--to",
            to,
            "--seed",
            String.valueOf(seed),
            "--scale",
            "0.2",
            "--quality",
            quality,
            "--out",
            out.toString());
    assertThat(s.code()).as(s.err()).isZero();
    return out;
  }

  /** The output of validating one year's SSDA903 with every earlier year's given. */
  static String validateSsda903(Path out, Path store, String la, int fromEnd, int yearEnd) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "validate",
                "--format",
                "csv",
                "--la",
                la,
                "--year",
                (yearEnd - 1) + "-" + String.valueOf(yearEnd).substring(2),
                "--store",
                store.toString()));
    for (int y = yearEnd; y >= fromEnd; y--) {
      args.add(out.resolve("ssda903_" + y).toString());
    }
    // the Ofsted provider list synth wrote, which the URN rules (219, 221, 224, 229, 1008) read
    try (var lists = java.nio.file.Files.list(out)) {
      lists
          .filter(p -> p.getFileName().toString().startsWith("ofsted_providers_"))
          .forEach(p -> args.add(p.toString()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    CommandLineTest.Run v = CommandLineTest.run(args.toArray(String[]::new));
    assertThat(v.code()).as(v.err()).isIn(0, 1);
    return v.out();
  }

  static String validateCin(Path out, Path store, int yearEnd) {
    CommandLineTest.Run v =
        CommandLineTest.run(
            "validate",
            "--format",
            "csv",
            "--store",
            store.toString(),
            out.resolve("cin_census_" + yearEnd + ".xml").toString());
    assertThat(v.code()).as(v.err()).isIn(0, 1);
    return v.out();
  }

  private void assertClean(String la, String from, String to, long seed) {
    Path out = synth(dir.resolve(la + "-" + seed), la, from, to, seed, "clean");
    int fromEnd = Years.parse(from).endYear();
    int toEnd = Years.parse(to).endYear();
    List<String> failures = new ArrayList<>();
    for (int y = fromEnd; y <= toEnd; y++) {
      String cin = validateCin(out, dir.resolve("c" + la + seed + y + ".duckdb"), y);
      failures.addAll(byRule(la + " CIN census " + y, errors(cin, "CIN census")));
      String ssda =
          validateSsda903(out, dir.resolve("s" + la + seed + y + ".duckdb"), la, fromEnd, y);
      failures.addAll(byRule(la + " SSDA903 " + y, errors(ssda, "SSDA903")));
    }
    assertThat(failures).isEmpty();
  }

  /** The errors counted by rule, with one child as an example, for the failure message. */
  private static List<String> byRule(String what, Set<String> errors) {
    java.util.Map<String, List<String>> rules = new java.util.TreeMap<>();
    for (String e : errors) {
      rules.computeIfAbsent(e.split(" ")[0], k -> new ArrayList<>()).add(e);
    }
    List<String> out = new ArrayList<>();
    rules.forEach(
        (rule, list) ->
            out.add(what + ": " + rule + " x" + list.size() + " (" + list.get(0) + ")"));
    return out;
  }

  @Test
  void stocktonsCinCensusAndSsda903HaveNoErrorsAtClean() {
    assertClean("808", "2024-25", "2025-26", 3);
  }

  @Test
  void theGoldenCorpusCouncilAndSeedHaveNoErrorsAtClean() {
    // the golden catalogue's council and seed (CatalogueGoldenTest), 2023-24 loaded as history
    assertClean("808", "2023-24", "2024-25", 11);
  }

  @Test
  void theDemosFiveYearsHaveNoErrorsAtClean() {
    // caseflow demo's council, seed and years: the years before 2024-25 too
    assertClean("808", "2021-22", "2025-26", 1);
  }

  @Test
  void aLondonBoroughAndAnotherSeedHaveNoErrorsAtClean() {
    assertClean("202", "2024-25", "2025-26", 4);
  }
}
