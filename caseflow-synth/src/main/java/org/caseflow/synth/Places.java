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
 * Full postcodes inside the council's area and in every other council (places/postcodes.csv, from
 * the ONS Postcode Directory), with their grid references (places/grid.csv), so that a placement
 * can be put inside or outside the council and under or over 20 miles from home as the DfE measures
 * it: the straight line between the postcodes' centroids, in miles to one decimal place.
 */
final class Places {
  /** Where a placement is: inside or outside the council, under or over 20 miles from home. */
  enum Bin {
    IN_NEAR,
    IN_FAR,
    OUT_NEAR,
    OUT_FAR;

    boolean outside() {
      return this == OUT_NEAR || this == OUT_FAR;
    }

    boolean far() {
      return this == IN_FAR || this == OUT_FAR;
    }

    static Bin of(boolean outside, boolean far) {
      return outside ? (far ? OUT_FAR : OUT_NEAR) : (far ? IN_FAR : IN_NEAR);
    }
  }

  /** Placements more than 20 miles away are at most this far (miles). */
  static final double FARTHEST = 70;

  /** Postcodes of the other councils, and the council of each. */
  private final Map<String, String> elsewhere;

  private final Map<String, int[]> grid;
  private final Map<String, List<String>> byBin = new java.util.HashMap<>();

  /** Postcodes inside the council. */
  final List<String> home;

  /** Postcodes in the four nearest councils. */
  final List<String> away;

  /** The council (3-digit code) of each postcode in {@link #away}. */
  private final Map<String, String> awayLa;

  /** The code the council's places are listed under (itself, or its nearest listed code). */
  final String listedAs;

  private Places(
      String listedAs,
      List<String> home,
      List<String> away,
      Map<String, String> awayLa,
      Map<String, String> elsewhere,
      Map<String, int[]> grid) {
    this.listedAs = listedAs;
    this.home = home;
    this.away = away;
    this.awayLa = awayLa;
    this.elsewhere = elsewhere;
    this.grid = grid;
  }

  /** The council of a postcode outside the council, or null for one inside it. */
  String councilOf(String postcode) {
    String c = awayLa.get(postcode);
    return c != null ? c : elsewhere.get(postcode);
  }

  /** The straight-line distance in miles between two postcodes, to one decimal place. */
  double miles(String a, String b) {
    int[] p = grid.get(a);
    int[] q = grid.get(b);
    if (p == null || q == null) {
      return 0;
    }
    double dx = (double) p[0] - q[0];
    double dy = (double) p[1] - q[1];
    double m = Math.sqrt(dx * dx + dy * dy) / 1609.344;
    return java.math.BigDecimal.valueOf(m)
        .setScale(1, java.math.RoundingMode.HALF_UP)
        .doubleValue();
  }

  /** Where a placement at {@code postcode} is for a child whose home is {@code homePost}. */
  Bin bin(String homePost, String postcode) {
    return Bin.of(councilOf(postcode) != null, miles(homePost, postcode) > 20);
  }

  /**
   * The postcodes in a bin for a child at home at {@code homePost}, other than home: inside or
   * outside the council, at most 20 miles away or more (but not past {@link #FARTHEST}); empty when
   * the bin has none (a small council has nowhere inside it more than 20 miles from home).
   */
  List<String> in(String homePost, Bin bin) {
    return byBin.computeIfAbsent(
        homePost + " " + bin,
        k -> {
          List<String> out = new ArrayList<>();
          for (String p : bin.outside() ? elsewhere.keySet() : home) {
            double d = miles(homePost, p);
            if (!p.equals(homePost) && (bin.far() ? d > 20 && d <= FARTHEST : d <= 20)) {
              out.add(p);
            }
          }
          java.util.Collections.sort(out);
          return List.copyOf(out);
        });
  }

  /**
   * A placement postcode in the bin, or in the nearest bin that has one: inside over 20 miles falls
   * back to inside under 20; outside under 20 to outside over.
   */
  String placement(Rng r, String homePost, Bin bin) {
    for (Bin b : fallbacks(bin)) {
      List<String> from = in(homePost, b);
      if (!from.isEmpty()) {
        return r.pick(from);
      }
    }
    return placement(r, homePost, bin.outside());
  }

  private static List<Bin> fallbacks(Bin bin) {
    return switch (bin) {
      case IN_NEAR -> List.of(Bin.IN_NEAR, Bin.IN_FAR);
      case IN_FAR -> List.of(Bin.IN_FAR, Bin.IN_NEAR);
      case OUT_NEAR -> List.of(Bin.OUT_NEAR, Bin.OUT_FAR);
      case OUT_FAR -> List.of(Bin.OUT_FAR, Bin.OUT_NEAR);
    };
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
    Map<String, String> awayLa = new LinkedHashMap<>();
    for (String n : near.get(key)) {
      for (String p : byLa.getOrDefault(n, List.of())) {
        away.add(p);
        awayLa.put(p, n);
      }
    }
    Map<String, String> elsewhere = new java.util.TreeMap<>();
    for (Map.Entry<String, List<String>> e : byLa.entrySet()) {
      if (!e.getKey().equals(key)) {
        for (String p : e.getValue()) {
          elsewhere.put(p, e.getKey());
        }
      }
    }
    return new Places(
        key,
        List.copyOf(byLa.get(key)),
        List.copyOf(away),
        Map.copyOf(awayLa),
        java.util.Collections.unmodifiableMap(elsewhere),
        grid());
  }

  private static Map<String, int[]> grid() {
    Map<String, int[]> out = new java.util.HashMap<>();
    try (InputStream in = Places.class.getResourceAsStream("places/grid.csv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource places/grid.csv");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (NamedCsvRecord r : CsvReader.builder().ofNamedCsvRecord(text)) {
        out.put(
            r.getField("postcode"),
            new int[] {
              Integer.parseInt(r.getField("east")), Integer.parseInt(r.getField("north"))
            });
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
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
}
