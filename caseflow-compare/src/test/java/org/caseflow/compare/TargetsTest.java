package org.caseflow.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsTest {
  @TempDir Path dir;

  @Test
  void targetsAreReadFromPlainYamlByIndicatorId() throws Exception {
    Path f = dir.resolve("targets.yaml");
    Files.writeString(f, "IN07: {target: 20, stretch: 18, tolerance: 2}\npr02:\n  target: 90\n");
    Targets t = Targets.load(f);
    assertThat(t.of("IN07")).contains(new Target(20, 18.0, 2, "local target"));
    assertThat(t.of("PR02")).contains(new Target(90, null, 0, "local target"));
    assertThat(t.of("OC01")).isEmpty();
  }

  @Test
  void aTargetThatIsNotANumberIsRejectedNamingTheFileAndIndicator() throws Exception {
    Path f = dir.resolve("targets.yaml");
    Files.writeString(f, "IN07: {target: twenty}\n");
    assertThatThrownBy(() -> Targets.load(f))
        .hasMessage("targets.yaml: IN07: expected a numeric target, e.g. {target: 20}");
  }

  @Test
  void aRebaseIsReadWithItsReasonBesideOrWithoutATarget() throws Exception {
    Path f = dir.resolve("targets.yaml");
    Files.writeString(
        f,
        "IN07: {target: 20, rebase: [{from: 2025-04, reason: \"new front door\"}]}\n"
            + "in05:\n  rebase:\n    - {from: 2024-10, reason: MASH opened}\n"
            + "    - {from: 2025-06, reason: new definition}\n");
    Targets t = Targets.load(f);
    assertThat(t.of("IN07")).contains(new Target(20, null, 0, "local target"));
    assertThat(t.rebases("IN07"))
        .containsExactly(new Rebase(java.time.YearMonth.of(2025, 4), "new front door"));
    assertThat(t.of("IN05")).isEmpty();
    assertThat(t.rebases("IN05"))
        .containsExactly(
            new Rebase(java.time.YearMonth.of(2024, 10), "MASH opened"),
            new Rebase(java.time.YearMonth.of(2025, 6), "new definition"));
    assertThat(t.rebases("OC01")).isEmpty();
  }

  @Test
  void anUnknownKeyIsRefusedNamingIt() throws Exception {
    Path f = dir.resolve("targets.yaml");
    Files.writeString(f, "IN07: {target: 20, rebse: []}\n");
    assertThatThrownBy(() -> Targets.load(f))
        .hasMessage(
            "targets.yaml: IN07: unknown key 'rebse'; expected target, stretch, tolerance or"
                + " rebase");
  }

  @Test
  void aRebaseWithoutAReasonOrAMonthIsRefused() throws Exception {
    Path f = dir.resolve("targets.yaml");
    Files.writeString(f, "IN07: {rebase: [{from: 2025-04, reason: \" \"}]}\n");
    assertThatThrownBy(() -> Targets.load(f))
        .hasMessage("targets.yaml: IN07: the rebase from 2025-04 needs a reason");
    Files.writeString(f, "IN07: {rebase: [{from: April, reason: x}]}\n");
    assertThatThrownBy(() -> Targets.load(f))
        .hasMessage(
            "targets.yaml: IN07: expected rebase as a list of {from: YYYY-MM, reason: \"why\"}");
  }
}
