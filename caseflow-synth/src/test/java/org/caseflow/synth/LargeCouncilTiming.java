package org.caseflow.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** Kent, England's largest council by children; run with -Dcaseflow.synth.large=true. */
@EnabledIfSystemProperty(named = "caseflow.synth.large", matches = "true")
class LargeCouncilTiming {
  @Test
  void kentGeneratesFiveYearsInUnderAMinute(@TempDir Path dir) {
    long t0 = System.nanoTime();
    SynthResult r = Synthesiser.generate(new SynthSpec("886", 2021, 2025, 1, 1.0, false), dir);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.println(
        "886 Kent, 5 years: "
            + ms
            + " ms, CIN children 2025 "
            + r.file("cin_census_2025.xml").rows());
    assertThat(ms).isLessThan(60_000);
  }
}
