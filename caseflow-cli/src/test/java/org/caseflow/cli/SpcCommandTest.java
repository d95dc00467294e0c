package org.caseflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.cli.CommandLineTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caseflow.cli.CommandLineTest.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caseflow spc} end to end on a small synthetic council (April 2023 to March 2025). */
class SpcCommandTest {
  @TempDir static Path dir;
  private static String store;

  @BeforeAll
  static void importASmallCouncil() throws Exception {
    store = CommandLineTest.importSmallCouncil(dir, "spc");
  }

  private static JsonNode json(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("spc"));
    all.addAll(List.of(args));
    all.addAll(List.of("--store", store, "--la", "808", "--format", "json"));
    Run r = run(all.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void eachPointsValueIsWhatIndicatorsGivesForItsMonth() throws Exception {
    JsonNode c = json("IN05", "--to", "2025-03", "--months", "24");
    assertThat(c.get("id").asText()).isEqualTo("IN05");
    assertThat(c.get("points")).hasSize(24);
    assertThat(c.get("points").get(0).get("month").asText()).isEqualTo("2023-04");
    assertThat(c.get("points").get(23).get("month").asText()).isEqualTo("2025-03");
    for (JsonNode p : c.get("points")) {
      Run r =
          run(
              "indicators",
              "--store",
              store,
              "--la",
              "808",
              "--period",
              p.get("month").asText(),
              "--id",
              "IN05",
              "--format",
              "json");
      assertThat(r.code()).as(r.err()).isZero();
      JsonNode figure = new ObjectMapper().readTree(r.out()).get(0);
      assertThat(p.get("value").asDouble())
          .as(p.get("month").asText())
          .isEqualTo(figure.get("value").asDouble());
      assertThat(p.get("value").isNull()).isEqualTo(figure.get("value").isNull());
      for (JsonNode s : p.get("signals")) {
        assertThat(s.asText()).isIn("outside_limits", "shift", "trend", "two_of_three");
      }
    }
    for (String field : List.of("mean", "lower_limit", "upper_limit")) {
      assertThat(c.get(field).isNumber()).as(field).isTrue();
    }
    assertThat(c.get("upper_limit").asDouble() - c.get("mean").asDouble())
        .isCloseTo(
            c.get("mean").asDouble() - c.get("lower_limit").asDouble(),
            org.assertj.core.api.Assertions.within(1e-9));
    assertThat(c.get("variation").asText())
        .isIn(
            "common_cause",
            "improving_high",
            "improving_low",
            "concerning_high",
            "concerning_low",
            "neither_high",
            "neither_low");
    assertThat(c.get("assurance").asText()).isEqualTo("none");
  }

  @Test
  void aRebaseAndATargetFromTheTargetsFileAreUsed() throws Exception {
    Path targets = dir.resolve("targets.yaml");
    Files.writeString(
        targets,
        "PR02: {target: 0, rebase: [{from: 2024-04, reason: \"new front door\"}]}\n"
            + "IN05: {rebase: [{from: 2024-04, reason: \"new front door\"}]}\n");
    JsonNode c = json("IN05", "--to", "2025-03", "--months", "24", "--targets", targets.toString());
    assertThat(c.get("segments")).hasSize(2);
    assertThat(c.get("segments").get(1).get("from").asText()).isEqualTo("2024-04");
    assertThat(c.get("segments").get(1).get("rebase_reason").asText()).isEqualTo("new front door");
    assertThat(c.get("segments").get(1).get("baseline_points").asInt()).isEqualTo(12);
  }

  @Test
  void theTableNamesTheIndicatorItsLimitsAndEveryMonth() {
    Run r = run("spc", "IN05", "--store", store, "--la", "808", "--to", "2025-03");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("IN05  ").contains("process limits", "2023-04", "2025-03");
    Run csv =
        run("spc", "IN05", "--store", store, "--la", "808", "--to", "2025-03", "--format", "csv");
    assertThat(csv.out().lines().findFirst())
        .contains("id,month,value,mean,lower_limit,upper_limit,signals");
    assertThat(csv.out().lines().count()).isEqualTo(25);
  }

  @Test
  void anUnknownIndicatorCouncilOrUncoveredMonthExitsTwoSayingWhy() {
    Run r = run("spc", "XX99", "--store", store, "--la", "808", "--to", "2025-03");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("caseflow spc: no indicator XX99");
    r = run("spc", "IN05", "--store", store, "--la", "805", "--to", "2025-03");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("caseflow spc: no returns are loaded for council 805");
    r = run("spc", "IN05", "--store", store, "--la", "808", "--to", "2027-03");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("caseflow spc: no return loaded for council 808 covers 2027-03");
    r = run("spc", "IN05", "--store", store, "--la", "808", "--to", "2024-25");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("caseflow spc: --to is a month, YYYY-MM");
    r = run("spc", "IN05", "--store", store, "--la", "808", "--to", "2025-03", "--run", "8");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("caseflow spc: a shift is a run of 6 or 7 points");
  }
}
