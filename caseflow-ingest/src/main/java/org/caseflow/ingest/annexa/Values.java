package org.caseflow.ingest.annexa;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseflow.domain.schema.Column;

/**
 * Turns Annex A cells into canonical values. Councils export the lists from many systems, so a
 * value may come as Ofsted's lettered option ({@code a) Male}), as a code, as a word, or as a date
 * in any of three shapes; each converter says whether it read the value as it stands, had to
 * normalise it, or could not read it.
 */
final class Values {
  /** What became of one cell. */
  enum Outcome {
    /** Nothing there. */
    EMPTY,
    /** Read as it stands. */
    READ,
    /** Read after normalising a non-standard form. */
    NORMALISED,
    /** Not readable as the column's type; the value is null. */
    UNREADABLE
  }

  /**
   * The canonical value of a cell.
   *
   * @param value the value, typed as the column's Java type, or null
   * @param outcome what happened
   * @param expected what was expected, for an unreadable value
   */
  record Converted(Object value, Outcome outcome, String expected) {
    static final Converted EMPTY = new Converted(null, Outcome.EMPTY, "");

    static Converted read(Object value) {
      return new Converted(value, Outcome.READ, "");
    }

    static Converted normalised(Object value) {
      return new Converted(value, Outcome.NORMALISED, "");
    }

    static Converted unreadable(String expected) {
      return new Converted(null, Outcome.UNREADABLE, expected);
    }

    static Converted of(Object value, boolean normalised) {
      return normalised ? normalised(value) : read(value);
    }
  }

  static final String EXPECTED_DATE = "a date: an Excel date, or text as dd/mm/yyyy or yyyy-mm-dd";
  static final String EXPECTED_BOOLEAN = "Yes or No (Y/N, a) Yes, b) No, TRUE/FALSE, 1/0)";
  static final String EXPECTED_SUITABLE = "Suitable or Unsuitable (or Yes/No)";
  static final String EXPECTED_SEX = "Male, Female or Unknown (M/F/U, a) Male, b) Female ...)";
  static final String EXPECTED_INTEGER = "a whole number";

  private static final Pattern LETTER_PREFIX =
      Pattern.compile("^\\(?[a-zA-Z]\\)\\s*(?:[-:.]\\s*)?");
  private static final Pattern DMY =
      Pattern.compile("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[ T].*)?$");
  private static final Pattern YMD =
      Pattern.compile("^(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})(?:[ T].*)?$");
  private static final Pattern DAY_MONTH_NAME_YEAR =
      Pattern.compile("^(\\d{1,2})[ -]([A-Za-z]{3,9})[ -](\\d{4})$");
  private static final Pattern SERIAL = Pattern.compile("^\\d{1,6}(?:\\.\\d+)?$");

  private static final Set<String> YES = Set.of("yes", "y", "true", "1", "t");
  private static final Set<String> NO = Set.of("no", "n", "false", "0", "f");
  private static final Set<String> UNKNOWN =
      Set.of(
          "unknown",
          "not known",
          "not recorded",
          "not stated",
          "n a",
          "na",
          "not applicable",
          "missing",
          "blank",
          "null");

  private static final Set<String> MALE = Set.of("m", "male", "1", "1 male", "boy", "man");
  private static final Set<String> FEMALE = Set.of("f", "female", "2", "2 female", "girl", "woman");
  private static final List<String> SEX_UNKNOWN =
      List.of(
          "unknown",
          "not stated",
          "not recorded",
          "not known",
          "not specified",
          "indeterminate",
          "unborn",
          "neither",
          "unspecified",
          "withheld",
          "non binary");
  private static final Set<String> OFSTED_SEX_UNKNOWN =
      Set.of("not stated/recorded (or unborn)", "neither", "unknown");
  private static final Set<String> SEX_UNKNOWN_CODES = Set.of("u", "i", "0", "9");

  /** Code lists of columns whose values carry a code inside descriptive text. */
  private static final Map<String, CodeList> CODES =
      Map.ofEntries(
          Map.entry("contact_source", sourceCodes()),
          Map.entry("referral_source", sourceCodes()),
          Map.entry("primary_need", codes("N[0-9]")),
          Map.entry("category_of_need", codes("N[0-9]")),
          Map.entry("reason_for_closure", codes("RC[1-9]")),
          Map.entry("initial_category", codes("NEG|PHY|SAB|EMO|MUL")),
          Map.entry("latest_category", codes("NEG|PHY|SAB|EMO|MUL")),
          Map.entry("legal_status", codes("C1|C2|D1|E1|J1|J2|J3|L1|L2|L3|V2|V3|V4")),
          Map.entry("reason_ceased", codes("E1[1-7]|E4[15-8]|E4[AB]|E[2-9]|X1")),
          Map.entry("placement_type", codes("Z1[1-4]|[ACHKPQRSTUZ][0-9]")),
          Map.entry("placement_location", codes("IN|OUT")),
          Map.entry("reason_reversed", codes("RD[1-4]")),
          Map.entry("activity", codes("F[1-5]|P[1-5]|G[4-6]")),
          Map.entry("in_touch", codes("YES|NO|DIED|REFU|NREQ|RHOM")),
          Map.entry(
              "ethnicity",
              codes(
                  "WBRI|WIRI|WIRT|WOTH|WROM|MWBC|MWBA|MWAS|MOTH|AIND|APKN|ABAN|AOTH|BCRB|BAFR"
                      + "|BOTH|CHNE|OOTH|REFU|NOBT")));

  /** Words that stand for a placement location when no code is given. */
  private static final Map<String, String> LOCATION_WORDS =
      Map.of(
          "inside", "IN",
          "in area", "IN",
          "inside la boundary", "IN",
          "outside", "OUT",
          "out of area", "OUT",
          "outside la boundary", "OUT");

  /** Words that stand for a category of abuse when no code is given. */
  private static final Map<String, String> ABUSE_WORDS =
      Map.of(
          "neglect", "NEG",
          "physical abuse", "PHY",
          "physical", "PHY",
          "sexual abuse", "SAB",
          "sexual", "SAB",
          "emotional abuse", "EMO",
          "emotional", "EMO",
          "multiple", "MUL");

  private Values() {}

  /** Converts a cell for a canonical column. */
  static Converted convert(Column column, CellValue cell, boolean date1904) {
    if (cell.isEmpty()) {
      return Converted.EMPTY;
    }
    if (cell.kind() == CellValue.Kind.ERROR) {
      return Converted.unreadable(expected(column));
    }
    return switch (column.type()) {
      case DATE -> date(cell, date1904);
      case BOOLEAN -> "accommodation_suitable".equals(column.name()) ? suitable(cell) : bool(cell);
      case INTEGER -> integer(cell);
      case DECIMAL ->
          cell.number() != null
              ? Converted.read(cell.number().doubleValue())
              : Converted.unreadable("a number");
      case TEXT -> text(column.name(), cell);
    };
  }

  /** What a column expects, in plain words. */
  static String expected(Column column) {
    return switch (column.type()) {
      case DATE -> EXPECTED_DATE;
      case BOOLEAN ->
          "accommodation_suitable".equals(column.name()) ? EXPECTED_SUITABLE : EXPECTED_BOOLEAN;
      case INTEGER -> EXPECTED_INTEGER;
      case DECIMAL -> "a number";
      case TEXT -> "sex".equals(column.name()) ? EXPECTED_SEX : "text";
    };
  }

  static Converted date(CellValue cell, boolean date1904) {
    if (cell.number() != null) {
      LocalDate d = serial(cell.number(), date1904);
      return d == null ? Converted.unreadable(EXPECTED_DATE) : Converted.read(d);
    }
    String t = cell.text();
    try {
      Matcher m = DMY.matcher(t);
      if (m.matches()) {
        return Converted.read(
            LocalDate.of(
                Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(1))));
      }
      m = YMD.matcher(t);
      if (m.matches()) {
        return Converted.read(
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
      }
      m = DAY_MONTH_NAME_YEAR.matcher(t);
      if (m.matches()) {
        Integer month = month(m.group(2));
        if (month != null) {
          return Converted.normalised(
              LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
        }
      }
    } catch (DateTimeException e) {
      return Converted.unreadable(EXPECTED_DATE);
    }
    if (SERIAL.matcher(t).matches()) {
      LocalDate d = serial(new BigDecimal(t), date1904);
      return d == null ? Converted.unreadable(EXPECTED_DATE) : Converted.normalised(d);
    }
    return Converted.unreadable(EXPECTED_DATE);
  }

  /**
   * An Excel serial day number as a date: days since 30 December 1899 (Excel's 1900 system, whose
   * invented 29 February 1900 is day 60), or since 1 January 1904. Only dates from 1910 to 2199 are
   * taken: a smaller number in a date column (a year such as 2024, a count) is not a date.
   */
  static LocalDate serial(BigDecimal number, boolean date1904) {
    if (number.signum() <= 0 || number.compareTo(BigDecimal.valueOf(200_000)) > 0) {
      return null;
    }
    long days = number.longValue();
    LocalDate date =
        date1904
            ? LocalDate.of(1904, 1, 1).plusDays(days)
            : LocalDate.of(1899, 12, 30).plusDays(days);
    return date.getYear() < 1910 || date.getYear() > 2199 ? null : date;
  }

  static Converted bool(CellValue cell) {
    if (cell.bool() != null) {
      return Converted.read(cell.bool());
    }
    String raw = cell.text();
    String plain = words(raw);
    boolean standard =
        raw.equalsIgnoreCase("yes")
            || raw.equalsIgnoreCase("no")
            || raw.equalsIgnoreCase("y")
            || raw.equalsIgnoreCase("n");
    String s = words(withoutOption(raw.toLowerCase(Locale.ROOT)));
    if (YES.contains(s)) {
      return Converted.of(true, !standard);
    }
    if (NO.contains(s)) {
      return Converted.of(false, !standard);
    }
    if (s.isEmpty() || UNKNOWN.contains(s) || UNKNOWN.contains(plain)) {
      return Converted.EMPTY;
    }
    // "1 - Yes", "Yes - seen alone", "0 = No"
    List<String> tokens = List.of(s.split(" "));
    boolean yes = tokens.contains("yes");
    boolean no = tokens.contains("no");
    if (yes != no) {
      return Converted.normalised(yes);
    }
    return Converted.unreadable(EXPECTED_BOOLEAN);
  }

  static Converted suitable(CellValue cell) {
    String s = words(withoutOption(cell.text().toLowerCase(Locale.ROOT)));
    boolean standard = cell.text().equals("Suitable") || cell.text().equals("Unsuitable");
    if (s.contains("unsuitable")
        || s.contains("not suitable")
        || s.contains("not considered suitable")) {
      return Converted.of(false, !standard);
    }
    if (s.contains("suitable")) {
      return Converted.of(true, !standard);
    }
    if (s.equals("2")) {
      return Converted.normalised(false);
    }
    Converted b = bool(cell);
    if (b.outcome() == Outcome.READ) {
      return Converted.normalised(b.value());
    }
    return b.outcome() == Outcome.UNREADABLE ? Converted.unreadable(EXPECTED_SUITABLE) : b;
  }

  static Converted integer(CellValue cell) {
    BigDecimal n = cell.number();
    if (n == null) {
      try {
        n = new BigDecimal(cell.text().replace(",", ""));
      } catch (NumberFormatException e) {
        return Converted.unreadable(EXPECTED_INTEGER);
      }
    }
    try {
      return Converted.read(n.intValueExact());
    } catch (ArithmeticException e) {
      return Converted.unreadable(EXPECTED_INTEGER);
    }
  }

  static Converted text(String column, CellValue cell) {
    String raw = cell.text();
    if ("sex".equals(column)) {
      return sex(raw);
    }
    CodeList codes = CODES.get(column);
    if (codes == null) {
      return Converted.read(raw);
    }
    String code = codes.find(raw);
    if (code == null && column.endsWith("_category")) {
      code = ABUSE_WORDS.get(words(withoutOption(raw)));
    }
    if (code == null && column.equals("placement_location")) {
      code = LOCATION_WORDS.get(words(withoutOption(raw)));
    }
    if (code == null) {
      return Converted.read(raw);
    }
    return Converted.of(code, !code.equals(raw));
  }

  /**
   * The codes of one field. The code within a value such as {@code a) N1 Abuse or neglect}, {@code
   * 3A: Health services}, {@code Police [6]} or {@code WBRI - White British} is found at the start
   * of the value (after any lettered option prefix), or at its end in brackets.
   */
  record CodeList(Pattern start, Pattern end) {
    static CodeList of(String alternatives) {
      return new CodeList(
          Pattern.compile("\\(?(" + alternatives + ")(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE),
          Pattern.compile("[\\[(](" + alternatives + ")[\\])]\\s*$", Pattern.CASE_INSENSITIVE));
    }

    /** The code in the value, upper-case, or null if there is none. */
    String find(String raw) {
      String s = withoutOption(raw);
      Matcher m = start.matcher(s);
      if (m.lookingAt()) {
        return m.group(1).toUpperCase(Locale.ROOT);
      }
      m = end.matcher(s);
      return m.find() ? m.group(1).toUpperCase(Locale.ROOT) : null;
    }
  }

  /** The value without Ofsted's lettered option prefix ({@code a) }, {@code (b) }). */
  static String withoutOption(String raw) {
    return LETTER_PREFIX.matcher(raw).replaceFirst("");
  }

  static Converted sex(String raw) {
    if (raw.equals("M") || raw.equals("F") || raw.equals("U")) {
      return Converted.read(raw);
    }
    String option = withoutOption(raw.trim()).trim().toLowerCase(Locale.ROOT);
    // Ofsted's own options (a) Male, b) Female, c) Not stated/recorded (or unborn), d) Neither),
    // with or without their letter, and the words Male, Female and Unknown are the standard
    // forms of Annex A: reading them is not a finding.
    if (option.equals("male")) {
      return Converted.read("M");
    }
    if (option.equals("female")) {
      return Converted.read("F");
    }
    if (OFSTED_SEX_UNKNOWN.contains(option)) {
      return Converted.read("U");
    }
    String s = words(option);
    if (MALE.contains(s)) {
      return Converted.normalised("M");
    }
    if (FEMALE.contains(s)) {
      return Converted.normalised("F");
    }
    if (SEX_UNKNOWN_CODES.contains(s) || SEX_UNKNOWN.stream().anyMatch(s::contains)) {
      return Converted.normalised("U");
    }
    return Converted.unreadable(EXPECTED_SEX);
  }

  /** The month a (possibly abbreviated) English month name names, or null. */
  private static Integer month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals("sept")) {
      return 9;
    }
    for (Month month : Month.values()) {
      String full = month.name().toLowerCase(Locale.ROOT);
      if (full.equals(n) || (n.length() == 3 && full.startsWith(n))) {
        return month.getValue();
      }
    }
    return null;
  }

  /** Lower-case words separated by single spaces, without punctuation. */
  static String words(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }

  private static CodeList sourceCodes() {
    return codes("10|1[A-D]|2[AB]|3[A-F]|4|5[A-D]|6|7|8|9");
  }

  private static CodeList codes(String alternatives) {
    return CodeList.of(alternatives);
  }
}
