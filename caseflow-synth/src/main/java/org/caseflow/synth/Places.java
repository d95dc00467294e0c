package org.caseflow.synth;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Full postcodes inside the council's area and in its nearest councils (places/postcodes.csv, from
 * the ONS Postcode Directory), and Ofsted-style URNs for the placements that need one.
 */
final class Places {
  /** Postcodes inside the council. */
  final List<String> home;

  /** Postcodes in the four nearest councils. */
  final List<String> away;

  private final String la;

  private Places(String la, List<String> home, List<String> away) {
    this.la = la;
    this.home = home;
    this.away = away;
  }

  static Places load(String la) {
    Map<String, List<String>> byLa = new LinkedHashMap<>();
    Map<String, List<String>> near = new LinkedHashMap<>();
    String text;
    try (InputStream in = Places.class.getResourceAsStream("places/postcodes.csv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource places/postcodes.csv");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (NamedCsvRecord r : CsvReader.builder().ofNamedCsvRecord(text)) {
      List<String> pcs = new ArrayList<>();
      for (String f : r.getFields().subList(3, r.getFieldCount())) {
        if (!f.isBlank()) {
          pcs.add(f);
        }
      }
      byLa.put(r.getField("old_la_code"), pcs);
      near.put(r.getField("old_la_code"), List.of(r.getField("nearest").split(" ")));
    }
    String key = la;
    if (!byLa.containsKey(key)) {
      // a council the directory no longer holds (reorganised away): the nearest code's places
      int want = parse(la);
      key = null;
      for (String k : byLa.keySet()) {
        if (key == null || Math.abs(parse(k) - want) < Math.abs(parse(key) - want)) {
          key = k;
        }
      }
    }
    List<String> away = new ArrayList<>();
    for (String n : near.get(key)) {
      away.addAll(byLa.getOrDefault(n, List.of()));
    }
    return new Places(la, List.copyOf(byLa.get(key)), List.copyOf(away));
  }

  private static int parse(String code) {
    try {
      return Integer.parseInt(code);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** A placement postcode differing from home, inside the area or in a neighbouring council. */
  String placement(Rng r, String homePost, boolean outside) {
    List<String> from = outside && !away.isEmpty() ? away : home;
    String p = r.pick(from);
    if (p.equals(homePost)) {
      p = from.get((from.indexOf(p) + 1) % from.size());
    }
    return p;
  }

  /** Another postcode inside the area, neither {@code not} nor {@code home}. */
  String otherInside(String not, String homePost) {
    int i = home.indexOf(not);
    for (int k = 1; k < home.size(); k++) {
      String p = home.get(Math.floorMod(i + k, home.size()));
      if (!p.equals(not) && !p.equals(homePost)) {
        return p;
      }
    }
    return not;
  }

  /**
   * The URN of the provider of a placement type, one of a few per type for the council: Ofsted's
   * social care URNs (SC and six digits) for fostering, adoption and homes; a school's six-digit
   * URN for S1; XXXXXXX where Ofsted registers no provider (P1, P3, R1, R2, R5, T0-T4, Z1).
   */
  String urn(String place, String provider, Rng r) {
    int n = Math.abs(la.hashCode() % 1000);
    String type = place.length() >= 2 ? place.substring(0, 2) : place;
    return switch (type.substring(0, 1)) {
      case "U" ->
          "PR1".equals(provider)
              ? String.format("SC%03d%03d", 400 + n % 500, 100)
              : String.format("SC%03d%03d", 400 + n % 500, 200 + r.nextInt(12));
      case "A" -> String.format("SC%03d%03d", 400 + n % 500, 300 + r.nextInt(4));
      case "K", "H" -> String.format("SC%03d%03d", 400 + n % 500, 400 + r.nextInt(40));
      case "S" -> String.format("%06d", 100000 + n * 100 + r.nextInt(20));
      case "R" ->
          place.equals("R3")
              ? String.format("SC%03d%03d", 400 + n % 500, 500 + r.nextInt(3))
              : "XXXXXXX";
      case "P" ->
          place.equals("P2")
              ? String.format("SC%03d%03d", 400 + n % 500, 600 + r.nextInt(8))
              : "XXXXXXX";
      default -> "XXXXXXX";
    };
  }
}
