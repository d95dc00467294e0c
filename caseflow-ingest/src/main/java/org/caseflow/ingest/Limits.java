package org.caseflow.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    long total = 0;
    long stored = 0;
    int parts = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (++parts > MAX_WORKBOOK_PARTS) {
          throw refused(
              name,
              "the workbook holds more than " + n(MAX_WORKBOOK_PARTS) + " parts",
              "at most " + n(MAX_WORKBOOK_PARTS) + " parts");
        }
        long compressed = Math.max(entry.getCompressedSize(), 0);
        stored += compressed;
        if (stored > size) {
          // Parts that share their stored bytes: a known zip-bomb construction.
          throw refused(name, "the workbook's parts overlap", "a workbook saved by a spreadsheet");
        }
        long inflated = 0;
        int run = 0;
        boolean xml = entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels");
        try (InputStream in = zip.getInputStream(entry)) {
          for (int r = in.read(buffer); r > 0; r = in.read(buffer)) {
            inflated += r;
            total += r;
            if (inflated > MAX_PART_BYTES) {
              throw refused(
                  name,
                  "the part " + entry.getName() + " inflates to more than " + n(MAX_PART_BYTES),
                  "a part of at most " + n(MAX_PART_BYTES) + " bytes");
            }
            if (total > MAX_INFLATED_BYTES) {
              throw refused(
                  name,
                  "the workbook inflates to more than " + n(MAX_INFLATED_BYTES) + " bytes",
                  "at most " + n(MAX_INFLATED_BYTES) + " bytes inflated");
            }
            if (inflated > RATIO_GRACE_BYTES && inflated > compressed * MAX_INFLATE_RATIO) {
              throw refused(
                  name,
                  "the part "
                      + entry.getName()
                      + " inflates more than "
                      + MAX_INFLATE_RATIO
                      + " times (a zip bomb?)",
                  "parts that inflate at most " + MAX_INFLATE_RATIO + " times");
            }
            for (int k = 0; xml && k < r; k++) {
              byte b = buffer[k];
              run = b == '<' || b == '>' ? 0 : run + 1;
              if (run > MAX_XML_RUN_BYTES) {
                throw refused(
                    name,
                    "the part "
                        + entry.getName()
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
