package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RulesMarkdownTest {
  private static final Path DOC = Path.of("..", "docs", "validation.md");

  @Test
  void docsValidationIsGeneratedFromTheRuleFiles() throws IOException {
    String generated = RulesMarkdown.render();
    if (Boolean.getBoolean("caseflow.regenerate")) {
      Files.writeString(DOC, generated, StandardCharsets.UTF_8);
    }
    assertThat(DOC)
        .as("docs/validation.md is missing: run mvn test -Dcaseflow.regenerate=true")
        .exists();
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/validation.md is stale: run mvn test -Dcaseflow.regenerate=true")
        .isEqualTo(generated);
  }
}
