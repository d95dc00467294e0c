package org.caseflow.ingest.workforce;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.Finding;
import org.caseflow.ingest.FindingType;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.Format;
import org.caseflow.ingest.InputException;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.ReadResult;
import org.caseflow.ingest.ReturnReader;
import org.caseflow.ingest.RowSink;
import org.caseflow.ingest.cin.XmlCursor;

/**
 * Reads a Children's Social Work Workforce census XML file ({@code Message} with {@code Collection}
 * CSWW) into {@code SW_WORKER} (one row per {@code CSWWWorker}) and {@code SW_VACANCY} (the {@code
 * LALevelVacancies}). The collection year is the one containing the header's ReferenceDate (30
 * September 2024 files under 2024-25); the council is the header's LEA.
 *
 * <p>Read with StAX, DTDs and external entities off. A worker without SWENo, an unreadable date,
 * number or flag, or a header without LEA or ReferenceDate is refused with an {@link
 * InputException}; no worker's registration number ever appears in a message.
 */
public final class CswwReader implements ReturnReader {
  static final Set<Table> TABLES = Set.of(Table.SW_WORKER, Table.SW_VACANCY);
  private static final String DATE = "a date as yyyy-mm-dd";

  /** Creates the reader; it holds no state between files. */
  public CswwReader() {}

  @Override
  public Format format() {
    return Format.CSWW_XML;
  }

  @Override
  public ReadResult read(Path file, ReadContext context, RowSink sink, Findings findings)
      throws InputException, IOException {
    String name = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file);
        XmlCursor xml = XmlCursor.open(name, in, "a CSWW census XML file")) {
      return new Parse(xml, context, sink, findings).run();
    }
  }

  /** One pass over one file. */
  private static final class Parse {
    private final XmlCursor xml;
    private final ReadContext context;
    private final RowSink sink;
    private final Findings findings;
    private final Map<Table, Integer> counts = new EnumMap<>(Table.class);
    private final Set<String> ignored = new HashSet<>();
    private final Set<String> seen = new HashSet<>();
    private String la;
    private LocalDate referenceDate;
    private Object[] vacancies;
    private int workers;

    Parse(XmlCursor xml, ReadContext context, RowSink sink, Findings findings) {
      this.xml = xml;
      this.context = context;
      this.sink = sink;
      this.findings = findings;
    }

    ReadResult run() throws InputException {
      String root = xml.root();
      if (!"Message".equals(root)) {
        throw new InputException(
            xml.file(),
            "line " + xml.line(),
            "-",
            "the root element is <" + root + ">",
            "<Message> with Collection CSWW");
      }
      while (xml.nextChild()) {
        switch (xml.name()) {
          case "Header" -> header();
          case "LALevelVacancies" -> {
            requireHeader();
            vacancies();
          }
          case "CSWWWorker" -> {
            requireHeader();
            worker();
          }
          case "CSWWWorkers", "Workers" -> {
            requireHeader();
            while (xml.nextChild()) {
              if ("CSWWWorker".equals(xml.name())) {
                worker();
              } else {
                ignore();
              }
            }
          }
          default -> ignore();
        }
      }
      xml.finish();
      requireHeader();
      if (vacancies != null) {
        emit(Table.SW_VACANCY, vacancies);
      }
      return new ReadResult(
          Format.CSWW_XML,
          la,
          CollectionYear.containing(referenceDate),
          TABLES,
          counts,
          referenceDate);
    }

    private void header() throws InputException {
      while (xml.nextChild()) {
        switch (xml.name()) {
          case "CollectionDetails", "Source" -> {
            while (xml.nextChild()) {
              String field = xml.name();
              int line = xml.line();
              String text = xml.text();
              if ("ReferenceDate".equals(field)) {
                referenceDate = date(text, field, line);
              } else if ("LEA".equals(field)) {
                la = text;
              }
            }
          }
          default -> xml.skip();
        }
      }
      if (la != null && context.la() != null && !context.la().equals(la)) {
        throw new InputException(
            xml.file(),
            "line " + xml.line(),
            "LEA",
            "the census is for council " + la,
            "LEA " + context.la());
      }
    }

    private void requireHeader() throws InputException {
      if (referenceDate == null) {
        throw new InputException(
            xml.file(),
            "line " + xml.line(),
            "ReferenceDate",
            "the header has no ReferenceDate",
            "Header/CollectionDetails/ReferenceDate before the workers, e.g. 2025-09-30");
      }
      if (la == null || la.isEmpty()) {
        if (context.la() == null) {
          throw new InputException(
              xml.file(),
              "line " + xml.line(),
              "LEA",
              "the header has no LEA",
              "Header/Source/LEA before the workers: the council's 3-digit DfE code");
        }
        la = context.la();
      }
    }

    private void vacancies() throws InputException {
      Object[] v = new Object[Table.SW_VACANCY.columns().size()];
      v[0] = referenceDate;
      while (xml.nextChild()) {
        String field = xml.name();
        int line = xml.line();
        String text = xml.text();
        switch (field) {
          case "NumberOfVacancies" -> v[1] = decimal(text, field, line);
          case "NoAgencyFTE" -> v[2] = decimal(text, field, line);
          case "NoAgencyHeadcount" -> v[3] = integer(text, field, line);
          default -> ignored(field, line);
        }
      }
      vacancies = v;
    }

    private void worker() throws InputException {
      workers++;
      int start = xml.line();
      Table t = Table.SW_WORKER;
      Object[] v = new Object[t.columns().size()];
      v[t.indexOf("reference_date")] = referenceDate;
      while (xml.nextChild()) {
        String field = xml.name();
        int line = xml.line();
        String text = xml.text();
        switch (field) {
          case "SWENo" -> v[t.indexOf("worker_id")] = text.isEmpty() ? null : text;
          case "AgencyWorker" -> v[t.indexOf("agency")] = flag(text, field, line);
          case "FTE" -> v[t.indexOf("fte")] = decimal(text, field, line);
          case "GenderCurrent", "Sex" -> v[t.indexOf("sex")] = sex(text);
          case "Ethnicity" -> v[t.indexOf("ethnicity")] = blankToNull(text);
          case "OrgRole" -> v[t.indexOf("org_role")] = integer(text, field, line);
          case "RoleStartDate" -> v[t.indexOf("role_start_date")] = date(text, field, line);
          case "StartOrigin" -> v[t.indexOf("start_origin")] = blankToNull(text);
          case "RoleEndDate" -> v[t.indexOf("role_end_date")] = date(text, field, line);
          case "ReasonLeave" -> v[t.indexOf("reason_leave")] = blankToNull(text);
          case "FTE30" -> v[t.indexOf("fte_at_census")] = decimal(text, field, line);
          case "Cases30" -> v[t.indexOf("cases_at_census")] = integer(text, field, line);
          case "WorkingDaysLost" -> v[t.indexOf("working_days_lost")] = decimal(text, field, line);
          case "ContractWeeks" -> v[t.indexOf("contract_weeks")] = decimal(text, field, line);
          case "Absat30Sept" -> v[t.indexOf("absent_at_census")] = flag(text, field, line);
          case "ReasonAbsence" -> v[t.indexOf("reason_absence")] = blankToNull(text);
          default -> ignored(field, line);
        }
      }
      Object id = v[t.indexOf("worker_id")];
      if (id == null) {
        throw new InputException(
            xml.file(),
            "line " + start + " (CSWWWorker " + workers + ")",
            "SWENo",
            "the worker has no SWENo",
            "the worker's Social Work England registration number");
      }
      if (!seen.add((String) id)) {
        throw new InputException(
            xml.file(),
            "line " + start + " (CSWWWorker " + workers + ")",
            "SWENo",
            "the same SWENo appears in an earlier CSWWWorker",
            "one CSWWWorker per worker");
      }
      emit(t, v);
    }

    private void emit(Table table, Object[] values) {
      sink.row(table, values);
      counts.merge(table, 1, Integer::sum);
    }

    private void ignore() throws InputException {
      String field = xml.name();
      int line = xml.line();
      xml.skip();
      ignored(field, line);
    }

    private void ignored(String field, int line) {
      if (ignored.add(field)) {
        findings.add(
            new Finding(
                FindingType.IGNORED_FIELD,
                xml.file(),
                "line " + line,
                field,
                null,
                "not an element caseflow reads from the CSWW census"));
      }
    }

    private LocalDate date(String text, String field, int line) throws InputException {
      if (text.isEmpty()) {
        return null;
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new InputException(
            xml.file(), "line " + line, field, "the value is not a date", DATE, e);
      }
    }

    private Double decimal(String text, String field, int line) throws InputException {
      if (text.isEmpty()) {
        return null;
      }
      try {
        double d = Double.parseDouble(text);
        if (d < 0 || Double.isNaN(d) || Double.isInfinite(d)) {
          throw new NumberFormatException();
        }
        return d;
      } catch (NumberFormatException e) {
        throw new InputException(
            xml.file(),
            "line " + line,
            field,
            "'" + text + "' is not a number of 0 or more",
            "a number such as 0.8",
            e);
      }
    }

    private Integer integer(String text, String field, int line) throws InputException {
      if (text.isEmpty()) {
        return null;
      }
      try {
        int n = Integer.parseInt(text);
        if (n < 0) {
          throw new NumberFormatException();
        }
        return n;
      } catch (NumberFormatException e) {
        throw new InputException(
            xml.file(),
            "line " + line,
            field,
            "'" + text + "' is not a whole number of 0 or more",
            "a whole number such as 17",
            e);
      }
    }

    private Boolean flag(String text, String field, int line) throws InputException {
      return switch (text.toLowerCase(java.util.Locale.ROOT)) {
        case "" -> null;
        case "1", "true", "y", "yes" -> true;
        case "0", "false", "n", "no" -> false;
        default ->
            throw new InputException(
                xml.file(), "line " + line, field, "'" + text + "' is not a flag", "0 or 1");
      };
    }

    private static String sex(String text) {
      return switch (text.toUpperCase(java.util.Locale.ROOT)) {
        case "1", "M" -> "M";
        case "2", "F" -> "F";
        case "" -> null;
        default -> "U";
      };
    }

    private static String blankToNull(String s) {
      return s.isEmpty() ? null : s;
    }
  }
}
