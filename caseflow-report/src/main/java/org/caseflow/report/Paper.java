package org.caseflow.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.compare.Formats;

/**
 * The committee paper's cover sheet, as the council fills it in a small YAML file ({@link
 * #TEMPLATE}): the meeting, its date, the portfolio, the lead officer and contact, the wards and
 * whether it is a key decision. Every value is plain text, shown as written (a formula or markup is
 * shown literally); a key not given is shown as "To be confirmed". An unknown key is refused, with
 * the file, line and key.
 *
 * @param values the values given, by key, in the order of {@link #KEYS}; missing keys are absent
 */
public record Paper(Map<String, String> values) {
  /** What a cover sheet shows for a detail the council has not given. */
  public static final String TO_BE_CONFIRMED = "To be confirmed";

  /** The keys a cover sheet file may hold, in the order the cover sheet shows them. */
  public static final List<String> KEYS =
      List.of(
          "council",
          "meeting",
          "date",
          "agenda_item",
          "portfolio",
          "lead_officer",
          "contact",
          "wards",
          "key_decision");

  /** The cover sheet file {@code caseflow report} reads when no {@code --paper} is given. */
  public static final String DEFAULT_FILE = "paper.yaml";

  /** A cover sheet file to fill in, every key with an example. */
  public static final String TEMPLATE =
      """
      # The committee paper's cover sheet, read by `caseflow report --paper paper.yaml`.
      # Every value is plain text, shown as written; leave a line out (or blank) and the
      # cover sheet says "To be confirmed". Keys other than these are refused.
      council: Stockton-on-Tees Borough Council   # the name in the page header
      meeting: Cabinet
      date: 2026-06-18                            # or as words: 18 June 2026
      agenda_item: "7"
      portfolio: Children and Young People
      lead_officer: Director of Children's Services
      contact: "Jane Smith, Head of Performance, 01642 000000, jane.smith@example.gov.uk"
      wards: All wards
      key_decision: No
      """;

  public Paper {
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** A cover sheet with nothing filled in: every detail "To be confirmed". */
  public static Paper blank() {
    return new Paper(Map.of());
  }

  /** The value given for a key, or "To be confirmed". */
  public String get(String key) {
    if (!KEYS.contains(key)) {
      throw new IllegalArgumentException("not a cover sheet key: " + key);
    }
    return values.getOrDefault(key, TO_BE_CONFIRMED);
  }

  /** Whether the council gave a value for the key. */
  public boolean has(String key) {
    return values.containsKey(key);
  }

  /**
   * The cover sheet's rows: each detail's label and its value (or "To be confirmed"), the council
   * left out (it heads the page).
   */
  public List<List<String>> rows() {
    List<List<String>> out = new ArrayList<>();
    for (String k : KEYS) {
      if (!k.equals("council")) {
        out.add(List.of(label(k), get(k)));
      }
    }
    return out;
  }

  /** A key's label on the cover sheet. */
  static String label(String key) {
    return switch (key) {
      case "council" -> "Council";
      case "meeting" -> "Meeting";
      case "date" -> "Date of meeting";
      case "agenda_item" -> "Agenda item";
      case "portfolio" -> "Portfolio";
      case "lead_officer" -> "Lead officer";
      case "contact" -> "Contact officer";
      case "wards" -> "Wards affected";
      case "key_decision" -> "Key decision";
      default -> throw new IllegalArgumentException(key);
    };
  }

  /**
   * Reads a cover sheet file.
   *
   * @throws IllegalArgumentException naming the file and line, for an unknown or repeated key, a
   *     value that is not plain text, or a file that is not a list of keys and values
   */
  public static Paper load(Path file) throws IOException {
    String name = file.getFileName().toString();
    Map<String, String> out = new LinkedHashMap<>();
    try (JsonParser p = new YAMLFactory().createParser(file.toFile())) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return blank(); // an empty file
      }
      if (t != JsonToken.START_OBJECT) {
        throw refused(
            name, p.currentTokenLocation(), "expected keys and values, e.g. meeting: Cabinet");
      }
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonLocation at = p.currentTokenLocation();
        if (!KEYS.contains(key)) {
          throw refused(
              name,
              at,
              "unknown key '" + key + "'; the keys allowed are " + String.join(", ", KEYS));
        }
        if (out.containsKey(key)) {
          throw refused(name, at, "key '" + key + "' is given twice");
        }
        String value = value(name, key, p);
        if (value != null && !value.isEmpty()) {
          out.put(key, key.equals("date") ? date(value) : value);
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new IllegalArgumentException(
          name
              + (at == null ? "" : ":" + at.getLineNr())
              + ": not a YAML file of keys and values: "
              + e.getOriginalMessage(),
          e);
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String k : KEYS) {
      if (out.containsKey(k)) {
        ordered.put(k, out.get(k));
      }
    }
    return new Paper(ordered);
  }

  /** The value after a key: a scalar as text, a list of scalars joined by commas, or null. */
  private static String value(String file, String key, JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.START_ARRAY) {
      List<String> items = new ArrayList<>();
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (!t.isScalarValue()) {
          throw refused(file, p.currentTokenLocation(), key + ": expected plain text");
        }
        String s = scalar(p, t);
        if (s != null && !s.isEmpty()) {
          items.add(s);
        }
      }
      return String.join(", ", items);
    }
    if (!t.isScalarValue()) {
      throw refused(file, p.currentTokenLocation(), key + ": expected plain text");
    }
    return scalar(p, t);
  }

  private static String scalar(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_TRUE) {
      return "Yes";
    }
    if (t == JsonToken.VALUE_FALSE) {
      return "No";
    }
    return plain(p.getText());
  }

  /**
   * Text on one line: control characters and line breaks become spaces, runs of spaces one; the
   * text is otherwise kept exactly (each format escapes it as its own).
   */
  static String plain(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
    }
    return b.toString();
  }

  /** A date written 2026-06-18 as a committee writes it ("18 June 2026"); other text as given. */
  private static String date(String s) {
    if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return s;
    }
    try {
      return Formats.date(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      return s;
    }
  }

  private static IllegalArgumentException refused(String file, JsonLocation at, String what) {
    return new IllegalArgumentException(file + ":" + at.getLineNr() + ": " + what);
  }
}
