package org.caseflow.ingest.postcode;

import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds {@code postcodes.bin.gz} from the shared ONS Postcode Directory extract ({@code pcd, laua,
 * oseast1m, osnrth1m}) and {@code districts.csv} (district to council). Run by {@link
 * BundledPostcodesTest} with {@code -Dcaseflow.regenerate=true}.
 */
final class PostcodeFileBuilder {
  private PostcodeFileBuilder() {}

  private record Row(long key, String council, int easting, int northing) {}

  /** The council of each English district, from {@code districts.csv} (ltla to la). */
  static Map<String, String> districts(InputStream csv) throws IOException {
    Map<String, String> out = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
    r.readLine();
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      String[] f = line.split(",", -1);
      out.put(f[0], f[3]);
    }
    return out;
  }

  /** The council code for a district code of the directory; empty if it has none. */
  static String council(String laua, Map<String, String> districts) {
    if (laua.isEmpty() || laua.equals("nan")) {
      return "";
    }
    return switch (laua.charAt(0)) {
      case 'E' -> {
        String c = districts.get(laua);
        if (c == null) {
          throw new IllegalArgumentException("no council for district " + laua);
        }
        yield c;
      }
      case 'W' -> "WAL";
      case 'S' -> "SCO";
      case 'N' -> "NIR";
      case 'L', 'M' -> "NUK";
      default -> throw new IllegalArgumentException("unexpected district " + laua);
    };
  }

  /** Writes the compact file; returns the number of postcodes. */
  static int build(Path onspd, Map<String, String> districts, OutputStream out) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(onspd), 1 << 16),
                StandardCharsets.UTF_8))) {
      String header = r.readLine();
      if (!header.equals("pcd,laua,oseast1m,osnrth1m")) {
        throw new IOException("unexpected columns: " + header);
      }
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",", -1);
        String n = Postcodes.normalise(f[0]);
        if (n == null) {
          throw new IOException("not a postcode: " + f[0]);
        }
        // Northern Ireland's centroids are on the Irish Grid, not comparable with Great Britain's:
        // left out, so no distance is worked out to or from them.
        boolean irish = f[1].startsWith("N");
        rows.add(
            new Row(
                Postcodes.key(n),
                council(f[1], districts),
                f[2].isEmpty() || irish ? -1 : Integer.parseInt(f[2]),
                f[3].isEmpty() || irish ? -1 : Integer.parseInt(f[3])));
      }
    }
    rows.sort((a, b) -> Long.compare(a.key(), b.key()));
    Map<String, Integer> index = new LinkedHashMap<>();
    index.put("", 0);
    rows.stream().map(Row::council).sorted().forEach(c -> index.putIfAbsent(c, index.size()));
    if (index.size() > 256) {
      throw new IOException("more than 256 councils");
    }
    GZIPOutputStream gz =
        new GZIPOutputStream(out, 1 << 16) {
          {
            def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
          }
        };
    DataOutputStream d = new DataOutputStream(new java.io.BufferedOutputStream(gz, 1 << 16));
    d.writeInt(Postcodes.MAGIC);
    d.writeInt(Postcodes.VERSION);
    d.writeInt(index.size());
    for (String c : index.keySet()) {
      d.writeUTF(c);
    }
    d.writeInt(rows.size());
    long previous = 0;
    for (Row row : rows) {
      if (row.key() == previous && previous != 0) {
        throw new IOException("a postcode twice");
      }
      varint(d, row.key() - previous);
      previous = row.key();
    }
    for (Row row : rows) {
      d.writeByte(index.get(row.council()));
    }
    coordinates(d, rows, true);
    coordinates(d, rows, false);
    d.flush();
    gz.finish();
    return rows.size();
  }

  private static void coordinates(DataOutputStream d, List<Row> rows, boolean east)
      throws IOException {
    int previous = 0;
    for (Row row : rows) {
      int v = east ? row.easting() : row.northing();
      if (row.easting() < 0 || row.northing() < 0) {
        varint(d, 0);
      } else {
        long delta = (long) v - previous;
        varint(d, ((delta << 1) ^ (delta >> 63)) + 1);
        previous = v;
      }
    }
  }

  private static void varint(DataOutputStream d, long v) throws IOException {
    while ((v & ~0x7fL) != 0) {
      d.writeByte((int) ((v & 0x7f) | 0x80));
      v >>>= 7;
    }
    d.writeByte((int) v);
  }
}
