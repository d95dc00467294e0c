package org.caseflow.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.Finding;
import org.caseflow.ingest.FindingType;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.caseflow.store.ImportException;
import org.caseflow.store.ImportReport;
import org.caseflow.store.Importer;
import org.caseflow.store.Store;
import org.caseflow.validate.Validation;
import org.caseflow.validate.ValidationResults;
import org.caseflow.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code caseflow import}: load returns into the store, all or nothing. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports returns into the store in one transaction: all of them or none.",
      "The format of each file is recognised from its content, and folders are "
          + "searched. A file imported before (same SHA-256) is skipped, so importing again "
          + "changes nothing."
    })
final class ImportCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(
      names = "--la",
      paramLabel = "CODE",
      description =
          "The council's 3-digit DfE code, for returns that do not name it (SSDA903), when no"
              + " file of the import names it (a CIN census does, in its header).")
  String la;

  @Option(
      names = "--year",
      paramLabel = "YYYY-YY",
      description = "The collection year, e.g. 2024-25, for returns that do not name it.")
  String year;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to import.")
  List<Path> paths;

  @Override
  public Integer call() {
    CollectionYear y;
    try {
      y = year == null ? null : Years.parse(year);
    } catch (IllegalArgumentException e) {
      System.err.println("caseflow import: " + e.getMessage());
      return 2;
    }
    try (Store s = Store.open(store.location())) {
      ImportReport report =
          new Importer(
                  s,
                  Readers::forFormat,
                  Clock.systemDefaultZone(),
                  Validator.bundled().asImportStep())
              .importPaths(paths, new ReadContext(la, y));
      print(report, s.description());
      printValidation(s, report, true);
      if (report.batches().isEmpty()
          && report.skipped().stream().noneMatch(k -> k.reason().startsWith("already imported"))) {
        // Not one file was a return (an empty folder, a link not followed, the wrong folder).
        System.err.println(
            "caseflow import: no return caseflow reads was found in "
                + String.join(", ", paths.stream().map(Path::toString).toList())
                + "; nothing was imported. caseflow reads CIN census XML, SSDA903 CSV and XML,"
                + " Annex A workbooks, the workforce census and Ofsted provider lists.");
        return 1;
      }
      return 0;
    } catch (ImportException e) {
      System.err.println("caseflow import: " + e.getMessage());
      return 1;
    } catch (org.caseflow.store.StoreInUseException e) {
      System.err.println("caseflow import: " + e.getMessage());
      return 2;
    } catch (java.sql.SQLException e) {
      org.caseflow.store.StoreFault fault = org.caseflow.store.StoreFault.of(e);
      System.err.println(
          "caseflow import: "
              + (fault != null ? fault.advice() : "the store cannot be opened: " + e.getMessage()));
      return fault == org.caseflow.store.StoreFault.IN_USE ? 2 : 1;
    }
  }

  /**
   * The DfE validation of each return imported: errors and queries per rule, counted (no child is
   * named here; {@code caseflow validate} lists them, audited).
   */
  static void printValidation(Store s, ImportReport report, boolean perRule)
      throws java.sql.SQLException {
    for (ImportReport.Batch b : report.batches()) {
      var found = ValidationResults.of(s.connection(), b.batchId());
      if (found.isEmpty()) {
        continue;
      }
      Validation v = found.get();
      System.out.printf(
          "Validation of batch %d (rules of %s): %,d errors, %,d queries in %,d children; %d rules"
              + " run, %d skipped, %d ms%n",
          b.batchId(),
          v.ruleSet(),
          v.errors(),
          v.queries(),
          v.children(),
          v.rulesRun(),
          v.skipped().size(),
          v.millis());
      for (Validation.RuleCount r : perRule ? v.byRule() : List.<Validation.RuleCount>of()) {
        String line =
            String.format(
                "  %-10s %-6s %,7d rows %,6d children  %s",
                r.rule(), r.severity().word(), r.rows(), r.children(), r.message());
        // One line a rule, within 120 columns; caseflow validate --format csv has every message.
        System.out.println(
            line.length() <= Output.WIDTH ? line : line.substring(0, Output.WIDTH - 1) + "…");
      }
    }
  }

  static void print(ImportReport report, String where) {
    System.out.printf(
        "Imported %d return(s), %,d rows, into %s in %d ms%n",
        report.batches().size(), report.totalRows(), where, report.millis());
    for (ImportReport.Batch b : report.batches()) {
      System.out.printf(
          "  batch %d  %s %s  LA %s  %s%n",
          b.batchId(), b.kind().label(), b.year(), b.la(), String.join(", ", b.files()));
      for (Map.Entry<Table, Integer> e : b.rows().entrySet()) {
        System.out.printf("      %-24s %,9d%n", e.getKey().sqlName(), e.getValue());
      }
      if (b.notCounted() > 0) {
        System.out.printf(
            "      not counted: %,d %s dated after the reference date %s (kept, in no figure;"
                + " see %s)%n",
            b.notCounted(),
            b.notCounted() == 1 ? "event" : "events",
            b.referenceDate(),
            FindingType.EVENT_NOT_COUNTED.code());
      }
    }
    for (ImportReport.Skipped s : report.skipped()) {
      System.out.printf("  skipped %s: %s%n", s.file(), s.reason());
    }
    if (report.findings().total() > 0) {
      System.out.printf("Findings: %,d%n", report.findings().total());
      for (Map.Entry<FindingType, Integer> e : report.findings().counts().entrySet()) {
        System.out.printf(
            "  %-30s %-8s %,7d  %s%n",
            e.getKey().code(), e.getKey().severity(), e.getValue(), e.getKey().summary());
      }
      // Examples of what needs attention: errors, then warnings; informational ones are counted.
      report.findings().kept().stream()
          .filter(f -> f.type().severity() != org.caseflow.ingest.Severity.INFO)
          .sorted(java.util.Comparator.comparing(f -> f.type().severity()))
          .limit(10)
          .map(Finding::describe)
          .forEach(d -> System.out.println("    e.g. " + d));
    } else {
      System.out.println("Findings: none");
    }
  }
}
