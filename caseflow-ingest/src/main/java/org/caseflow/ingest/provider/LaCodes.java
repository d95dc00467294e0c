package org.caseflow.ingest.provider;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The DfE 3-digit code of a council from its name as Ofsted writes it ({@code Bristol, City of},
 * {@code City of Bristol}, {@code St. Helens} and {@code St Helens} are the same council).
 */
final class LaCodes {
  private static final Map<String, String> BY_NAME = load();

  private LaCodes() {}

  /** The council's code, or null when the name is not one of England's councils. */
  static String code(String name) {
    if (name == null) {
      return null;
    }
    String trimmed = name.strip();
    if (trimmed.matches("\\d{3}")) {
      return trimmed;
    }
    return BY_NAME.get(key(trimmed));
  }

  /** The name reduced to its words, without "city of", "county of", "council" and the like. */
  static String key(String name) {
    String s = name.toLowerCase(Locale.ROOT).replace("&", " and ");
    s = s.replaceAll("[^a-z0-9]+", " ").strip();
    s =
        s.replaceAll(
            "\\b(city of|county of|county|council|london borough of|royal borough of|borough of)\\b",
            " ");
    s = s.replaceAll("\\b(st)\\b", "saint");
    return s.replaceAll("\\s+", " ").strip();
  }

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = LaCodes.class.getResourceAsStream("la-codes.tsv")) {
      if (in == null) {
        throw new IllegalStateException("la-codes.tsv is missing from the build");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        out.put(key(parts[1]), parts[0]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
