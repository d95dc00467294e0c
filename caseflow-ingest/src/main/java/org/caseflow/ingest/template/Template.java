package org.caseflow.ingest.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.Format;

/**
 * The council's own data that no statutory return carries, as CSV templates: one layout per
 * template, recognised by its headings (in any order and any case), never by the file's name.
 */
public enum Template {
  /** The monthly caseload extract: one row per worker per month. */
  CASELOAD(
      Format.CASELOAD_CSV,
      "caseload",
      "Monthly caseload extract: one row per worker holding cases, per month.",
      Table.CASELOAD,
      List.of("month", "worker"),
      f("month", "month", Field.Kind.MONTH, true, 0, 0, "The month", "2025-04"),
      f("worker", "worker_id", Field.Kind.TEXT, true, 0, 0, "Worker's id or name", "SW0001"),
      f("team", "team", Field.Kind.TEXT, true, 0, 0, "The worker's team", "Assessment East"),
      f("fte", "fte", Field.Kind.DECIMAL, true, 0.01, 1.5, "Full-time equivalent", "0.8"),
      new Field(
          "contract",
          "agency",
          Field.Kind.CHOICE,
          true,
          0,
          0,
          List.of("agency", "employed"),
          "agency or employed",
          "employed"),
      f("open_cases", "open_cases", Field.Kind.INTEGER, true, 0, 200, "Open cases held", "17")),
  /** Budget monitoring: one row per budget line per month. */
  BUDGET(
      Format.BUDGET_CSV,
      "budget",
      "Budget monitoring: each budget line's position at a month of the financial year.",
      Table.BUDGET_LINE,
      List.of("period", "budget_line"),
      f("period", "period", Field.Kind.MONTH, true, 0, 0, "The month reported on", "2024-09"),
      f("budget_line", "budget_line", Field.Kind.TEXT, true, 0, 0, "Budget line", "IFA placements"),
      new Field(
          "category",
          "category",
          Field.Kind.CHOICE,
          true,
          0,
          0,
          List.of("ifa", "in_house_fostering", "childrens_homes", "staffing", "other"),
          "What the line pays for; the first three give unit costs",
          "ifa"),
      f("annual_budget", "annual_budget", Field.Kind.DECIMAL, true, 0, 1e10, "Pounds", "5510000"),
      f("spend_to_date", "spend_to_date", Field.Kind.DECIMAL, true, 0, 1e10, "Pounds", "2100000"),
      f(
          "projected_outturn",
          "projected_outturn",
          Field.Kind.DECIMAL,
          true,
          0,
          1e10,
          "Pounds projected for the year",
          "4690000")),
  /** Families with no recourse to public funds. */
  NRPF(
      Format.NRPF_CSV,
      "nrpf",
      "Families with no recourse to public funds: one row per family case.",
      Table.NRPF_CASE,
      List.of("case_id"),
      f("case_id", "case_id", Field.Kind.TEXT, true, 0, 0, "Case reference", "NRPF-0012"),
      f("referral_date", "referral_date", Field.Kind.DATE, true, 0, 0, "Referred", "2024-05-13"),
      f("family_size", "family_size", Field.Kind.INTEGER, true, 1, 30, "People", "5"),
      f("children", "children", Field.Kind.INTEGER, true, 0, 20, "Children", "3"),
      f(
          "allocated_date",
          "allocated_date",
          Field.Kind.DATE,
          false,
          0,
          0,
          "Allocated",
          "2024-05-20"),
      f("closure_date", "closure_date", Field.Kind.DATE, false, 0, 0, "Closed", ""),
      f("outcome", "outcome", Field.Kind.TEXT, false, 0, 0, "Outcome at closure", "")),
  /** Children considered for exploitation risk (VEMT, CSE, CCE). */
  EXPLOITATION(
      Format.EXPLOITATION_CSV,
      "exploitation",
      "Children considered under exploitation arrangements: one row per consideration.",
      Table.EXPLOITATION_RISK,
      List.of("child_id", "date_considered"),
      f("child_id", "child_id", Field.Kind.TEXT, true, 0, 0, "The council's child id", "C104233"),
      f(
          "date_considered",
          "date_considered",
          Field.Kind.DATE,
          true,
          0,
          0,
          "Considered",
          "2024-06-04"),
      new Field(
          "exploitation_type",
          "exploitation_type",
          Field.Kind.CHOICE,
          true,
          0,
          0,
          List.of("CSE", "CCE", "other"),
          "Sexual (CSE), criminal (CCE) or other exploitation",
          "CSE"),
      new Field(
          "risk_level",
          "risk_level",
          Field.Kind.CHOICE,
          true,
          0,
          0,
          List.of("high", "medium", "low"),
          "Risk level agreed",
          "medium"),
      new Field("sex", "sex", Field.Kind.CHOICE, true, 0, 0, List.of("F", "M", "U"), "Sex", "F"),
      f("age", "age", Field.Kind.INTEGER, true, 0, 25, "Age in years", "15"),
      new Field(
          "disclosure",
          "disclosure",
          Field.Kind.CHOICE,
          true,
          0,
          0,
          List.of("yes", "no"),
          "The child made a disclosure",
          "no"),
      f(
          "missing_episodes",
          "missing_episodes",
          Field.Kind.INTEGER,
          true,
          0,
          500,
          "Last 12 months",
          "2")),
  /** Early help assessment targets per completing organisation. */
  EARLY_HELP_TARGETS(
      Format.EARLY_HELP_TARGETS_CSV,
      "early_help_targets",
      "Early help assessment targets for a financial year, per completing organisation.",
      Table.EARLY_HELP_TARGET,
      List.of("year", "organisation"),
      f("year", "year_start", Field.Kind.FINANCIAL_YEAR, true, 0, 0, "Financial year", "2024-25"),
      f(
          "organisation",
          "organisation",
          Field.Kind.TEXT,
          true,
          0,
          0,
          "As Annex A list 2 names it",
          "Hospital trust"),
      f("target", "target", Field.Kind.INTEGER, true, 0, 100000, "Assessments", "120"),
      f(
          "stretch_target",
          "stretch_target",
          Field.Kind.INTEGER,
          true,
          0,
          100000,
          "Assessments",
          "150"));

  private final Format format;
  private final String fileStem;
  private final String description;
  private final Table table;
  private final List<String> key;
  private final List<Field> fields;

  Template(
      Format format,
      String fileStem,
      String description,
      Table table,
      List<String> key,
      Field... fields) {
    this.format = format;
    this.fileStem = fileStem;
    this.description = description;
    this.table = table;
    this.key = key;
    this.fields = List.of(fields);
  }

  private static Field f(
      String header,
      String column,
      Field.Kind kind,
      boolean required,
      double min,
      double max,
      String meaning,
      String example) {
    return new Field(
        header,
        column,
        kind,
        required,
        min,
        max == 0 && min == 0 ? 1e15 : max,
        List.of(),
        meaning,
        example);
  }

  /** The format a file of this template is read as. */
  public Format format() {
    return format;
  }

  /** The name the blank template is written under, without extension (e.g. {@code caseload}). */
  public String fileStem() {
    return fileStem;
  }

  /** What the template holds. */
  public String description() {
    return description;
  }

  /** The canonical table it fills. */
  public Table table() {
    return table;
  }

  /** The headings whose values together may appear only once in a file. */
  public List<String> key() {
    return key;
  }

  /** The columns, in the order the blank template has them. */
  public List<Field> fields() {
    return fields;
  }

  /** The headings, comma-separated, as the first line of the CSV file. */
  public String headerLine() {
    return fields.stream().map(Field::header).collect(Collectors.joining(","));
  }

  /** The template of the format, if it is a template's. */
  public static Optional<Template> of(Format format) {
    return Arrays.stream(values()).filter(t -> t.format == format).findFirst();
  }

  /**
   * The template whose headings the given ones match: at least half of its headings, and at least
   * two, present. A file with a wrong or missing heading is still recognised, so that the reader
   * can say which heading is wrong.
   */
  public static Optional<Template> recognise(List<String> headings) {
    Set<String> present =
        headings.stream()
            .map(h -> h.strip().replace("\"", "").toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    Template best = null;
    int bestMatched = 0;
    for (Template t : values()) {
      int matched = 0;
      for (Field f : t.fields) {
        if (present.contains(f.header())) {
          matched++;
        }
      }
      if (matched >= 2 && matched * 2 >= t.fields.size() && matched > bestMatched) {
        best = t;
        bestMatched = matched;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The headings of every template, for messages. */
  static String all() {
    List<String> out = new ArrayList<>();
    for (Template t : values()) {
      out.add(t.fileStem + " (" + t.headerLine() + ")");
    }
    return String.join("; ", out);
  }
}
