package org.caseflow.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseflow.domain.schema.ReturnKind;

/**
 * Reads one rule file: a header of {@code -- key: value} lines (a value may go on over lines
 * starting {@code -- }), then the query. The keys are strict: {@code code}, {@code severity},
 * {@code tables}, {@code fields} and {@code message} are required; {@code after} (stage-1 codes a
 * stage-2 rule depends on) and {@code reading} (how caseflow reads an open point) are optional; any
 * other key is refused.
 */
final class RuleFile {
  private static final Set<String> REQUIRED =
      Set.of("code", "severity", "tables", "fields", "message");
  private static final Set<String> OPTIONAL = Set.of("after", "reading");
  private static final Pattern VIEW = Pattern.compile("\\b((?:v|last|hist)_[a-z0-9_]+)\\b");

  private RuleFile() {}

  static Rule parse(String name, ReturnKind kind, int since, String text) {
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
        if (!REQUIRED.contains(last) && !OPTIONAL.contains(last)) {
          throw new IllegalStateException(name + ": unknown header key '" + last + "'");
        }
        if (h.containsKey(last)) {
          throw new IllegalStateException(name + ": header key '" + last + "' given twice");
        }
        h.put(last, line.substring(colon + 1).strip());
      } else if (inHeader && line.isBlank()) {
        continue;
      } else {
        inHeader = false;
        body.add(line);
      }
    }
    for (String key : REQUIRED) {
      if (h.get(key) == null || h.get(key).isBlank()) {
        throw new IllegalStateException(name + ": the header has no '" + key + "'");
      }
    }
    String code = h.get("code");
    if (!name.equals(code + ".sql")) {
      throw new IllegalStateException(name + ": the header's code is " + code);
    }
    String sql = String.join("\n", body).strip();
    if (sql.isEmpty()) {
      throw new IllegalStateException(name + ": no query after the header");
    }
    if (sql.endsWith(";")) {
      sql = sql.substring(0, sql.length() - 1).strip();
    }
    Set<String> views = new LinkedHashSet<>();
    Matcher m = VIEW.matcher(sql);
    while (m.find()) {
      if (isView(m.group(1))) {
        views.add(m.group(1));
      }
    }
    return new Rule(
        code,
        kind,
        since,
        Severity.valueOf(h.get("severity").toUpperCase(Locale.ROOT)),
        list(h.get("tables")),
        list(h.get("fields")),
        h.get("message"),
        Set.copyOf(list(h.getOrDefault("after", ""))),
        h.getOrDefault("reading", ""),
        sql,
        views);
  }

  /**
   * Whether a name is one of the views the engine makes ({@code v_return}, {@code
   * v_import_finding}, or {@code v_}, {@code last_} or {@code hist_} and a canonical table), not a
   * name the rule gives its own common table expression or column.
   */
  static boolean isView(String name) {
    if (name.equals("v_return") || name.equals("v_import_finding")) {
      return true;
    }
    String table = name.substring(name.indexOf('_') + 1);
    for (org.caseflow.domain.schema.Table t : org.caseflow.domain.schema.Table.values()) {
      if (t.sqlName().equals(table)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> list(String value) {
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
