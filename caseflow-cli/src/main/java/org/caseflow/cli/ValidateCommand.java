package org.caseflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.caseflow.store.AuditLog;
import org.caseflow.store.ImportException;
import org.caseflow.store.ImportReport;
import org.caseflow.store.Importer;
import org.caseflow.store.Store;
import org.caseflow.validate.Validation;
import org.caseflow.validate.ValidationFinding;
import org.caseflow.validate.ValidationResults;
import org.caseflow.validate.Validator;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code caseflow validate}: the DfE's validation rules on returns, from files or the store. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks returns with the DfE's validation rules for their collection year (CIN "
          + "census, SSDA903).",
      "It checks files, read into a temporary store, or what the store holds (--la and "
          + "--year, no files).",
      "The table is a summary: each failed rule with its severity, message and counts "
          + "of rows and children. CSV, JSON and xlsx list every failure with the child, so "
          + "every run is written to the audit log of the store (--store, $CASEFLOW_STORE or "
          + "caseflow.duckdb), also when checking files.",
      "Rules that compare with earlier years read every earlier return given (caseflow "
          + "validate --la 808 --year 2024-25 DIR_THIS DIR_LAST) or held by the store; the "
          + "summary says which years they saw.",
      "Exit code 0 when there are no errors (queries alone do not fail), 1 when there "
          + "are, 2 when the files cannot be read."
    })
final class ValidateCommand implements Callable<Integer> {
  /** Output formats of validate. */
  enum Format {
    TABLE,
    CSV,
    JSON,
    XLSX
  }

  static final List<String> CSV_HEADER =
      List.of(
          "return",
          "rule",
          "severity",
          "child",
          "table",
          "location",
          "fields",
          "values",
          "message");

  @Mixin StoreOption store;

  @Option(
      names = "--la",
      paramLabel = "CODE",
      description = "The council's 3-digit DfE code (for SSDA903 files, and for the store).")
  String la;

  @Option(
      names = "--year",
      paramLabel = "YYYY-YY",
      description = "The collection year, e.g. 2025-26 (for SSDA903 files, and for the store).")
  String year;

  @Option(
      names = "--rules",
      paramLabel = "YYYY-YY",
      description = "Apply this year's rules instead of the return's own year's.")
  String rules;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table (a summary), csv, json or xlsx (every failure; xlsx needs --out).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to this file, not stdout.")
  Path out;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to check.")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    CollectionYear y;
    CollectionYear ruleYear;
    try {
      y = year == null ? null : Years.parse(year);
      ruleYear = rules == null ? null : Years.parse(rules);
    } catch (IllegalArgumentException e) {
      System.err.println("caseflow validate: " + e.getMessage());
      return 2;
    }
    if (format == Format.XLSX && out == null) {
      System.err.println("caseflow validate: --format xlsx needs --out FILE");
      return 2;
    }
    if (la != null && !Inputs.council("validate", la)) {
      return 2;
    }
    Validator validator = ruleYear == null ? Validator.bundled() : Validator.withRulesOf(ruleYear);
    List<Validation> results;
    if (paths.isEmpty()) {
      if (la == null || y == null) {
        System.err.println(
            "caseflow validate: give files to check, or --la and --year to check the store");
        return 2;
      }
      try (Store s = Store.open(store.location())) {
        results = fromStore(s, validator, la, y);
        if (results.isEmpty()) {
          System.err.println(
              "caseflow validate: the store holds no CIN census or SSDA903 return of council "
                  + la
                  + " for "
                  + y.label());
          return 2;
        }
        audit(s, results);
      }
    } else {
      try (Store memory = Store.inMemory()) {
        ImportReport report =
            new Importer(memory, Readers::forFormat, Clock.systemUTC(), validator.asImportStep())
                .importPaths(paths, new ReadContext(la, paths.size() > 1 ? null : y));
        results = new ArrayList<>();
        for (ImportReport.Batch b : report.batches()) {
          // With several returns (this year's and earlier years'), --year picks the one to
          // report; the others are its history.
          if (y == null || paths.size() == 1 || b.year().equals(y)) {
            ValidationResults.of(memory.connection(), b.batchId()).ifPresent(results::add);
          }
        }
        for (ImportReport.Skipped sk : report.skipped()) {
          System.err.println("caseflow validate: skipped " + sk.file() + ": " + sk.reason());
        }
        if (results.isEmpty()) {
          System.err.println(
              "caseflow validate: no CIN census or SSDA903 return"
                  + (y == null ? "" : " for " + y.label())
                  + " among the files; nothing to check");
          return 2;
        }
      } catch (ImportException e) {
        System.err.println("caseflow validate: " + e.getMessage());
        return 2;
      }
      try (Store s = Store.open(store.location())) {
        audit(s, results);
      }
    }
    write(results);
    return results.stream().anyMatch(v -> v.errors() > 0) ? 1 : 0;
  }

  /** Validates again the latest import of each return of the council and year. */
  private static List<Validation> fromStore(
      Store s, Validator validator, String la, CollectionYear y) throws SQLException {
    Connection c = s.connection();
    List<Long> batches = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT max(batch_id) FROM import_batch WHERE la = ? AND collection_year = ? AND"
                + " return_kind IN ('CIN_CENSUS', 'SSDA903') GROUP BY return_kind ORDER BY 1")) {
      ps.setString(1, la);
      ps.setInt(2, y.endYear());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          batches.add(rs.getLong(1));
        }
      }
    }
    List<Validation> out = new ArrayList<>();
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      for (long b : batches) {
        validator.validate(c, b).ifPresent(out::add);
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
    return out;
  }

  private static void audit(Store s, List<Validation> results) throws SQLException {
    AuditLog log = new AuditLog(s, Clock.systemDefaultZone());
    for (Validation v : results) {
      log.record(
          OsAccount.current(),
          "validate",
          v.la(),
          v.kind().label() + " " + v.year().label(),
          (int) v.children());
    }
  }

  private void write(List<Validation> results) throws IOException {
    if (format == Format.XLSX) {
      try (OutputStream o = org.caseflow.store.OwnerOnly.newOutputStream(out)) {
        xlsx(results, o);
      }
      System.out.println("Wrote " + out);
      return;
    }
    String text =
        switch (format) {
          case CSV -> csv(results);
          case JSON -> json(results);
          default -> summary(results);
        };
    if (out == null) {
      System.out.print(text);
    } else {
      org.caseflow.store.OwnerOnly.writeString(out, text);
      System.out.println("Wrote " + out);
    }
  }

  /** The summary: per return, each failed rule with its counts, then the rules skipped. */
  static String summary(List<Validation> results) {
    StringBuilder s = new StringBuilder();
    for (Validation v : results) {
      s.append(
          String.format(
              "%s %s, council %s (rules of %s): %d rules run, %,d errors and %,d queries in %,d"
                  + " children%n",
              v.kind().label(),
              v.year().label(),
              v.la(),
              v.ruleSet(),
              v.rulesRun(),
              v.errors(),
              v.queries(),
              v.children()));
      List<List<String>> rows = new ArrayList<>();
      for (Validation.RuleCount r : v.byRule()) {
        rows.add(
            List.of(
                r.rule(),
                r.severity().word(),
                String.format("%,d", r.rows()),
                String.format("%,d", r.children()),
                shorten(r.message(), 80)));
      }
      if (!rows.isEmpty()) {
        s.append(Output.table(List.of("rule", "severity", "rows", "children", "message"), rows));
      }
      s.append(
          Output.wrap(
              v.history().size() <= 1
                  ? "Rules that compare with earlier years had no earlier return to read: load or"
                      + " give earlier years' returns for them to see a child's history."
                  : "Rules that compare with earlier years read "
                      + v.history().size()
                      + " years: "
                      + String.join(", ", v.history().stream().map(CollectionYear::label).toList())
                      + ".",
              0));
      if (!v.skipped().isEmpty()) {
        s.append(String.format("Skipped %d rules:%n", v.skipped().size()));
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        for (Validation.Skipped sk : v.skipped()) {
          byReason.computeIfAbsent(sk.reason(), k -> new ArrayList<>()).add(sk.rule());
        }
        byReason.forEach(
            (reason, codes) ->
                s.append(Output.wrap("  " + String.join(" ", codes) + ": " + reason, 4)));
      }
      s.append('\n');
    }
    return s.toString();
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  static List<String> cells(ValidationFinding f) {
    return List.of(
        f.kind().label(),
        f.rule(),
        f.severity().word(),
        f.childId() == null ? "" : f.childId(),
        f.table(),
        f.location(),
        String.join(",", f.fields()),
        String.join(",", f.values().stream().map(v -> v == null ? "" : v).toList()),
        f.message());
  }

  static String csv(List<Validation> results) {
    StringBuilder s = new StringBuilder(Output.csvLine(CSV_HEADER)).append('\n');
    for (Validation v : results) {
      for (ValidationFinding f : v.findings()) {
        s.append(Output.csvLine(cells(f))).append('\n');
      }
    }
    return s.toString();
  }

  static String json(List<Validation> results) throws IOException {
    List<Map<String, Object>> returns = new ArrayList<>();
    for (Validation v : results) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("return", v.kind().label());
      r.put("collection_year", v.year().label());
      r.put("la", v.la());
      r.put("rule_set", v.ruleSet());
      r.put("rules_run", v.rulesRun());
      r.put("errors", v.errors());
      r.put("queries", v.queries());
      r.put("children", v.children());
      r.put("history", v.history().stream().map(CollectionYear::label).toList());
      List<Map<String, Object>> skipped = new ArrayList<>();
      for (Validation.Skipped sk : v.skipped()) {
        skipped.add(Map.of("rule", sk.rule(), "reason", sk.reason()));
      }
      r.put("skipped", skipped);
      List<Map<String, Object>> findings = new ArrayList<>();
      for (ValidationFinding f : v.findings()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.rule());
        m.put("severity", f.severity().word());
        m.put("child", f.childId());
        m.put("table", f.table());
        m.put("location", f.location());
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < f.fields().size(); i++) {
          values.put(f.fields().get(i), i < f.values().size() ? f.values().get(i) : null);
        }
        m.put("values", values);
        m.put("message", f.message());
        findings.add(m);
      }
      r.put("findings", findings);
      returns.add(r);
    }
    return new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(Map.of("returns", returns))
        + "\n";
  }

  /**
   * A workbook as analysts hand to case-recording teams: a summary sheet (one row per failed rule)
   * and an errors sheet (one row per failure), with bold frozen headers and filters. Every cell is
   * a string cell, so nothing from a return can become a formula.
   */
  static void xlsx(List<Validation> results, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "caseflow", "1.0");
    Worksheet summary = wb.newWorksheet("Summary");
    List<String> sh =
        List.of("return", "year", "council", "rule", "severity", "rows", "children", "message");
    header(summary, sh);
    int r = 1;
    for (Validation v : results) {
      for (Validation.RuleCount c : v.byRule()) {
        summary.value(r, 0, v.kind().label());
        summary.value(r, 1, v.year().label());
        summary.value(r, 2, v.la());
        summary.value(r, 3, c.rule());
        summary.value(r, 4, c.severity().word());
        summary.value(r, 5, c.rows());
        summary.value(r, 6, c.children());
        summary.value(r, 7, c.message());
        r++;
      }
    }
    widths(summary, new double[] {12, 9, 8, 10, 9, 8, 9, 100});
    if (r > 1) {
      summary.setAutoFilter(0, 0, r - 1, sh.size() - 1);
    }
    Worksheet errors = wb.newWorksheet("Errors");
    header(errors, CSV_HEADER);
    r = 1;
    for (Validation v : results) {
      for (ValidationFinding f : v.findings()) {
        List<String> cells = cells(f);
        for (int i = 0; i < cells.size(); i++) {
          errors.value(r, i, cells.get(i));
        }
        r++;
      }
    }
    widths(errors, new double[] {12, 10, 9, 16, 20, 24, 30, 30, 100});
    if (r > 1) {
      errors.setAutoFilter(0, 0, r - 1, CSV_HEADER.size() - 1);
    }
    wb.finish();
  }

  private static void header(Worksheet ws, List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      ws.value(0, i, names.get(i));
      ws.style(0, i).bold().fillColor("DDEBF7").set();
    }
    ws.freezePane(0, 1);
  }

  private static void widths(Worksheet ws, double[] w) {
    for (int i = 0; i < w.length; i++) {
      ws.width(i, w[i]);
    }
  }
}
