package org.caseflow.measure;

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
 * {@code -- }); the rest is the member query. The header is a strict contract: a key not in {@link
 * #KEYS} fails the load, naming the file, the key and the keys allowed (see {@code
 * docs/NEW_INDICATOR.md}). Every {@code .sql} file on the class path under {@code indicators/} is
 * found by walking the folder (in a jar too); {@code indicators/index.txt} gives their order, and a
 * file it does not list, or an id it lists with no file, fails the load.
 *
 * <p>A header {@code sql-from: ID} reuses another indicator's query. A header {@code unsupported:
 * reason} marks an indicator no loaded return can feed: it has no query, and its figures carry the
 * reason instead of a value. A header {@code parts: name, ...} puts shared parts from {@code
 * indicators/parts/} (period-independent, materialised once per query) before the indicator's own
 * shared part, for the member query to read; {@code period-parts: name, ...} puts parts that depend
 * on the period at the head of the member query's own {@code WITH}.
 */
public final class Catalogue {
  private static final String DIR = "indicators/";

  /** The header keys an indicator file may use. */
  static final List<String> KEYS =
      List.of(
          "id",
          "name",
          "stage",
          "definition",
          "numerator",
          "denominator",
          "unit",
          "polarity",
          "period",
          "source",
          "lait",
          "requires",
          "subject",
          "breakdown",
          "breaks-down",
          "kind",
          "weight",
          "parts",
          "period-parts",
          "sql-from",
          "unsupported");

  private final Map<String, Indicator> byId;
  private final Map<String, String> sqlFrom;

  private Catalogue(Map<String, Indicator> byId, Map<String, String> sqlFrom) {
    this.byId = byId;
    this.sqlFrom = sqlFrom;
  }

  private static volatile Catalogue bundled;

  /** The catalogue bundled with caseflow. */
  public static Catalogue load() {
    Catalogue c = bundled;
    if (c == null) {
      c = read(Resources.under(Catalogue.class, "indicators"));
      bundled = c;
    }
    return c;
  }

  /**
   * The catalogue of the files given, keyed by path under {@code indicators/} ({@code IN01.sql},
   * {@code parts/cla_spell.sql}, {@code index.txt}).
   */
  static Catalogue read(Map<String, String> files) {
    String index = files.get("index.txt");
    if (index == null) {
      throw new IllegalStateException("indicators/index.txt is missing");
    }
    List<String> order = new ArrayList<>();
    for (String line : index.lines().map(String::strip).toList()) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (order.contains(line)) {
        throw new IllegalStateException("indicators/index.txt lists " + line + " twice");
      }
      order.add(line);
    }
    java.util.Set<String> onDisk = new java.util.TreeSet<>();
    for (String name : files.keySet()) {
      if (!name.contains("/") && name.endsWith(".sql")) {
        onDisk.add(name.substring(0, name.length() - 4));
      }
    }
    java.util.Set<String> notIndexed = new java.util.TreeSet<>(onDisk);
    order.forEach(notIndexed::remove);
    if (!notIndexed.isEmpty()) {
      throw new IllegalStateException(
          "indicators/index.txt does not list "
              + String.join(", ", notIndexed)
              + ": add each file's id where it belongs in the catalogue's order");
    }
    List<String> missing = order.stream().filter(id -> !onDisk.contains(id)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "indicators/index.txt lists " + String.join(", ", missing) + " but there is no file");
    }
    Map<String, Indicator> out = new LinkedHashMap<>();
    java.util.Set<String> usedParts = new java.util.TreeSet<>();
    for (String id : order) {
      out.put(id, parse(id, files.get(id + ".sql"), out, files, usedParts));
    }
    for (Indicator i : out.values()) {
      if (!i.breaksDown().isEmpty() && !out.containsKey(i.breaksDown())) {
        throw new IllegalStateException(
            i.id()
                + ".sql: breaks-down names "
                + i.breaksDown()
                + ", which is not in the catalogue");
      }
    }
    for (String name : files.keySet()) {
      if (name.startsWith("parts/") && name.endsWith(".sql")) {
        String part = name.substring("parts/".length(), name.length() - 4);
        if (!usedParts.contains(part)) {
          throw new IllegalStateException("indicators/" + name + " is read by no indicator");
        }
      }
    }
    Map<String, String> sqlFrom = new LinkedHashMap<>();
    for (String id : order) {
      for (String line : files.get(id + ".sql").lines().toList()) {
        if (line.startsWith("-- sql-from:")) {
          sqlFrom.put(id, line.substring("-- sql-from:".length()).strip());
        }
      }
    }
    return new Catalogue(out, Map.copyOf(sqlFrom));
  }

  /**
   * Whether the indicator has a member query of its own: it is measured (not {@code unsupported})
   * and does not reuse another's query ({@code sql-from}).
   */
  public boolean hasOwnQuery(Indicator indicator) {
    return indicator.isSupported() && !sqlFrom.containsKey(indicator.id());
  }

  /** The indicator whose member query this one reuses ({@code sql-from}), if any. */
  public Optional<String> sqlFrom(Indicator indicator) {
    return Optional.ofNullable(sqlFrom.get(indicator.id()));
  }

  /** Every indicator, in catalogue order. */
  public List<Indicator> all() {
    return List.copyOf(byId.values());
  }

  /** The indicator with the id (case-insensitive). */
  public Optional<Indicator> find(String id) {
    return Optional.ofNullable(byId.get(id.toUpperCase(Locale.ROOT)));
  }

  private static Indicator parse(
      String id,
      String text,
      Map<String, Indicator> earlier,
      Map<String, String> files,
      java.util.Set<String> usedParts) {
    String file = id + ".sql";
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
        if (!KEYS.contains(last)) {
          throw new IllegalStateException(
              file
                  + ": unknown header key '"
                  + last
                  + "'; the keys allowed are "
                  + String.join(", ", KEYS));
        }
        if (h.containsKey(last)) {
          throw new IllegalStateException(file + ": header key '" + last + "' is given twice");
        }
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
        throw new IllegalStateException(file + ": the shared part may not depend on the period");
      }
    }
    if (h.containsKey("parts")) {
      List<String> parts = new ArrayList<>();
      for (String part : h.get("parts").split(",")) {
        parts.add(part(id, part.strip(), files, false));
        if (usedParts != null) {
          usedParts.add(part.strip());
        }
      }
      if (!shared.isEmpty()) {
        parts.add(shared);
      }
      shared = String.join(",\n", parts);
    }
    if (h.containsKey("period-parts")) {
      List<String> parts = new ArrayList<>();
      for (String part : h.get("period-parts").split(",")) {
        parts.add(part(id, part.strip(), files, true));
        if (usedParts != null) {
          usedParts.add(part.strip());
        }
      }
      String head = String.join(",\n", parts);
      sql =
          sql.regionMatches(true, 0, "WITH ", 0, 5)
              ? "WITH " + head + ",\n" + sql.substring(5)
              : "WITH " + head + "\n" + sql;
    }
    Weight weight = h.containsKey("weight") ? Weight.parse(file, h.get("weight")) : Weight.NONE;
    if (h.containsKey("sql-from")) {
      Indicator from = earlier.get(h.get("sql-from"));
      if (from == null) {
        throw new IllegalStateException(id + ": sql-from names an indicator not defined before it");
      }
      if (!body.stream().allMatch(String::isBlank)) {
        throw new IllegalStateException(file + ": a file with sql-from has no query of its own");
      }
      sql = from.sql();
      shared = from.shared();
      if (!from.weight().equals(weight)) {
        throw new IllegalStateException(
            file + ": sql-from " + from.id() + " needs the same weight, " + from.weight());
      }
    }
    if (!id.equals(h.get("id"))) {
      throw new IllegalStateException(file + ": the header's id is " + h.get("id"));
    }
    List<List<String>> groups = new ArrayList<>();
    for (String group : required(id, h, "requires").split(",")) {
      List<String> anyOf =
          Arrays.stream(group.split("\\bor\\b"))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .toList();
      if (!anyOf.isEmpty()) {
        groups.add(anyOf);
      }
    }
    Unit unit = Unit.valueOf(required(id, h, "unit"));
    String breakdown = h.getOrDefault("breakdown", "");
    String breaksDown = h.getOrDefault("breaks-down", "");
    if (!breaksDown.isEmpty() && breakdown.isEmpty()) {
      throw new IllegalStateException(file + ": breaks-down needs a breakdown: header too");
    }
    Kind kind = h.containsKey("kind") ? Kind.parse(file, h.get("kind")) : null;
    if (kind != null && kind.hasBreakdown() == breakdown.isEmpty()) {
      throw new IllegalStateException(
          file
              + ": kind "
              + kind.key()
              + (breakdown.isEmpty() ? " needs a breakdown: header" : " has no breakdown"));
    }
    String unsupported = h.getOrDefault("unsupported", "");
    if (unsupported.isEmpty() && sql.isEmpty()) {
      throw new IllegalStateException(file + ": no member query (and no unsupported: reason)");
    }
    return new Indicator(
        id,
        required(id, h, "name"),
        Stage.valueOf(required(id, h, "stage")),
        required(id, h, "definition"),
        required(id, h, "numerator"),
        h.getOrDefault("denominator", "-"),
        unit,
        Polarity.valueOf(required(id, h, "polarity")),
        PeriodType.valueOf(required(id, h, "period")),
        required(id, h, "source"),
        h.getOrDefault("lait", "-"),
        groups.stream().flatMap(List::stream).distinct().toList(),
        sql,
        shared,
        unsupported,
        Subject.parse(file, required(id, h, "subject")),
        breakdown,
        breaksDown,
        weight,
        kind,
        groups);
  }

  /**
   * A part from {@code indicators/parts/}: common table expressions without {@code WITH}. A shared
   * part is one materialised CTE that does not depend on the period; a period part ({@code
   * period-parts:}) may, and is placed in the member query itself.
   */
  private static String part(String id, String name, Map<String, String> files, boolean perPeriod) {
    if (!name.matches("[a-z0-9_]+") || !files.containsKey("parts/" + name + ".sql")) {
      throw new IllegalStateException(id + ".sql: no part '" + name + "' in indicators/parts/");
    }
    String text =
        String.join(
                "\n",
                files
                    .get("parts/" + name + ".sql")
                    .lines()
                    .filter(l -> !l.startsWith("--"))
                    .toList())
            .strip();
    if (perPeriod) {
      if (!text.matches("(?s).*\\b" + name + " AS \\(.*")) {
        throw new IllegalStateException("parts/" + name + ".sql must define " + name);
      }
      return text;
    }
    if (!text.startsWith(name + " AS MATERIALIZED (")) {
      throw new IllegalStateException("parts/" + name + ".sql must define " + name);
    }
    if (text.contains(":start") || text.contains(":end")) {
      throw new IllegalStateException(
          "parts/" + name + ".sql may not depend on the period (make it a period part)");
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
}
