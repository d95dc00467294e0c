package org.caseflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.caseflow.compare.Comparer;
import org.caseflow.compare.Targets;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Population;
import org.caseflow.report.Audience;
import org.caseflow.report.Document;
import org.caseflow.report.Format;
import org.caseflow.report.Paper;
import org.caseflow.report.ReportSpec;
import org.caseflow.report.Reports;
import org.caseflow.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code caseflow report}: the committee report in HTML, PDF and Word. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the committee report for a council and period, in HTML, PDF and Word.",
      "A one-page summary with a RAG scorecard, a section per stage of the process "
          + "model (inputs, processes, outputs) with each indicator's figure, trend charts, "
          + "benchmarks, target and direction of travel, the breakdowns, data-quality caveats "
          + "and definitions. Cabinet and scrutiny always get the public version (aggregates "
          + "only, counts from 1 to 5 suppressed as c).",
      "The cover sheet (meeting, date, portfolio, lead officer, contact, wards, key decision) "
          + "comes from --paper, or paper.yaml in the current folder; --paper-template prints "
          + "one to fill in."
    })
final class ReportCommand implements Callable<Integer> {
  /** A system property: print the process's CPU time to stderr when done (for the bench). */
  static final String PRINT_CPU = "caseflow.report.cpu";

  @Mixin StoreOption store;

  @Option(names = "--la", required = true, paramLabel = "CODE", description = "Council code.")
  String la;

  @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "Period.")
  String period;

  @Option(
      names = "--format",
      defaultValue = "html,pdf,docx",
      split = ",",
      paramLabel = "FORMAT",
      description = "html, pdf and/or docx, comma-separated (default: all three).")
  List<String> formats;

  @Option(
      names = "--audience",
      defaultValue = "clinic",
      paramLabel = "AUDIENCE",
      description =
          "cabinet, scrutiny or clinic (default). Cabinet and scrutiny get the public"
              + " version.")
  Audience audience;

  @Option(names = "--public", description = "Aggregates only, counts from 1 to 5 suppressed.")
  boolean publicVersion;

  @Option(names = "--targets", paramLabel = "FILE", description = "Local targets (YAML).")
  Path targetsFile;

  @Option(
      names = "--paper",
      paramLabel = "FILE",
      description =
          "The cover sheet's details (YAML; default: paper.yaml in the current folder, if there).")
  Path paperFile;

  @SuppressWarnings("deprecation") // help = true: the template needs no --la or --period
  @Option(
      names = "--paper-template",
      help = true,
      description = "Prints a cover sheet file to fill in (e.g. > paper.yaml) and stops.")
  boolean paperTemplate;

  @Option(
      names = "--out",
      defaultValue = ".",
      paramLabel = "DIR",
      description = "Folder for the files (default: the current folder).")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (paperTemplate) {
      System.out.print(Paper.TEMPLATE);
      return 0;
    }
    ReportingPeriod p = Inputs.period("report", period);
    if (p == null || !Inputs.council("report", la)) {
      return 2;
    }
    Set<Format> chosen = EnumSet.noneOf(Format.class);
    for (String f : formats) {
      try {
        chosen.add(Format.valueOf(f.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        System.err.println(
            "caseflow report: unknown format '" + f.strip() + "'; expected html, pdf or docx");
        return 2;
      }
    }
    Targets targets = Inputs.targets("report", targetsFile);
    if (targets == null) {
      return 2;
    }
    Paper paper = paper();
    if (paper == null) {
      return 2;
    }
    try (Store s = Store.openForReading(store.location())) {
      if (Inputs.loaded("report", s, la, p) == null) {
        return 2;
      }
    }
    ReportSpec spec =
        new ReportSpec(
            la,
            p,
            audience,
            publicVersion,
            targets,
            Comparer.bundled(),
            Population.bundled(),
            List.of(),
            paper);
    for (Path written : write(store.location(), spec, chosen, out)) {
      System.out.println(written.toAbsolutePath());
    }
    if (Boolean.getBoolean(PRINT_CPU)
        && java.lang.management.ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os) {
      System.err.println("caseflow report: cpu-ms " + os.getProcessCpuTime() / 1_000_000);
    }
    return 0;
  }

  /**
   * The cover sheet from --paper, or from paper.yaml in the current folder when there is one, or
   * blank; null (after saying why) when the file cannot be read or is refused.
   */
  private Paper paper() {
    Path file = paperFile;
    if (file == null && Files.isRegularFile(Path.of(Paper.DEFAULT_FILE))) {
      file = Path.of(Paper.DEFAULT_FILE);
      System.err.println("caseflow report: cover sheet from " + Paper.DEFAULT_FILE);
    }
    if (file == null) {
      return Paper.blank();
    }
    try {
      return Paper.load(file);
    } catch (java.io.IOException e) {
      System.err.println(
          "caseflow report: cannot read the cover sheet " + file + ": " + e.getMessage());
      return null;
    } catch (IllegalArgumentException e) {
      System.err.println("caseflow report: " + e.getMessage());
      return null;
    }
  }

  /** Builds the report from the store and writes it; the files written. */
  static List<Path> write(String location, ReportSpec spec, Set<Format> formats, Path dir)
      throws Exception {
    Document doc;
    try (Store s = Store.openForReading(location)) {
      doc = Reports.build(s, spec);
    }
    return Reports.write(doc, formats, dir, Reports.baseName(spec));
  }
}
