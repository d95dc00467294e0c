package org.caseflow.ingest.postcode;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The postcodes of the ONS Postcode Directory (November 2025), bundled as {@code postcodes.bin.gz}
 * beside this class: for each postcode the council responsible for children's services where it
 * lies (the 3-digit DfE code, or {@code WAL}, {@code SCO}, {@code NIR} outside England, {@code NUK}
 * for the Channel Islands and the Isle of Man) and the OS grid reference of its centroid. Nothing
 * is fetched at run time.
 *
 * <p>The file holds live and terminated postcodes alike and does not say which is which, so a
 * terminated postcode is found like a live one.
 *
 * <p>Format (gzip): int magic {@code CFPC}, int version 1, int number of councils and their codes
 * (UTF, the first empty: none known), int number of postcodes, then four columns over the postcodes
 * in the order of their keys ({@link #key(String)}): the key as an unsigned varint difference from
 * the one before; the council as one byte (its index); the easting and the northing, each as an
 * unsigned varint of 0 (none) or 1 + the zigzag difference from the previous postcode's that had
 * one.
 */
public final class Postcodes {
  /** The resource, beside this class. */
  public static final String RESOURCE = "postcodes.bin.gz";

  static final int MAGIC = 0x43465043;
  static final int VERSION = 1;
  private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /** Where a postcode is: its council (null if none known) and centroid (null if none). */
  public record Place(String council, Integer easting, Integer northing) {
    /** Whether the directory gives the postcode a centroid. */
    public boolean hasCentroid() {
      return easting != null && northing != null;
    }
  }

  private static volatile Postcodes bundled;

  private final String[] councils;
  private final long[] keys;
  private final byte[] council;
  private final int[] easting;
  private final int[] northing;

  private Postcodes(String[] councils, long[] keys, byte[] council, int[] easting, int[] northing) {
    this.councils = councils;
    this.keys = keys;
    this.council = council;
    this.easting = easting;
    this.northing = northing;
  }

  /** The bundled directory, read on first use (about 2.7 million postcodes). */
  public static Postcodes bundled() {
    Postcodes p = bundled;
    if (p == null) {
      synchronized (Postcodes.class) {
        p = bundled;
        if (p == null) {
          try (InputStream in = Postcodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("the bundled postcode file is missing");
            }
            p = read(in);
          } catch (IOException e) {
            throw new UncheckedIOException("the bundled postcode file cannot be read", e);
          }
          bundled = p;
        }
      }
    }
    return p;
  }

  /** Reads a file in the format above. */
  public static Postcodes read(InputStream raw) throws IOException {
    DataInputStream in =
        new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
    if (in.readInt() != MAGIC || in.readInt() != VERSION) {
      throw new IOException("not a caseflow postcode file of version " + VERSION);
    }
    String[] councils = new String[in.readInt()];
    for (int i = 0; i < councils.length; i++) {
      councils[i] = in.readUTF();
    }
    int n = in.readInt();
    long[] keys = new long[n];
    long k = 0;
    for (int i = 0; i < n; i++) {
      k += varint(in);
      keys[i] = k;
    }
    byte[] council = new byte[n];
    in.readFully(council);
    int[] easting = coordinates(in, n);
    int[] northing = coordinates(in, n);
    return new Postcodes(councils, keys, council, easting, northing);
  }

  private static int[] coordinates(DataInputStream in, int n) throws IOException {
    int[] out = new int[n];
    int previous = 0;
    for (int i = 0; i < n; i++) {
      long v = varint(in);
      if (v == 0) {
        out[i] = -1;
      } else {
        long z = v - 1;
        previous += (int) ((z >>> 1) ^ -(z & 1));
        out[i] = previous;
      }
    }
    return out;
  }

  private static long varint(DataInputStream in) throws IOException {
    long v = 0;
    int shift = 0;
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("the postcode file ends early");
      }
      v |= (long) (b & 0x7f) << shift;
      if (b < 0x80) {
        return v;
      }
      shift += 7;
    }
  }

  /** How many postcodes the directory holds. */
  public int size() {
    return keys.length;
  }

  /**
   * The postcode in its standard form (upper case, one space before the last three characters), or
   * null if the value is not shaped as a postcode. Spaces anywhere are ignored: {@code ts170ab} and
   * {@code TS17 0AB} are the same.
   */
  public static String normalise(String postcode) {
    if (postcode == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(8);
    for (int i = 0; i < postcode.length(); i++) {
      char c = postcode.charAt(i);
      if (!Character.isWhitespace(c)) {
        b.append(Character.toUpperCase(c));
      }
    }
    String s = b.toString();
    if (!s.matches("[A-Z][A-Z0-9]{1,3}[0-9][A-Z]{2}")) {
      return null;
    }
    return s.substring(0, s.length() - 3) + " " + s.substring(s.length() - 3);
  }

  /**
   * The sort key of a postcode in standard form: the outward code right-aligned in four places and
   * the inward code, in base 37 (0 a blank, then digits and letters).
   */
  static long key(String normalised) {
    int space = normalised.indexOf(' ');
    String outward = normalised.substring(0, space);
    String s = " ".repeat(4 - outward.length()) + outward + normalised.substring(space + 1);
    long v = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      v = v * 37 + (c == ' ' ? 0 : DIGITS.indexOf(c) + 1);
    }
    return v;
  }

  /** Where the postcode is, written in any case with or without its space; null if unknown. */
  public Place find(String postcode) {
    String n = normalise(postcode);
    if (n == null) {
      return null;
    }
    int i = Arrays.binarySearch(keys, key(n));
    if (i < 0) {
      return null;
    }
    String c = councils[council[i] & 0xff];
    return new Place(
        c.isEmpty() ? null : c,
        easting[i] < 0 ? null : easting[i],
        northing[i] < 0 ? null : northing[i]);
  }

  /**
   * The straight-line distance in miles between two centroids (metres / 1609.344), to one decimal
   * place (half up), or null when either has no centroid.
   */
  public static Double miles(Place a, Place b) {
    if (a == null || b == null || !a.hasCentroid() || !b.hasCentroid()) {
      return null;
    }
    double dx = (double) a.easting() - b.easting();
    double dy = (double) a.northing() - b.northing();
    double m = Math.sqrt(dx * dx + dy * dy) / 1609.344;
    return BigDecimal.valueOf(m).setScale(1, RoundingMode.HALF_UP).doubleValue();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Postcodes[%d postcodes]", keys.length);
  }
}
