package org.caseflow.measure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The indicator catalogue, read from one SQL file per indicator under {@code indicators/}. Each
 * file starts with a header of {@code -- key: value} lines (a value may continue on lines starting
 * {@code -- }); the rest is the member query. {@code indicators/index.txt} gives the order. A
 * header {@code sql-from: ID} reuses another indicator's query. A header {@code unsupported:
 * reason} marks an indicator no loaded return can feed: it has no query, and its figures carry the
 * reason instead of a value. A header {@code parts: name, ...} puts shared parts from {@code
 * indicators/parts/} (period-independent, materialised once per query) before the indicator's own
 * shared part, for the member query to read.
 */
public final class Catalogue {
  private static final String DIR = "indicators/";
  private final Map<String, Indicator> byId;

  private Catalogue(Map<String, Indicator> byId) {
    this.byId = byId;
  }

  /** The catalogue bundled with caseflow. */
  public static Catalogue load() {
    Map<String, Indicator> out = new LinkedHashMap<>();

    for (String id : resource(DIR + "index.txt").lines().map(String::strip).toList()) {
      if (id.isEmpty() || id.startsWith("#")) {
        continue;
      }
      out.put(id, parse(id, resource(DIR + id + ".sql"), out));
    }
    return new Catalogue(out);
  }

  /** Every indicator, in catalogue order. */
  public List<Indicator> all() {
    return List.copyOf(byId.values());
  }

  /** The indicator with the id (case-insensitive). */
  public Optional<Indicator> find(String id) {
    return Optional.ofNullable(byId.get(id.toUpperCase(Locale.ROOT)));
  }

  private static final Map<String, String> sharedById =
      new java.util.concurrent.ConcurrentHashMap<>();

  static Indicator parse(String id, String text, Map<String, Indicator> earlier) {
    Map<String, String> h = new LinkedHashMap<>();
    List<String> body = new ArrayList<>();
    String last = null;
    boolean inHeader = true;
    for (String line : text.lines().toList()) {
      if (inHeader && line.startsWith("--   ") && last != null) {
        h.put(last, h.get(last) + " " + line.substring(5).strip());
      } else if (inHeader && line.startsWith("-- ") && line.indexOf(':') > 3) {
        int colon = line.indexOf(':');
        last = line.substring(3, colon).strip();
        h.put(last, line.substring(colon + 1).strip());
      } else if (inHeader && line.isBlank()) {
        continue;
      } else {
        inHeader = false;
        body.add(line);
      }
    }
    String sql = String.join("\n", body).strip();
    String shared = "";
    int split = sql.indexOf("\n-- per period\n");
    if (split >= 0) {
      shared = sql.substring(0, split).strip();
      sql = sql.substring(split + "\n-- per period\n".length()).strip();
      if (shared.contains(":start") || shared.contains(":end")) {
        throw new IllegalStateException(id + ".sql: the shared part may not depend on the period");
      }
    }
    if (h.containsKey("parts")) {
      List<String> parts = new ArrayList<>();
      for (String part : h.get("parts").split(",")) {
        parts.add(part(id, part.strip()));
      }
      if (!shared.isEmpty()) {
        parts.add(shared);
      }
      shared = String.join(",\n", parts);
    }
    if (h.containsKey("sql-from")) {
      Indicator from = earlier.get(h.get("sql-from"));
      sql = from == null ? null : from.sql();
      shared = from == null ? "" : from.shared();
      if (sql == null) {
        throw new IllegalStateException(id + ": sql-from names an indicator not defined before it");
      }
    }
    if (!id.equals(h.get("id"))) {
      throw new IllegalStateException(id + ".sql: the header's id is " + h.get("id"));
    }
    return new Indicator(
        id,
        required(id, h, "name"),
        Stage.valueOf(required(id, h, "stage")),
        required(id, h, "definition"),
        required(id, h, "numerator"),
        h.getOrDefault("denominator", "-"),
        Unit.valueOf(required(id, h, "unit")),
        Polarity.valueOf(required(id, h, "polarity")),
        PeriodType.valueOf(required(id, h, "period")),
        required(id, h, "source"),
        h.getOrDefault("lait", "-"),
        Arrays.stream(required(id, h, "requires").split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList(),
        sql,
        shared,
        h.getOrDefault("unsupported", ""));
  }

  /** A shared part from {@code indicators/parts/}: one materialised CTE, period-independent. */
  private static String part(String id, String name) {
    if (!name.matches("[a-z0-9_]+")) {
      throw new IllegalStateException(id + ".sql: no shared part '" + name + "'");
    }
    String text =
        String.join(
                "\n",
                resource(DIR + "parts/" + name + ".sql")
                    .lines()
                    .filter(l -> !l.startsWith("--"))
                    .toList())
            .strip();
    if (!text.startsWith(name + " AS MATERIALIZED (")) {
      throw new IllegalStateException("parts/" + name + ".sql must define " + name);
    }
    if (text.contains(":start") || text.contains(":end")) {
      throw new IllegalStateException("parts/" + name + ".sql may not depend on the period");
    }
    return text;
  }

  private static String required(String id, Map<String, String> h, String key) {
    String v = h.get(key);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException(id + ".sql: header '" + key + "' is missing");
    }
    return v;
  }

  private static String resource(String name) {
    try (InputStream in = Catalogue.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
