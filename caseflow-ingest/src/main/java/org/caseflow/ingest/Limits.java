package org.caseflow.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The bounds on what a file may hold, so a small hostile file cannot run an import out of memory or
 * time. Each is far above what the largest council's return holds (Kent's Annex A is the yardstick;
 * see {@code docs/limits.md}), and each refusal names the file, where, the limit and its size.
 */
public final class Limits {
  /** The longest value of one field or cell, in characters: Excel's own limit for a cell. */
  public static final int MAX_FIELD_CHARS = 32_767;

  /**
   * The longest field a CSV reader buffers before refusing (FastCSV's buffer), in characters; a
   * field between {@link #MAX_FIELD_CHARS} and this is refused with its exact length.
   */
  public static final int MAX_CSV_BUFFER_CHARS = 16 * 1024 * 1024;

  /** The most rows one sheet of a workbook may hold: Excel's own limit for a sheet. */
  public static final int MAX_SHEET_ROWS = 1_048_576;

  /** The largest workbook file, in bytes, before it is opened. */
  public static final long MAX_WORKBOOK_BYTES = 200L * 1024 * 1024;

  /** The most parts (zip entries) a workbook may hold. */
  public static final int MAX_WORKBOOK_PARTS = 10_000;

  /** The most a workbook's parts may inflate to, together, in bytes. */
  public static final long MAX_INFLATED_BYTES = 1024L * 1024 * 1024;

  /** The most one part (a sheet, the shared strings) may inflate to, in bytes. */
  public static final long MAX_PART_BYTES = 512L * 1024 * 1024;

  /**
   * The most a part may inflate per byte stored (as POI's minimum inflate ratio of 0.01), checked
   * once the part has inflated past {@link #RATIO_GRACE_BYTES}.
   */
  public static final int MAX_INFLATE_RATIO = 100;

  /** A part may inflate this far before its ratio is checked, in bytes. */
  public static final long RATIO_GRACE_BYTES = 16L * 1024 * 1024;

  /**
   * The longest stretch of a workbook part's XML without a markup character ({@code <} or {@code
   * >}), in bytes: one text, attribute value or run of white space. No cell reaches it ({@link
   * #MAX_FIELD_CHARS} characters of up to 4 bytes each, or 10 as a character reference), so a part
   * with a longer one is refused before any reader builds it as a string.
   */
  public static final int MAX_XML_RUN_BYTES = 1024 * 1024;

  /** The longest text of one XML element or attribute in a return, in characters. */
  public static final int MAX_XML_TEXT_CHARS = MAX_FIELD_CHARS;

  private Limits() {}

  /**
   * The refusal of a value longer than {@link #MAX_FIELD_CHARS}: names the file, the row or line,
   * the field and the length (never the value).
   */
  public static InputException tooLong(String file, String location, String field, long length) {
    return new InputException(
        file,
        location,
        field,
        "the value is " + n(length) + " characters long",
        "at most " + n(MAX_FIELD_CHARS) + " characters (Excel's limit for a cell)");
  }

  /**
   * Checks every field of a CSV record, read or not, against {@link #MAX_FIELD_CHARS}.
   *
   * @param name the field's name as a message may give it, by its position
   */
  public static void checkRecord(
      String file, long line, List<String> fields, IntFunction<String> name) throws InputException {
    for (int c = 0; c < fields.size(); c++) {
      int length = fields.get(c).length();
      if (length > MAX_FIELD_CHARS) {
        throw tooLong(file, "line " + line, name.apply(c), length);
      }
    }
  }

  /**
   * The refusal of a CSV file the parser stopped reading because a field or line passed its buffer
   * ({@link #MAX_CSV_BUFFER_CHARS}); null when the parser stopped for another reason. FastCSV's
   * message names the line and the limit, never a value.
   */
  public static InputException csvBeyondBuffer(String file, CsvParseException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    if (!m.contains("max field size")
        && !m.contains("max record size")
        && !m.contains("maximum buffer size")) {
      return null;
    }
    Matcher line = Pattern.compile("starting at line (\\d+)").matcher(m);
    return new InputException(
        file,
        line.find() ? "line " + line.group(1) : "the file",
        "-",
        "a field is longer than " + n(MAX_CSV_BUFFER_CHARS) + " characters",
        "at most " + n(MAX_FIELD_CHARS) + " characters in a field (Excel's limit for a cell)",
        e);
  }

  /** The refusal of a sheet with more rows than {@link #MAX_SHEET_ROWS}. */
  public static InputException tooManyRows(String file, String sheet) {
    return new InputException(
        file,
        "sheet '" + sheet + "'",
        "-",
        "the sheet holds more than " + n(MAX_SHEET_ROWS) + " rows",
        "at most " + n(MAX_SHEET_ROWS) + " rows (Excel's limit for a sheet)");
  }

  /**
   * Checks a workbook (an xlsx zip) against the limits before any reader opens it: its size, its
   * number of parts, what each part and all of them inflate to and at what ratio, and the longest
   * text in its XML. Every part is inflated once and nothing is kept, so this costs time in
   * proportion to what a real workbook holds and stops at the first limit a hostile one passes.
   *
   * @throws InputException naming the limit passed, or when the file is not a readable zip
   */
  public static void checkWorkbook(Path file) throws InputException, IOException {
    String name = file.getFileName().toString();
    long size = Files.size(file);
    if (size > MAX_WORKBOOK_BYTES) {
      throw refused(
          name, "the file is " + n(size) + " bytes", "at most " + n(MAX_WORKBOOK_BYTES) + " bytes");
    }
    // The JDK's reader checks the zip's structure; the parts are then inflated from the bytes the
    // central directory points at (as fastexcel-reader's own zip reader finds them), counting the
    // stored bytes consumed, so a bomb is stopped by its ratio within its first megabytes.
    try (ZipFile zip = new ZipFile(file.toFile());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      List<Directory.Part> parts = Directory.read(channel, size);
      if (parts == null) {
        inflateEach(name, zip, size); // a ZIP64 or unusual workbook: the JDK inflates it
      } else {
        inflateEach(name, channel, parts, size);
      }
    } catch (ZipException e) {
      if (isOle2(file)) {
        return; // an old-style .xls or an encrypted workbook: the reader says which
      }
      throw new InputException(
          name,
          "the file",
          "-",
          "the file is not a readable Excel workbook (it may be damaged, truncated or another"
              + " kind of file)",
          "an Excel workbook saved as .xlsx",
          e);
    }
  }

  /** Counts one workbook's inflated bytes against the limits. */
  private static final class Count {
    private final String file;
    private long total;
    private long inflated;
    private int run;
    private String part;
    private boolean xml;

    Count(String file) {
      this.file = file;
    }

    void part(String name, long storedSoFar, long size) throws InputException {
      if (storedSoFar > size) {
        // Parts that share their stored bytes: a known zip-bomb construction.
        throw refused(file, "the workbook's parts overlap", "a workbook saved by a spreadsheet");
      }
      part = name;
      inflated = 0;
      run = 0;
      xml = name.endsWith(".xml") || name.endsWith(".rels");
    }

    /** Counts n inflated bytes, when `consumed` stored bytes of the part have been read. */
    void add(byte[] buffer, int n, long consumed) throws InputException {
      inflated += n;
      total += n;
      if (inflated > MAX_PART_BYTES) {
        throw refused(
            file,
            "the part " + part + " inflates to more than " + n(MAX_PART_BYTES) + " bytes",
            "a part of at most " + n(MAX_PART_BYTES) + " bytes");
      }
      if (total > MAX_INFLATED_BYTES) {
        throw refused(
            file,
            "the workbook inflates to more than " + n(MAX_INFLATED_BYTES) + " bytes",
            "at most " + n(MAX_INFLATED_BYTES) + " bytes inflated");
      }
      if (inflated > RATIO_GRACE_BYTES && inflated > Math.max(consumed, 1) * MAX_INFLATE_RATIO) {
        throw refused(
            file,
            "the part "
                + part
                + " inflates more than "
                + MAX_INFLATE_RATIO
                + " times (a zip bomb?)",
            "parts that inflate at most " + MAX_INFLATE_RATIO + " times");
      }
      for (int k = 0; xml && k < n; k++) {
        byte b = buffer[k];
        run = b == '<' || b == '>' ? 0 : run + 1;
        if (run > MAX_XML_RUN_BYTES) {
          throw refused(
              file,
              "the part "
                  + part
                  + " holds a text or a run of white space of more than "
                  + n(MAX_XML_RUN_BYTES)
                  + " bytes",
              "no value longer than "
                  + n(MAX_FIELD_CHARS)
                  + " characters (Excel's limit for a cell)");
        }
      }
    }
  }

  private static void countParts(String name, int parts) throws InputException {
    if (parts > MAX_WORKBOOK_PARTS) {
      throw refused(
          name,
          "the workbook holds more than " + n(MAX_WORKBOOK_PARTS) + " parts",
          "at most " + n(MAX_WORKBOOK_PARTS) + " parts");
    }
  }

  /** Inflates each part from its stored bytes, with the ratio of the bytes consumed so far. */
  private static void inflateEach(
      String name, FileChannel channel, List<Directory.Part> parts, long size)
      throws InputException, IOException {
    countParts(name, parts.size());
    Count count = new Count(name);
    byte[] out = new byte[64 * 1024];
    ByteBuffer in = ByteBuffer.allocate(64 * 1024);
    long storedSoFar = 0;
    for (Directory.Part p : parts) {
      storedSoFar += p.stored();
      count.part(p.name(), storedSoFar, size);
      long at = Directory.dataStart(channel, p);
      long left = p.stored();
      if (p.method() == Directory.STORED) {
        while (left > 0) {
          in.clear().limit((int) Math.min(in.capacity(), left));
          int r = channel.read(in, at);
          if (r <= 0) {
            throw Directory.damaged(name);
          }
          at += r;
          left -= r;
          in.flip();
          in.get(out, 0, r);
          count.add(out, r, p.stored() - left);
        }
        continue;
      }
      Inflater inflater = new Inflater(true);
      boolean padded = false;
      try {
        while (!inflater.finished()) {
          if (inflater.needsInput()) {
            if (left <= 0) {
              // A raw deflate stream may want one byte past its end, as the JDK's reader gives it.
              if (padded) {
                throw Directory.damaged(name);
              }
              padded = true;
              inflater.setInput(new byte[1]);
              count.add(out, inflater.inflate(out), inflater.getBytesRead());
              continue;
            }
            in.clear().limit((int) Math.min(in.capacity(), left));
            int r = channel.read(in, at);
            if (r <= 0) {
              throw Directory.damaged(name);
            }
            at += r;
            left -= r;
            in.flip();
            inflater.setInput(in);
          }
          int n = inflater.inflate(out);
          if (n == 0 && inflater.needsDictionary()) {
            throw Directory.damaged(name);
          }
          count.add(out, n, inflater.getBytesRead());
        }
      } catch (DataFormatException e) {
        throw Directory.damaged(name);
      } finally {
        inflater.end();
      }
    }
  }

  /** Inflates each part through the JDK's reader (the ratio against the part's stored size). */
  private static void inflateEach(String name, ZipFile zip, long size)
      throws InputException, IOException {
    Count count = new Count(name);
    byte[] buffer = new byte[64 * 1024];
    long storedSoFar = 0;
    int parts = 0;
    for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
      countParts(name, ++parts);
      long stored = Math.max(entry.getCompressedSize(), 0);
      storedSoFar += stored;
      count.part(entry.getName(), storedSoFar, size);
      try (InputStream in = zip.getInputStream(entry)) {
        for (int r = in.read(buffer); r > 0; r = in.read(buffer)) {
          count.add(buffer, r, stored);
        }
      }
    }
  }

  /** The parts a zip's central directory lists, read as fastexcel-reader's zip reader reads it. */
  private static final class Directory {
    static final int STORED = 0;
    static final int DEFLATED = 8;

    record Part(String name, int method, long stored, long header) {}

    private Directory() {}

    /** The parts, or null for a zip this does not read (ZIP64, other methods): the JDK reads it. */
    static List<Part> read(FileChannel channel, long size) throws IOException {
      int tail = (int) Math.min(size, 22 + 65_535);
      ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
      readFully(channel, end, size - tail);
      int eocd = -1;
      for (int i = tail - 22; i >= 0; i--) {
        if (end.getInt(i) == 0x06054b50) {
          eocd = i;
          break;
        }
      }
      if (eocd < 0) {
        return null;
      }
      int entries = Short.toUnsignedInt(end.getShort(eocd + 10));
      long cdSize = Integer.toUnsignedLong(end.getInt(eocd + 12));
      long cdOffset = Integer.toUnsignedLong(end.getInt(eocd + 16));
      if (entries == 0xFFFF || cdOffset == 0xFFFFFFFFL || cdOffset + cdSize > size) {
        return null;
      }
      ByteBuffer cd = ByteBuffer.allocate((int) cdSize).order(ByteOrder.LITTLE_ENDIAN);
      readFully(channel, cd, cdOffset);
      List<Part> parts = new ArrayList<>();
      int at = 0;
      for (int k = 0; k < entries; k++) {
        if (at + 46 > cdSize || cd.getInt(at) != 0x02014b50) {
          return null;
        }
        int method = Short.toUnsignedInt(cd.getShort(at + 10));
        long stored = Integer.toUnsignedLong(cd.getInt(at + 20));
        int nameLength = Short.toUnsignedInt(cd.getShort(at + 28));
        int extra = Short.toUnsignedInt(cd.getShort(at + 30));
        int comment = Short.toUnsignedInt(cd.getShort(at + 32));
        long header = Integer.toUnsignedLong(cd.getInt(at + 42));
        if (at + 46 + nameLength > cdSize
            || stored == 0xFFFFFFFFL
            || header == 0xFFFFFFFFL
            || (method != STORED && method != DEFLATED)) {
          return null;
        }
        byte[] nameBytes = new byte[nameLength];
        cd.get(at + 46, nameBytes);
        parts.add(new Part(new String(nameBytes, StandardCharsets.UTF_8), method, stored, header));
        at += 46 + nameLength + extra + comment;
      }
      return parts;
    }

    /** Where a part's stored bytes begin, after its local header. */
    static long dataStart(FileChannel channel, Part p) throws IOException {
      ByteBuffer local = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
      readFully(channel, local, p.header());
      if (local.getInt(0) != 0x04034b50) {
        throw new ZipException("no local header");
      }
      return p.header()
          + 30
          + Short.toUnsignedInt(local.getShort(26))
          + Short.toUnsignedInt(local.getShort(28));
    }

    static InputException damaged(String name) {
      return new InputException(
          name,
          "the file",
          "-",
          "the file is not a readable Excel workbook (it may be damaged, truncated or another"
              + " kind of file)",
          "an Excel workbook saved as .xlsx");
    }

    private static void readFully(FileChannel channel, ByteBuffer into, long at)
        throws IOException {
      while (into.hasRemaining()) {
        if (channel.read(into, at + into.position()) < 0) {
          throw new ZipException("truncated");
        }
      }
      into.flip();
    }
  }

  private static boolean isOle2(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(8);
    }
    byte[] ole2 = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    return java.util.Arrays.equals(head, ole2);
  }

  private static InputException refused(String name, String problem, String expected) {
    return new InputException(name, "the file", "-", problem, expected + " (" + LIMITS + ")");
  }

  private static final String LIMITS = "see docs/limits.md";

  /** A count with thousands separators, as the messages give them. */
  static String n(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
