package org.caseflow.domain.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenTest {
  @TempDir Path dir;

  @Test
  void aMissingExpectedFileFailsAndIsNotWritten() {
    Path expected = dir.resolve("golden/missing.csv");
    String was = System.clearProperty(Golden.REGENERATE);
    try {
      assertThatThrownBy(() -> Golden.check(expected, "id,value\n"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("missing.csv is missing: run mvn test -Dcaseflow.regenerate=true");
      assertThat(expected).doesNotExist();
    } finally {
      restore(was);
    }
  }

  @Test
  void aStaleExpectedFileFailsAndIsLeftAsItWas() throws Exception {
    Path expected = Files.writeString(dir.resolve("stale.md"), "old\n", StandardCharsets.UTF_8);
    String was = System.clearProperty(Golden.REGENERATE);
    try {
      assertThatThrownBy(() -> Golden.check(expected, "new\n"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("stale.md is stale");
      assertThat(expected).hasContent("old");
    } finally {
      restore(was);
    }
  }

  @Test
  void anExpectedFileThatMatchesPasses() throws Exception {
    Path expected = Files.writeString(dir.resolve("same.md"), "same\n", StandardCharsets.UTF_8);
    Golden.check(expected, "same\n");
  }

  @Test
  void regeneratingOnPurposeWritesTheExpectedFile() throws Exception {
    Path expected = dir.resolve("new/written.csv");
    String was = System.setProperty(Golden.REGENERATE, "true");
    try {
      Golden.check(expected, "id\nIN01\n");
    } finally {
      restore(was);
    }
    assertThat(Files.readString(expected, StandardCharsets.UTF_8)).isEqualTo("id\nIN01\n");
  }

  private static void restore(String was) {
    if (was == null) {
      System.clearProperty(Golden.REGENERATE);
    } else {
      System.setProperty(Golden.REGENERATE, was);
    }
  }
}
