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

  private final Map<String, Rows> cells;
  private final Map<String, Area> areas;

  private Published(Map<String, Rows> cells, Map<String, Area> areas) {
    this.cells = cells;
    this.areas = areas;
  }

  /**
   * One measure's rows as read, in the file's order, turned into cells per area and year the first
   * time the measure is asked for (a report reads a few dozen of LAIT's 400-odd measures).
   */
  private static final class Rows {
    private int size;
    private String[] code = new String[64];
    private int[] year = new int[64];
    private String[] label = new String[64];
    private double[] value = new double[64];
    private String[] raw = new String[64];
    private Map<String, TreeMap<Integer, Cell>> built;

    void add(String c, int y, String l, double v, String r) {
      if (size == code.length) {
        int n = size * 2;
        code = java.util.Arrays.copyOf(code, n);
        year = java.util.Arrays.copyOf(year, n);
        label = java.util.Arrays.copyOf(label, n);
        value = java.util.Arrays.copyOf(value, n);
        raw = java.util.Arrays.copyOf(raw, n);
      }
      code[size] = c;
      year[size] = y;
      label[size] = l;
      value[size] = v;
      raw[size] = r;
      size++;
    }

    synchronized Map<String, TreeMap<Integer, Cell>> byArea() {
      if (built == null) {
        Map<String, TreeMap<Integer, Cell>> m = new HashMap<>();
        for (int k = 0; k < size; k++) {
          // The first row for an area and year wins, as the file lists them.
          TreeMap<Integer, Cell> years = m.computeIfAbsent(code[k], x -> new TreeMap<>());
          if (!years.containsKey(year[k])) {
            years.put(
                year[k],
                raw[k] == null
                    // LAIT stores numbers as text with float noise (18.899999999999999): round to
                    // 6 places.
                    ? new Cell(Math.round(value[k] * 1e6) / 1e6, null, label[k])
                    : cell(raw[k], label[k]));
          }
        }
        built = m;
        code = null;
        label = null;
        value = null;
        raw = null;
        year = null;
      }
      return built;
    }
  }

  private Map<String, TreeMap<Integer, Cell>> byArea(String measure) {
    Rows r = cells.get(measure);
    return r == null ? Map.of() : r.byArea();
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

  /**
   * Reads a LAIT long table in Parquet (a newer release of the bundled file). DuckDB numbers the
   * measures and year labels and parses the values that are plain numbers, so a row costs Java
   * three integers and a double; text is read only for the few dozen labels, the areas and the
   * cells that are not numbers.
   */
  public static Published load(Path parquet) {
    Map<String, Rows> cells = new HashMap<>();
    Map<String, Area> areas = new HashMap<>();
    Properties props = new Properties();
    props.setProperty("autoinstall_known_extensions", "false");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:", props)) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "CREATE TEMP TABLE lait AS SELECT \"Short Desc\" AS measure, \"Years\" AS years,"
                  + " CAST(\"LA Number\" AS INTEGER) AS code, \"LA and Regions\" AS name,"
                  + " \"Region\" AS region, \"Values\" AS raw, file_row_number AS rn"
                  + " FROM read_parquet(?, file_row_number = true)"
                  + " WHERE \"LA Number\" IS NOT NULL AND \"Short Desc\" IS NOT NULL"
                  + " AND \"Years\" IS NOT NULL")) {
        ps.setString(1, parquet.toString());
        ps.execute();
      }
      List<String> measures = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      try (var st = c.createStatement()) {
        st.execute(
            "CREATE TEMP TABLE m AS SELECT measure, CAST(row_number() OVER (ORDER BY measure) - 1"
                + " AS INTEGER) AS id FROM (SELECT DISTINCT measure FROM lait)");
        st.execute(
            "CREATE TEMP TABLE y AS SELECT years, CAST(row_number() OVER (ORDER BY years) - 1"
                + " AS INTEGER) AS id FROM (SELECT DISTINCT years FROM lait)");
        try (ResultSet rs = st.executeQuery("SELECT measure FROM m ORDER BY id")) {
          while (rs.next()) {
            measures.add(rs.getString(1));
          }
        }
        try (ResultSet rs = st.executeQuery("SELECT years FROM y ORDER BY id")) {
          while (rs.next()) {
            labels.add(rs.getString(1));
          }
        }
        // A few dozen distinct year labels over many rows: each label's year is worked out once.
        Integer[] yearOf = new Integer[labels.size()];
        for (int k = 0; k < yearOf.length; k++) {
          yearOf[k] = yearEnd(labels.get(k));
        }
        // Each area's name and region from its first row.
        Map<Integer, Area> named = new HashMap<>();
        try (ResultSet rs =
            st.executeQuery(
                "SELECT code, arg_min(name, rn), arg_min(region, rn) FROM lait GROUP BY code")) {
          while (rs.next()) {
            String code = Integer.toString(rs.getInt(1));
            named.put(rs.getInt(1), new Area(code, rs.getString(2), rs.getString(3)));
          }
        }
        Rows[] rowsOf = new Rows[measures.size()];
        Map<Integer, String> codes = new HashMap<>();
        try (ResultSet rs =
            st.executeQuery(
                "SELECT m.id, y.id, l.code, CASE WHEN regexp_full_match(l.raw,"
                    + " '[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?') THEN CAST(l.raw AS DOUBLE)"
                    + " END AS v, l.raw FROM lait l JOIN m USING (measure) JOIN y USING (years)"
                    + " ORDER BY l.rn")) {
          while (rs.next()) {
            int y = rs.getInt(2);
            Integer year = yearOf[y];
            if (year == null) {
              continue;
            }
            int m = rs.getInt(1);
            int codeNumber = rs.getInt(3);
            String code = codes.get(codeNumber);
            if (code == null) {
              code = Integer.toString(codeNumber);
              codes.put(codeNumber, code);
            }
            if (!areas.containsKey(code)) {
              areas.put(code, named.get(codeNumber));
            }
            double v = rs.getDouble(4);
            // A value that is not a plain number keeps its text (an empty one for none: "x").
            String raw =
                rs.wasNull() ? java.util.Objects.requireNonNullElse(rs.getString(5), "") : null;
            Rows r = rowsOf[m];
            if (r == null) {
              r = new Rows();
              rowsOf[m] = r;
              cells.put(measures.get(m), r);
            }
            r.add(code, year, labels.get(y), v, raw);
          }
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
    return Optional.ofNullable(byArea(measure).get(area)).map(years -> years.get(year));
  }

  /** The years published for a measure and area, with their cells, oldest first. */
  public TreeMap<Integer, Cell> series(String measure, String area) {
    return byArea(measure).getOrDefault(area, new TreeMap<>());
  }

  /** The latest year with any value for the measure. */
  public Optional<Integer> latestYear(String measure) {
    return byArea(measure).values().stream()
        .flatMap(t -> t.entrySet().stream())
        .filter(e -> e.getValue().isPublished())
        .map(Map.Entry::getKey)
        .max(Integer::compare);
  }

  /** Every council's published value for the measure and year (regions and England left out). */
  public Map<String, Double> councilValues(String measure, int year) {
    Map<String, Double> out = new TreeMap<>();
    for (Map.Entry<String, TreeMap<Integer, Cell>> e : byArea(measure).entrySet()) {
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
