package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every indicator with a member query of its own is checked by a test class against values worked
 * out by hand: the class says so with {@link Covers}, and its source must measure each indicator it
 * names (the id appears there as a string). A new indicator without such a test fails here.
 */
class EveryIndicatorIsHandWorkedTest {
  private static final Path SOURCES = Path.of("src", "test", "java", "org", "caseflow", "measure");

  @Test
  void everyIndicatorWithItsOwnQueryIsNamedByAHandWorkedTestClass() throws Exception {
    Map<String, List<String>> coveredBy = covered();
    Catalogue catalogue = Catalogue.load();
    List<String> uncovered = new ArrayList<>();
    for (Indicator i : catalogue.all()) {
      if (catalogue.hasOwnQuery(i) && !coveredBy.containsKey(i.id())) {
        uncovered.add(i.id());
      }
    }
    assertThat(uncovered)
        .as(
            "indicators with their own SQL and no hand-worked test (add one and name it in @Covers)")
        .isEmpty();
  }

  @Test
  void aTestClassNamesOnlyIndicatorsThatExistAndThatItsSourceMeasures() throws Exception {
    Catalogue catalogue = Catalogue.load();
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> e : sources().entrySet()) {
      Covers covers = annotation(e.getKey());
      if (covers == null) {
        continue;
      }
      for (String id : covers.value()) {
        if (catalogue.find(id).isEmpty()) {
          wrong.add(e.getKey() + " names " + id + ", which is not in the catalogue");
        } else if (!e.getValue().replace("@Covers(", "").contains("\"" + id + "\"")) {
          wrong.add(e.getKey() + " names " + id + " but never measures it");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theMetaTestSeesTheTestClassesOfThisModule() throws Exception {
    // A scan that found nothing would pass the checks above vacuously.
    assertThat(covered()).containsKeys("IN11", "WF07", "PR02").hasSizeGreaterThan(140);
  }

  /** Indicator id to the test classes that name it. */
  private static Map<String, List<String>> covered() throws Exception {
    Map<String, List<String>> out = new TreeMap<>();
    for (String name : sources().keySet()) {
      Covers covers = annotation(name);
      if (covers != null) {
        for (String id : covers.value()) {
          out.computeIfAbsent(id, k -> new ArrayList<>()).add(name);
        }
      }
    }
    return out;
  }

  private static Covers annotation(String simpleName) throws ClassNotFoundException {
    return Class.forName("org.caseflow.measure." + simpleName).getAnnotation(Covers.class);
  }

  /**
   * The module's test classes, by simple name, with their source text (without the annotation's).
   */
  private static Map<String, String> sources() throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path f : new TreeSet<>(files.filter(p -> p.toString().endsWith(".java")).toList())) {
        String name = f.getFileName().toString().replace(".java", "");
        String text = Files.readString(f, StandardCharsets.UTF_8);
        int at = text.indexOf("@Covers(");
        if (at >= 0) {
          int close = text.indexOf(')', at);
          text = text.substring(0, at) + text.substring(close + 1);
        }
        out.put(name, text);
      }
    }
    return out;
  }
}
