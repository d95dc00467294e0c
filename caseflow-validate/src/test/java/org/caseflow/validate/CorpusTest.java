package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.caseflow.store.ImportReport;
import org.caseflow.store.Importer;
import org.caseflow.store.Store;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus: returns with known errors, each a file (a CIN census XML) or a folder (the SSDA903
 * CSV tables of one return) under {@code src/test/resources/corpus/<return>/}, with the expected
 * outcome beside it in {@code <name>.expected}: one {@code rule child} pair a line ({@code -} for a
 * rule about the whole return), sorted. Each is read and validated as {@code caseflow validate}
 * does. A missing expected file fails; {@code -Dcaseflow.regenerate=true} writes it, to be checked
 * by hand before it is committed.
 */
class CorpusTest {
  static Stream<Path> returns() throws IOException, URISyntaxException {
    Path root = Path.of(CorpusTest.class.getResource("/corpus").toURI());
    List<Path> out = new ArrayList<>();
    for (String kind : List.of("cin", "ssda903")) {
      try (Stream<Path> s = Files.list(root.resolve(kind))) {
        s.filter(p -> !p.getFileName().toString().endsWith(".expected"))
            .filter(p -> !p.getFileName().toString().equals("README.md"))
            .sorted()
            .forEach(out::add);
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("returns")
  void eachReturnFailsExactlyTheRulesWrittenBesideIt(Path file) throws Exception {
    List<String> found;
    try (Store memory = Store.inMemory()) {
      ImportReport report =
          new Importer(
                  memory, Readers::forFormat, Clock.systemUTC(), Validator.bundled().asImportStep())
              .importPaths(List.of(file), new ReadContext("808", null));
      TreeSet<String> pairs = new TreeSet<>();
      for (ImportReport.Batch b : report.batches()) {
        for (ValidationFinding f :
            ValidationResults.of(memory.connection(), b.batchId()).orElseThrow().findings()) {
          pairs.add(f.rule() + " " + (f.childId() == null ? "-" : f.childId()));
        }
      }
      found = List.copyOf(pairs);
    }
    Path source = sourceOf(file);
    Path expected = source.resolveSibling(file.getFileName() + ".expected");
    if (Boolean.getBoolean("caseflow.regenerate")) {
      Files.write(expected, found, StandardCharsets.UTF_8);
    }
    assertThat(expected)
        .as(expected + " is missing: write it by hand (or regenerate on purpose)")
        .exists();
    assertThat(found).isEqualTo(Files.readAllLines(expected, StandardCharsets.UTF_8));
  }

  /** The file in the source tree, so regeneration writes where it is committed. */
  private static Path sourceOf(Path file) {
    Path src = Path.of("src", "test", "resources", "corpus");
    return src.resolve(file.getParent().getFileName()).resolve(file.getFileName());
  }
}
