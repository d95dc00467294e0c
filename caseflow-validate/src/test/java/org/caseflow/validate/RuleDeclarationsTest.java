package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;
import org.junit.jupiter.api.Test;

/**
 * Every rule declares exactly what the DfE's specification says of its code: severity, tables,
 * fields and message (the reference lists in {@code src/test/resources/reference/}, copied from the
 * project's shared reference).
 */
class RuleDeclarationsTest {
  /** The DfE's specification of one code. */
  record Spec(
      String code, String severity, List<String> tables, List<String> fields, String message) {}

  static Map<String, Spec> spec(String file) throws IOException {
    Map<String, Spec> out = new LinkedHashMap<>();
    try (InputStream in = RuleDeclarationsTest.class.getResourceAsStream("/reference/" + file)) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      for (String line : lines.subList(1, lines.size())) {
        String[] c = line.split("\t", -1);
        out.put(
            c[0],
            new Spec(
                c[0],
                c[1],
                List.of(c[2].split(",")).stream().map(String::strip).toList(),
                c[3].isEmpty()
                    ? List.of()
                    : List.of(c[3].split(",")).stream().map(String::strip).toList(),
                c[4].strip()));
      }
    }
    return out;
  }

  private static void matches(ReturnKind kind, String year, String file) throws IOException {
    Map<String, Spec> spec = spec(file);
    RuleSet set = RuleSet.forYear(kind, CollectionYear.parse(year)).orElseThrow();
    // caseflow's own checks (CF-...) are no DfE code: CaseflowChecksTest checks them.
    for (Rule r : set.dfeRules()) {
      Spec s = spec.get(r.code());
      assertThat(s)
          .as(kind + " " + year + ": " + r.code() + " is not a DfE code of the year")
          .isNotNull();
      assertThat(r.severity().name()).as(r.code() + " severity").isEqualTo(s.severity());
      assertThat(r.tables()).as(r.code() + " tables").isEqualTo(s.tables());
      assertThat(r.fields()).as(r.code() + " fields").isEqualTo(s.fields());
      assertThat(r.message()).as(r.code() + " message").isEqualTo(s.message());
    }
  }

  @Test
  void everyCinCensusRuleDeclaresWhatTheDfeSpecificationSays() throws IOException {
    matches(ReturnKind.CIN_CENSUS, "2024-25", "cin-2025-26.tsv");
    matches(ReturnKind.CIN_CENSUS, "2025-26", "cin-2025-26.tsv");
  }

  @Test
  void everySsda903RuleDeclaresWhatTheDfeSpecificationSays() throws IOException {
    matches(ReturnKind.SSDA903, "2024-25", "ssda903-2025-26.tsv");
    matches(ReturnKind.SSDA903, "2025-26", "ssda903-2025-26.tsv");
    matches(ReturnKind.SSDA903, "2026-27", "ssda903-2026-27.tsv");
  }

  @Test
  void theDoloRulesArriveIn2026To27() {
    assertThat(
            RuleSet.forYear(ReturnKind.SSDA903, CollectionYear.parse("2025-26"))
                .orElseThrow()
                .rules())
        .noneMatch(r -> r.code().startsWith("7") && r.code().length() == 3);
  }
}
