package org.caseflow.ingest.ssda903;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.caseflow.ingest.Finding;
import org.caseflow.ingest.FindingType;
import org.caseflow.ingest.Findings;

/** Test fixtures under src/test/resources/ssda903. */
final class Fixtures {
  private Fixtures() {}

  static Path fixture(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/ssda903/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The findings of a type as "location field value" strings. */
  static List<String> of(Findings findings, FindingType type) {
    return findings.kept().stream()
        .filter(f -> f.type() == type)
        .map(Fixtures::brief)
        .collect(Collectors.toList());
  }

  static String brief(Finding f) {
    return f.location() + " " + f.field() + " " + f.value();
  }
}
