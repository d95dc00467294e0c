package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;
import org.junit.jupiter.api.Test;

/**
 * Every code of the DfE's specification of a year is implemented for that year, except the codes
 * listed in {@code src/test/resources/reference/not-yet.txt} (one code a line, the reason after a
 * tab). The list must be honest both ways: an unlisted code that is missing fails, and so does a
 * listed code that is in fact implemented wherever the specification has it.
 */
class RuleCoverageTest {
  /** A specification file and the rule set it specifies. */
  private record Year(ReturnKind kind, String year, String file) {}

  private static final List<Year> YEARS =
      List.of(
          new Year(ReturnKind.CIN_CENSUS, "2025-26", "cin-2025-26.tsv"),
          new Year(ReturnKind.SSDA903, "2025-26", "ssda903-2025-26.tsv"),
          new Year(ReturnKind.SSDA903, "2026-27", "ssda903-2026-27.tsv"));

  static Map<String, String> notYet() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = RuleCoverageTest.class.getResourceAsStream("/reference/not-yet.txt")) {
      assertThat(in).as("src/test/resources/reference/not-yet.txt").isNotNull();
      int n = 0;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", 2);
        assertThat(c).as("not-yet.txt line " + n + ": a code, a tab and the reason").hasSize(2);
        assertThat(c[1].strip()).as("not-yet.txt line " + n + ": the reason").isNotEmpty();
        assertThat(out.put(c[0].strip(), c[1].strip()))
            .as("not-yet.txt line " + n + ": " + c[0] + " listed twice")
            .isNull();
      }
    }
    return out;
  }

  /** The codes each year's specification has that its rule set lacks, as "code (year)". */
  private static Map<String, List<String>> missing() throws IOException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Year y : YEARS) {
      RuleSet set = RuleSet.forYear(y.kind(), CollectionYear.parse(y.year())).orElseThrow();
      for (String code : RuleDeclarationsTest.spec(y.file()).keySet()) {
        if (set.find(code).isEmpty()) {
          out.computeIfAbsent(code, c -> new ArrayList<>()).add(y.kind() + " " + y.year());
        }
      }
    }
    return out;
  }

  @Test
  void everyCodeOfTheSpecificationIsImplementedForItsYearOrListedAsNotYet() throws IOException {
    Set<String> listed = notYet().keySet();
    List<String> unlisted = new ArrayList<>();
    missing()
        .forEach(
            (code, years) -> {
              if (!listed.contains(code)) {
                unlisted.add(code + " (" + String.join(", ", years) + ")");
              }
            });
    assertThat(unlisted)
        .as("codes of the specification with no rule: implement them or list them in not-yet.txt")
        .isEmpty();
  }

  @Test
  void everyCodeListedAsNotYetIsStillMissingSomewhereSoTheListOnlyShrinks() throws IOException {
    Set<String> missing = missing().keySet();
    Set<String> specified = new TreeSet<>();
    for (Year y : YEARS) {
      specified.addAll(RuleDeclarationsTest.spec(y.file()).keySet());
    }
    List<String> wrong = new ArrayList<>();
    for (String code : notYet().keySet()) {
      if (!specified.contains(code)) {
        wrong.add(code + " is no code of the specification");
      } else if (!missing.contains(code)) {
        wrong.add(code + " is implemented: take it off not-yet.txt");
      }
    }
    assertThat(wrong).isEmpty();
  }
}
