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
}
