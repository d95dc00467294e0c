package org.caseflow.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DfE's published values per measure, council (or region, or England) and year, from the LAIT long
 * table. Suppressed and missing cells ({@code c}, {@code x}, {@code z}, {@code low}, {@code -}, …)
 * are kept as "not published" with their mark, never as zero.
 */
public final class Published {
  /** LAIT's code for England. */
  public static final String ENGLAND = "970";

  private static final Pattern FY = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern SLASH = Pattern.compile("(\\d{2,4})/(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?");
  private static volatile Published bundled;

  /**
   * One published cell.
   *
   * @param value the number, or null when not published
   * @param mark the suppression or missing mark when not published ({@code c}, {@code x}, …)
   * @param label the year as LAIT writes it
   */
  public record Cell(Double value, String mark, String label) {
    /** Whether a number was published. */
    public boolean isPublished() {
      return value != null;
    }
  }

  /**
   * A council, region or England as LAIT names it.
   *
   * @param code the DfE code (970 England, 980 to 990 regions)
   * @param name the name
   * @param region the region's name, for councils
   */
  public record Area(String code, String name, String region) {}

  private final Map<String, Map<String, TreeMap<Integer, Cell>>> cells;
  private final Map<String, Area> areas;

  private Published(
      Map<String, Map<String, TreeMap<Integer, Cell>>> cells, Map<String, Area> areas) {
    this.cells = cells;
    this.areas = areas;
  }

  /**
   * The LAIT table in use: a newer release loaded with {@code caseflow benchmarks load} when there
   * is one (see {@link Releases}), else the one bundled with caseflow. Read once.
   */
  public static Published bundled() {
    Published p = bundled;
    if (p == null) {
      synchronized (Published.class) {
        p = bundled;
        if (p == null) {
          // DuckDB reads Parquet from a file: copy whichever release is in use to a temporary one.
          try (InputStream in = Releases.open("lait_bds_long_0.parquet")) {
            Path tmp = Files.createTempFile("caseflow-lait", ".parquet");
            try {
              Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
              p = load(tmp);
            } finally {
              Files.deleteIfExists(tmp);
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          bundled = p;
        }
      }
    }
    return p;
  }

  /** Reads a LAIT long table in Parquet (a newer release of the bundled file). */
  public static Published load(Path parquet) {
    Map<String, Map<String, TreeMap<Integer, Cell>>> cells = new HashMap<>();
    Map<String, Area> areas = new HashMap<>();
    Properties props = new Properties();
    props.setProperty("autoinstall_known_extensions", "false");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:", props);
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT \"Short Desc\", \"Years\", CAST(CAST(\"LA Number\" AS INTEGER) AS VARCHAR),"
                    + " \"LA and Regions\", \"Region\", \"Values\" FROM read_parquet(?)"
                    + " WHERE \"LA Number\" IS NOT NULL")) {
      ps.setString(1, parquet.toString());
      // A few dozen distinct year labels over many rows: each label's year is worked out once.
      Map<String, Optional<Integer>> yearOf = new HashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String measure = rs.getString(1);
          String years = rs.getString(2);
          String code = rs.getString(3);
          Integer year =
              years == null
                  ? null
                  : yearOf
                      .computeIfAbsent(years, y -> Optional.ofNullable(yearEnd(y)))
                      .orElse(null);
          if (measure == null || year == null) {
            continue;
          }
          areas.putIfAbsent(code, new Area(code, rs.getString(4), rs.getString(5)));
          cells
              .computeIfAbsent(measure, k -> new HashMap<>())
              .computeIfAbsent(code, k -> new TreeMap<>())
              .putIfAbsent(year, cell(rs.getString(6), years));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the LAIT table " + parquet.getFileName(), e);
    }
    return new Published(cells, areas);
  }

  static Cell cell(String raw, String label) {
    String v = raw == null ? "" : raw.strip();
    try {
      if (NUMBER.matcher(v).matches()) {
        // LAIT stores numbers as text with float noise (18.899999999999999): round to 6 places.
        double d = Double.parseDouble(v);
        return new Cell(Math.round(d * 1e6) / 1e6, null, label);
      }
    } catch (NumberFormatException e) {
      // fall through: not a number
    }
    return new Cell(null, v.isEmpty() ? "x" : v.toLowerCase(Locale.ROOT), label);
  }

  /** The year a LAIT {@code Years} label ends in: 2025, 2024-25, 2024/25, 2021/22-23/24. */
  static Integer yearEnd(String label) {
    if (label == null) {
      return null;
    }
    Matcher m = FY.matcher(label);
    Integer found = null;
    while (m.find()) {
      found = Integer.parseInt(m.group(1)) + 1;
    }
    if (found != null) {
      return found;
    }
    m = SLASH.matcher(label);
    while (m.find()) {
      found = 2000 + Integer.parseInt(m.group(2));
    }
    if (found != null) {
      return found;
    }
    m = YEAR.matcher(label);
    return m.find() ? Integer.parseInt(m.group(1)) : null;
  }

  /** Whether LAIT has the measure at all. */
  public boolean hasMeasure(String measure) {
    return cells.containsKey(measure);
  }

  /** The published cell for a measure, area and year. */
  public Optional<Cell> cell(String measure, String area, int year) {
    return Optional.ofNullable(cells.getOrDefault(measure, Map.of()).get(area))
        .map(years -> years.get(year));
  }

  /** The years published for a measure and area, with their cells, oldest first. */
  public TreeMap<Integer, Cell> series(String measure, String area) {
    return cells.getOrDefault(measure, Map.of()).getOrDefault(area, new TreeMap<>());
  }

  /** The latest year with any value for the measure. */
  public Optional<Integer> latestYear(String measure) {
    return cells.getOrDefault(measure, Map.of()).values().stream()
        .flatMap(t -> t.entrySet().stream())
        .filter(e -> e.getValue().isPublished())
        .map(Map.Entry::getKey)
        .max(Integer::compare);
  }

  /** Every council's published value for the measure and year (regions and England left out). */
  public Map<String, Double> councilValues(String measure, int year) {
    Map<String, Double> out = new TreeMap<>();
    for (Map.Entry<String, TreeMap<Integer, Cell>> e :
        cells.getOrDefault(measure, Map.of()).entrySet()) {
      if (isCouncil(e.getKey())) {
        Cell c = e.getValue().get(year);
        if (c != null && c.isPublished()) {
          out.put(e.getKey(), c.value());
        }
      }
    }
    return out;
  }

  /** The area, if LAIT knows it. */
  public Optional<Area> area(String code) {
    return Optional.ofNullable(areas.get(code));
  }

  /** The code of a council's region, if LAIT knows it. */
  public Optional<String> regionOf(String council) {
    Area a = areas.get(council);
    if (a == null || a.region() == null) {
      return Optional.empty();
    }
    String wanted = a.region().strip().toLowerCase(Locale.ROOT);
    List<Area> regions = new ArrayList<>();
    for (Area r : areas.values()) {
      int code = Integer.parseInt(r.code());
      if (code >= 980 && code <= 990) {
        regions.add(r);
      }
    }
    return regions.stream()
        .filter(r -> r.name().strip().toLowerCase(Locale.ROOT).equals(wanted))
        .map(Area::code)
        .findFirst();
  }

  static boolean isCouncil(String code) {
    try {
      return Integer.parseInt(code) < 970;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
