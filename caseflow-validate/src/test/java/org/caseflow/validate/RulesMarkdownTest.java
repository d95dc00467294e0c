package org.caseflow.validate;

import java.io.IOException;
import java.nio.file.Path;
import org.caseflow.domain.golden.Golden;
import org.junit.jupiter.api.Test;

class RulesMarkdownTest {
  private static final Path DOC = Path.of("..", "docs", "validation.md");

  @Test
  void docsValidationIsGeneratedFromTheRuleFiles() throws IOException {
    Golden.check(DOC, RulesMarkdown.render());
  }
}
