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
 * IN05:
 *   rebase:
 *     - {from: 2025-04, reason: "new front door opened in April 2025"}
 * </pre>
 *
 * <p>The keys are {@code target}, {@code stretch}, {@code tolerance} and {@code rebase} (the months
 * from which the indicator's control limits start again, each with its reason; see {@link Rebase});
 * any other key is refused, so a misspelt one cannot be ignored unseen. An indicator may have
 * rebases and no target.
 */
public final class Targets {
  private static final java.util.Set<String> KEYS =
      java.util.Set.of("target", "stretch", "tolerance", "rebase");

  private final Map<String, Target> byId;
  private final Map<String, java.util.List<Rebase>> rebases;

  private Targets(Map<String, Target> byId) {
    this(byId, Map.of());
  }

  private Targets(Map<String, Target> byId, Map<String, java.util.List<Rebase>> rebases) {
    this.byId = byId;
    this.rebases = rebases;
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
    Map<String, java.util.List<Rebase>> rebases = new LinkedHashMap<>();
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
      if (n.isObject()) {
        Iterator<String> keys = n.fieldNames();
        while (keys.hasNext()) {
          String key = keys.next();
          if (!KEYS.contains(key)) {
            throw new IllegalArgumentException(
                file.getFileName()
                    + ": "
                    + id
                    + ": unknown key '"
                    + key
                    + "'; expected target, stretch, tolerance or rebase");
          }
        }
        if (n.has("rebase")) {
          rebases.put(id, rebases(file, id, n.get("rebase")));
          if (!n.has("target") && !n.has("stretch") && !n.has("tolerance")) {
            continue;
          }
        }
      }
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
    return new Targets(out, rebases);
  }

  private static java.util.List<Rebase> rebases(Path file, String id, JsonNode list) {
    String expected =
        file.getFileName()
            + ": "
            + id
            + ": expected rebase as a list of {from: YYYY-MM, reason: \"why\"}";
    if (!list.isArray()) {
      throw new IllegalArgumentException(expected);
    }
    java.util.List<Rebase> out = new java.util.ArrayList<>();
    for (JsonNode r : list) {
      if (!r.isObject()
          || !r.path("from").isTextual()
          || !r.path("reason").isTextual()
          || r.size() != 2) {
        throw new IllegalArgumentException(expected);
      }
      java.time.YearMonth from;
      try {
        from = java.time.YearMonth.parse(r.get("from").asText());
      } catch (java.time.format.DateTimeParseException ex) {
        throw new IllegalArgumentException(expected, ex);
      }
      if (r.get("reason").asText().isBlank()) {
        throw new IllegalArgumentException(
            file.getFileName() + ": " + id + ": the rebase from " + from + " needs a reason");
      }
      if (!out.isEmpty() && !from.isAfter(out.get(out.size() - 1).from())) {
        throw new IllegalArgumentException(
            file.getFileName() + ": " + id + ": rebases must be listed in order of month");
      }
      out.add(new Rebase(from, r.get("reason").asText().strip()));
    }
    return java.util.List.copyOf(out);
  }

  /** The months the council rebased an indicator's control limits from, in order (often none). */
  public java.util.List<Rebase> rebases(String id) {
    return rebases.getOrDefault(id.toUpperCase(Locale.ROOT), java.util.List.of());
  }

  /** The target for an indicator, if the council set one. */
  public Optional<Target> of(String id) {
    return Optional.ofNullable(byId.get(id.toUpperCase(Locale.ROOT)));
  }
}
