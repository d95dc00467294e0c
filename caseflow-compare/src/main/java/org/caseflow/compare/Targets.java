package org.caseflow.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A council's local targets, from a plain YAML file:
 *
 * <pre>
 * IN07: {target: 20, stretch: 18, tolerance: 2}
 * PR02: {target: 90, tolerance: 5}
 * </pre>
 */
public final class Targets {
  private final Map<String, Target> byId;

  private Targets(Map<String, Target> byId) {
    this.byId = byId;
  }

  /** No local targets. */
  public static Targets none() {
    return new Targets(Map.of());
  }

  /**
   * Reads a targets file.
   *
   * @throws IllegalArgumentException naming the file, the indicator and what was expected
   */
  public static Targets load(Path file) throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    Map<String, Target> out = new LinkedHashMap<>();
    if (root == null || root.isNull() || root.isMissingNode()) {
      return new Targets(out);
    }
    if (!root.isObject()) {
      throw new IllegalArgumentException(
          file.getFileName() + ": expected indicator ids each with {target, tolerance}");
    }
    Iterator<Map.Entry<String, JsonNode>> it = root.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String id = e.getKey().toUpperCase(Locale.ROOT);
      JsonNode n = e.getValue();
      if (!n.isObject() || !n.path("target").isNumber()) {
        throw new IllegalArgumentException(
            file.getFileName() + ": " + id + ": expected a numeric target, e.g. {target: 20}");
      }
      double tolerance = n.path("tolerance").isNumber() ? n.path("tolerance").asDouble() : 0;
      if (tolerance < 0) {
        throw new IllegalArgumentException(
            file.getFileName() + ": " + id + ": the tolerance cannot be negative");
      }
      Double stretch = n.path("stretch").isNumber() ? n.path("stretch").asDouble() : null;
      out.put(id, new Target(n.path("target").asDouble(), stretch, tolerance, "local target"));
    }
    return new Targets(out);
  }

  /** The target for an indicator, if the council set one. */
  public Optional<Target> of(String id) {
    return Optional.ofNullable(byId.get(id.toUpperCase(Locale.ROOT)));
  }
}
