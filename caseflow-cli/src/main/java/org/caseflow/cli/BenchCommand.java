package org.caseflow.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.caseflow.store.ImportReport;
import org.caseflow.store.Importer;
import org.caseflow.store.Store;
import org.caseflow.synth.SynthSpec;
import org.caseflow.synth.Synthesiser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code caseflow bench}: times importing a large CIN census and a large SSDA903 return into a
 * fresh DuckDB store. Performance targets live here, not in timed unit tests.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Times caseflow on a large council: importing and validating its returns by " + "default.",
      "By default it imports (a) a large CIN census XML and (b) a large SSDA903 return "
          + "(CSV tables) into fresh DuckDB stores, runs the DfE's rules on each, and reports "
          + "file sizes, row counts, times and peak heap. With --catalogue, --report, --web "
          + "or --synth it times the whole catalogue, the committee report, the dashboard or "
          + "the synthesis of five years instead. Speed targets live here, not in the tests."
    })
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--la", defaultValue = "886", description = "Council to synthesise (Kent).")
  String la;

  @Option(names = "--year", defaultValue = "2025", description = "Collection year to time.")
  String year;

  @Option(
      names = "--scale",
      defaultValue = "4.5",
      description = "Volume multiplier: large enough for 26,000 children in the SSDA903.")
  double scale;

  @Option(names = "--runs", defaultValue = "3", description = "Timed runs of each import.")
  int runs;

  @Option(names = "--work", paramLabel = "DIR", description = "Working folder (default: temp).")
  Path work;

  @Option(
      names = "--returns",
      paramLabel = "DIR",
      description = "Use returns synthesised before (cin/ and ssda903/ below DIR) instead.")
  Path returnsDir;

  @Option(
      names = "--catalogue",
      paramLabel = "STORE",
      description = "Instead, time the whole catalogue for 13 months and 5 years on this store.")
  String catalogueStore;

  @Option(
      names = "--report",
      paramLabel = "STORE",
      description =
          "Instead, time the committee report (HTML, PDF and Word) for --la and the year's Q4"
              + " on this store.")
  String reportStore;

  @Option(
      names = "--cold",
      description =
          "With --report: time the whole `caseflow report` command in fresh JVMs (as the"
              + " launcher runs it, the JIT's first tier only), the clinic and the Cabinet"
              + " version, --runs each: process CPU time, wall time and load average.")
  boolean cold;

  @Option(
      names = "--web",
      paramLabel = "STORE",
      description =
          "Instead, load-test the dashboard's scorecard page on a copy of this DuckDB store (a"
              + " PostgreSQL URL is used in place, with a 'bench' account added): --clients"
              + " concurrent signed-in clients on loopback, --requests each.")
  String webStore;

  @Option(
      names = "--synth",
      description =
          "Instead, time synthesising --la's returns for the five collection years to --year at"
              + " the council's own size; the target for Kent (886) is under a minute.")
  boolean synth;

  @Option(names = "--clients", defaultValue = "50", description = "Concurrent web clients.")
  int clients;

  @Option(names = "--requests", defaultValue = "200", description = "Timed requests per client.")
  int requests;

  @Option(
      names = "--during-import",
      description =
          "With --web: the clinic's pages (scorecard, actions, imports, sign-in) while returns are"
              + " uploaded and imported through the dashboard.")
  boolean duringImport;

  @Override
  public Integer call() throws Exception {
    if (webStore != null) {
      return WebBench.run(webStore, clients, requests, duringImport);
    }
    if (catalogueStore != null) {
      return catalogue();
    }
    if (reportStore != null) {
      return cold ? coldReports() : report();
    }
    if (synth) {
      return synthesis();
    }
    int y = Years.parse(year).endYear();
    Path dir = work != null ? work : Files.createTempDirectory("caseflow-bench");
    Path cinReturns = returnsDir != null ? returnsDir.resolve("cin") : dir.resolve("cin");
    Path claReturns = returnsDir != null ? returnsDir.resolve("ssda903") : dir.resolve("ssda903");
    if (returnsDir == null) {
      long t0 = System.nanoTime();
      // The CIN census of the council at its own size; the SSDA903 scaled up to 26,000 children.
      Synthesiser.generate(new SynthSpec(la, y, y, 7L, 1.0, false), cinReturns);
      long t1 = System.nanoTime();
      Synthesiser.generate(new SynthSpec(la, y, y, 7L, scale, false), claReturns);
      System.out.printf(
          "Synthesised council %s for %s: at its own size in %d ms; at scale %.1f in %d ms%n",
          la,
          new CollectionYear(y),
          (t1 - t0) / 1_000_000,
          scale,
          (System.nanoTime() - t1) / 1_000_000);
    }
    System.out.printf(
        "Machine: %d cores, max heap %d MB, Java %s%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"));
    time("(a) CIN census XML", List.of(cinReturns.resolve("cin_census_" + y + ".xml")), dir, y);
    time("(b) SSDA903 CSV tables", List.of(claReturns.resolve("ssda903_" + y)), dir, y);
    if (work == null) {
      deleteTree(dir);
    }
    return 0;
  }

  private void time(String label, List<Path> paths, Path dir, int y) throws Exception {
    long bytes = 0;
    for (Path p : paths) {
      try (Stream<Path> w = Files.walk(p)) {
        bytes += w.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
      }
    }
    long best = Long.MAX_VALUE;
    long bestRules = Long.MAX_VALUE;
    long bestRulesCpu = 0;
    int rulesRun = 0;
    long failures = 0;
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ImportReport last = null;
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    for (int run = 0; run < Math.max(1, runs) + 1; run++) {
      Path storeFile = dir.resolve("bench-" + run + ".duckdb");
      Files.deleteIfExists(storeFile);
      try (Store store = Store.open(storeFile.toString())) {
        long t = System.nanoTime();
        last =
            new Importer(store, Readers::forFormat, Clock.systemUTC())
                .importPaths(paths, new ReadContext(la, new CollectionYear(y)));
        long ms = (System.nanoTime() - t) / 1_000_000;
        if (run > 0) { // the first run warms the JVM and loads DuckDB's native library
          best = Math.min(best, ms);
        }
        // The DfE's rules on the imported return, timed apart from the import.
        long cpu = os.getProcessCpuTime();
        long tv = System.nanoTime();
        var v =
            org.caseflow.validate.Validator.bundled()
                .validate(store.connection(), last.batches().get(0).batchId());
        long vms = (System.nanoTime() - tv) / 1_000_000;
        if (run > 0 && v.isPresent() && vms < bestRules) {
          bestRules = vms;
          bestRulesCpu = (os.getProcessCpuTime() - cpu) / 1_000_000;
          rulesRun = v.get().rulesRun();
          failures = v.get().findings().size();
        }
      }
      Files.deleteIfExists(storeFile);
    }
    ImportReport.Batch b = last.batches().get(0);
    System.out.printf(
        "%s: %.1f MB, %,d children, %,d episodes, %,d rows in all; import best of %d: %d ms;"
            + " peak heap during the imports %d MB%n",
        label,
        bytes / 1e6,
        b.rows().getOrDefault(Table.CHILD, 0),
        b.rows().getOrDefault(Table.CIN_EPISODE, 0) + b.rows().getOrDefault(Table.CLA_EPISODE, 0),
        last.totalRows(),
        runs,
        best,
        peakHeapMb());
    if (rulesRun > 0) {
      System.out.printf(
          "    validation: %d rules, %,d failures, best of %d: %d ms (%d ms of CPU on %d cores;"
              + " load average %.1f)%n",
          rulesRun,
          failures,
          runs,
          bestRules,
          bestRulesCpu,
          Runtime.getRuntime().availableProcessors(),
          os.getSystemLoadAverage());
    }
  }

  private int catalogue() throws Exception {
    int y = Years.parse(year).endYear();
    var catalogue = org.caseflow.measure.Catalogue.load();
    var periods =
        new java.util.ArrayList<>(
            org.caseflow.measure.Trends.months(java.time.YearMonth.of(y, 3), 13));
    periods.addAll(org.caseflow.measure.Trends.years(new CollectionYear(y), 5));
    try (Store s = Store.open(catalogueStore)) {
      var m = new org.caseflow.measure.Measurer(s, org.caseflow.measure.Population.bundled());
      long best = Long.MAX_VALUE;
      long bestCpu = 0;
      int figures = 0;
      var os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      for (int run = 0; run < Math.max(1, runs) + 1; run++) {
        long cpu = os.getProcessCpuTime();
        long t = System.nanoTime();
        figures = 0;
        figures =
            org.caseflow.measure.Measurer.measureAll(
                    s, org.caseflow.measure.Population.bundled(), catalogue.all(), la, periods)
                .stream()
                .mapToInt(List::size)
                .sum();
        long ms = (System.nanoTime() - t) / 1_000_000;
        if (run > 0 && ms < best) {
          best = ms;
          bestCpu = (os.getProcessCpuTime() - cpu) / 1_000_000;
        }
      }
      System.out.printf(
          "Catalogue: %d indicators x %d periods = %d figures for council %s in %d ms (best of %d;"
              + " %d ms of CPU on %d cores; load average %.1f)%n",
          catalogue.all().size(),
          periods.size(),
          figures,
          la,
          best,
          runs,
          bestCpu,
          Runtime.getRuntime().availableProcessors(),
          os.getSystemLoadAverage());
      // Statistical process control: every indicator's XmR chart over 24 months (one query per
      // indicator for the series, then the rules).
      long bestSpc = Long.MAX_VALUE;
      int charts = 0;
      for (int run = 0; run < Math.max(1, runs) + 1; run++) {
        long t = System.nanoTime();
        charts =
            (int)
                org.caseflow.compare.spc.MonthlyChart.all(
                        s,
                        org.caseflow.measure.Population.bundled(),
                        catalogue.all(),
                        la,
                        java.time.YearMonth.of(y, 3),
                        24,
                        org.caseflow.compare.Targets.none(),
                        org.caseflow.compare.spc.XmrRules.standard())
                    .stream()
                    .filter(org.caseflow.compare.spc.MonthlyChart::hasSeries)
                    .count();
        long ms = (System.nanoTime() - t) / 1_000_000;
        if (run > 0 && ms < bestSpc) {
          bestSpc = ms;
        }
      }
      System.out.printf(
          "SPC: %d indicators with a monthly series, XmR charts over 24 months for council %s in"
              + " %d ms (best of %d)%n",
          charts, la, bestSpc, runs);
    }
    return 0;
  }

  private int report() throws Exception {
    var q4 = org.caseflow.domain.period.ReportingPeriod.parse(Years.parse(year).label() + "-Q4");
    var spec =
        org.caseflow.report.ReportSpec.of(la, q4, org.caseflow.report.Audience.CLINIC, false);
    Path dir = work != null ? work : Files.createTempDirectory("caseflow-bench-report");
    long best = Long.MAX_VALUE;
    long bestBuild = Long.MAX_VALUE;
    long[] bestFormat = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
    long bestCpu = Long.MAX_VALUE;
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long bytes = 0;
    for (int run = 0; run < Math.max(1, runs) + 1; run++) {
      long t = System.nanoTime();
      long cpu = os.getProcessCpuTime();
      org.caseflow.report.Document doc;
      try (Store s = Store.open(reportStore)) {
        doc = org.caseflow.report.Reports.build(s, spec);
      }
      long built = System.nanoTime();
      List<Path> files =
          org.caseflow.report.Reports.write(
              doc,
              java.util.EnumSet.allOf(org.caseflow.report.Format.class),
              dir,
              org.caseflow.report.Reports.baseName(spec));
      long ms = (System.nanoTime() - t) / 1_000_000;
      long cpuMs = (os.getProcessCpuTime() - cpu) / 1_000_000;
      if (run > 0) { // the first run warms the JVM and loads DuckDB, PDFBox and POI
        best = Math.min(best, ms);
        bestCpu = Math.min(bestCpu, cpuMs);
        bestBuild = Math.min(bestBuild, (built - t) / 1_000_000);
        // Each format alone as well, for where the time goes.
        for (var f : org.caseflow.report.Format.values()) {
          long tf = System.nanoTime();
          org.caseflow.report.Reports.write(
              doc, java.util.EnumSet.of(f), dir, org.caseflow.report.Reports.baseName(spec));
          bestFormat[f.ordinal()] =
              Math.min(bestFormat[f.ordinal()], (System.nanoTime() - tf) / 1_000_000);
        }
      }
      bytes = 0;
      for (Path f : files) {
        bytes += Files.size(f);
      }
    }
    System.out.printf(
        "Report: council %s, %s, HTML + PDF + Word (%.1f MB) in %d ms (best of %d): measuring"
            + " and content %d ms, then the three formats side by side; alone, HTML %d ms, PDF"
            + " %d ms, Word %d ms; CPU time of the whole report %d ms over %d cores; load average"
            + " %.1f%n",
        la,
        q4.label(),
        bytes / 1e6,
        best,
        runs,
        bestBuild,
        bestFormat[0],
        bestFormat[1],
        bestFormat[2],
        bestCpu,
        Runtime.getRuntime().availableProcessors(),
        os.getSystemLoadAverage());
    if (work == null) {
      deleteTree(dir);
    }
    return 0;
  }

  /**
   * Cold reports: each run is a new JVM writing HTML, PDF and Word, as a user's first {@code
   * caseflow report} is; the child prints its own process CPU time (JVM start included) when done.
   * Targets: the clinic version under 10 s of CPU on 2 cores, the Cabinet version under 5 s.
   */
  private int coldReports() throws Exception {
    String q4 = Years.parse(year).label() + "-Q4";
    Path dir = work != null ? work : Files.createTempDirectory("caseflow-bench-cold");
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (String audience : List.of("clinic", "cabinet")) {
      long bestCpu = Long.MAX_VALUE;
      long bestWall = Long.MAX_VALUE;
      double loadBefore = os.getSystemLoadAverage();
      for (int run = 0; run < Math.max(1, runs); run++) {
        Process p =
            new ProcessBuilder(
                    javaBin,
                    "-XX:TieredStopAtLevel=1",
                    "-D" + ReportCommand.PRINT_CPU + "=true",
                    "-cp",
                    System.getProperty("java.class.path"),
                    Main.class.getName(),
                    "report",
                    "--store",
                    reportStore,
                    "--la",
                    la,
                    "--period",
                    q4,
                    "--audience",
                    audience,
                    "--out",
                    dir.resolve("cold-" + audience).toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long t = System.nanoTime();
        String err =
            new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int rc = p.waitFor();
        long wall = (System.nanoTime() - t) / 1_000_000;
        var m = java.util.regex.Pattern.compile("cpu-ms (\\d+)").matcher(err);
        if (rc != 0 || !m.find()) {
          System.err.println("caseflow bench: the cold report failed (exit " + rc + "): " + err);
          return 1;
        }
        bestCpu = Math.min(bestCpu, Long.parseLong(m.group(1)));
        bestWall = Math.min(bestWall, wall);
      }
      System.out.printf(
          "Cold report, %s version, council %s, %s, HTML + PDF + Word: CPU %,d ms, wall %,d ms"
              + " (best of %d, fresh JVM each, JVM start included); load average %.1f before,"
              + " %.1f after, %d cores; target under %d s of CPU%n",
          audience,
          la,
          q4,
          bestCpu,
          bestWall,
          Math.max(1, runs),
          loadBefore,
          os.getSystemLoadAverage(),
          Runtime.getRuntime().availableProcessors(),
          audience.equals("clinic") ? 10 : 5);
    }
    if (work == null) {
      deleteTree(dir);
    }
    return 0;
  }

  /** Synthesis of five years at the council's own size, against a minute for the largest. */
  private int synthesis() throws Exception {
    int y = Years.parse(year).endYear();
    Path dir = work != null ? work : Files.createTempDirectory("caseflow-bench-synth");
    long best = Long.MAX_VALUE;
    org.caseflow.synth.SynthResult result = null;
    for (int run = 0; run < Math.max(1, runs); run++) {
      Path out = dir.resolve("run-" + run);
      long t = System.nanoTime();
      result = Synthesiser.generate(new SynthSpec(la, y - 4, y, 1L, 1.0, false), out);
      best = Math.min(best, (System.nanoTime() - t) / 1_000_000);
      deleteTree(out);
    }
    System.out.printf(
        "Synthesis: council %s, %s to %s at its own size (%,d children in the last CIN census):"
            + " best of %d %,d ms; target under 60,000 ms: %s%n",
        la,
        new CollectionYear(y - 4).label(),
        new CollectionYear(y).label(),
        result.file("cin_census_" + y + ".xml").rows(Table.CHILD),
        runs,
        best,
        best < 60_000 ? "met" : "NOT met");
    if (work == null) {
      deleteTree(dir);
    }
    return 0;
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (Stream<Path> w = Files.walk(dir)) {
      for (Path p : w.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
