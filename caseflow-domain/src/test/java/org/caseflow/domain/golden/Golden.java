package org.caseflow.domain.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An expected file a test compares its output with: a golden file or a generated document. The file
 * is written only when regenerating on purpose ({@code -Dcaseflow.regenerate=true}); a missing file
 * fails the test like a stale one, so that a test never passes by writing what it expects.
 */
public final class Golden {
  /** The system property that regenerates every expected file. */
  public static final String REGENERATE = "caseflow.regenerate";

  private Golden() {}

  /** Whether this run regenerates the expected files ({@code -Dcaseflow.regenerate=true}). */
  public static boolean regenerating() {
    return Boolean.getBoolean(REGENERATE);
  }

  /**
   * Asserts that {@code expected} holds exactly {@code actual}; when regenerating, writes it first.
   */
  public static void check(Path expected, String actual) throws IOException {
    if (regenerating()) {
      if (expected.getParent() != null) {
        Files.createDirectories(expected.getParent());
      }
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(expected))
        .as("%s is missing: run mvn test -D%s=true and review it", expected, REGENERATE)
        .isTrue();
    assertThat(Files.readString(expected, StandardCharsets.UTF_8))
        .as("%s is stale: run mvn test -D%s=true and review the diff", expected, REGENERATE)
        .isEqualTo(actual);
  }
}
