package org.caseflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.caseflow.report.Audience;
import org.caseflow.report.Format;
import org.caseflow.report.ReportSpec;
import org.caseflow.store.ImportReport;
import org.caseflow.store.Importer;
import org.caseflow.store.Store;
import org.caseflow.synth.Quality;
import org.caseflow.synth.SynthSpec;
import org.caseflow.synth.Synthesiser;
import org.caseflow.validate.Validator;
import org.caseflow.web.Dashboard;
import org.caseflow.web.Role;
import org.caseflow.web.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code caseflow demo}: the main job on a realistic synthetic council. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Synthesises Stockton-on-Tees (808), imports it and writes the committee report.",
      "The last five collection years go into a fresh demo store; it prints what it "
          + "loaded and writes the committee report (HTML, PDF, Word) for Q4 of the last "
          + "collection year. At a terminal it then serves the dashboard and prints a demo "
          + "sign-in.",
      "When the demo store already exists, its accounts, actions and audit log are kept: the "
          + "returns are imported again into a new store and those three are copied across (it "
          + "says so before it starts). Use --fresh to start without them."
    })
final class DemoCommand implements Callable<Integer> {
  static final String LA = "808";

  @Option(
      names = "--out",
      defaultValue = "demo",
      paramLabel = "DIR",
      description = "Where the returns and the demo store go (default ./demo).")
  Path out;

  @Option(
      names = "--no-serve",
      description = "Do not start the dashboard afterwards (it starts only on a terminal anyway).")
  boolean noServe;

  @Option(
      names = "--quality",
      defaultValue = "typical",
      paramLabel = "Q",
      description =
          "clean, typical or migration: the errors planted in the latest year's returns, which the"
              + " Data quality page and the report's caveats then show (default typical; see caseflow"
              + " synth --help).")
  String quality;

  @Option(names = "--port", defaultValue = "8080", description = "Dashboard port (default 8080).")
  int port;

  @Option(
      names = "--fresh",
      description =
          "Start the demo store afresh, without the accounts, actions and audit log of an existing"
              + " one.")
  boolean fresh;

  /** The dashboard's own tables a re-run of the demo keeps: accounts, actions, audit log. */
  static final List<String> KEPT =
      List.of("app_user", "clinic_action", "clinic_action_update", "audit_log");

  /** A table's rows, read from the old store to be written into the new one. */
  record Saved(String table, List<String> columns, List<Object[]> rows) {}

  static List<Saved> save(Path storeFile) throws Exception {
    List<Saved> out = new ArrayList<>();
    try (Store old = Store.open(storeFile.toString());
        Statement s = old.connection().createStatement()) {
      for (String t : KEPT) {
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + t)) {
          List<String> cols = new ArrayList<>();
          for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            cols.add(rs.getMetaData().getColumnLabel(i));
          }
          List<Object[]> rows = new ArrayList<>();
          while (rs.next()) {
            Object[] r = new Object[cols.size()];
            for (int i = 0; i < r.length; i++) {
              r[i] = rs.getObject(i + 1);
            }
            rows.add(r);
          }
          out.add(new Saved(t, cols, rows));
        }
      }
    }
    return out;
  }

  static void restore(Store store, List<Saved> saved) throws java.sql.SQLException {
    for (Saved t : saved) {
      String sql =
          "INSERT INTO "
              + t.table()
              + " ("
              + String.join(", ", t.columns())
              + ") VALUES ("
              + String.join(", ", java.util.Collections.nCopies(t.columns().size(), "?"))
              + ")";
      try (var ps = store.connection().prepareStatement(sql)) {
        for (Object[] r : t.rows()) {
          for (int i = 0; i < r.length; i++) {
            ps.setObject(i + 1, r[i]);
          }
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
  }

  @Override
  public Integer call() throws Exception {
    Quality qual;
    try {
      qual = Quality.parse(quality);
    } catch (IllegalArgumentException e) {
      System.err.println("caseflow demo: " + e.getMessage());
      return 2;
    }
    Clock clock = Clock.systemDefaultZone();
    // The latest complete collection year ended on the last 31 March before today.
    int last = CollectionYear.containing(LocalDate.now(clock)).endYear() - 1;
    int first = last - 4;
    Path returns = out.resolve("returns");
    Path storeFile = out.resolve("caseflow-demo.duckdb");
    System.out.printf(
        "caseflow demo: a synthetic Stockton-on-Tees (%s), collection years %s to %s, %s"
            + " quality%n",
        LA, new CollectionYear(first), new CollectionYear(last), qual.label());
    long t0 = System.nanoTime();
    var result =
        Synthesiser.generate(new SynthSpec(LA, first, last, 1L, 1.0, false, qual), returns);
    System.out.printf(
        "  synthesised %d files in %s in %d ms%n",
        result.files().size(), returns.toAbsolutePath(), (System.nanoTime() - t0) / 1_000_000);
    List<Saved> kept = List.of();
    if (Files.exists(storeFile) && !fresh) {
      kept = save(storeFile);
      System.out.printf(
          "  the demo store %s exists: importing the returns again into a new one and keeping"
              + " its %d accounts, %d actions and %d audit log entries (--fresh to drop them)%n",
          storeFile.toAbsolutePath(),
          kept.get(0).rows().size(),
          kept.get(1).rows().size(),
          kept.get(3).rows().size());
    } else if (Files.exists(storeFile)) {
      System.out.printf(
          "  the demo store %s exists: --fresh, so it is replaced without its accounts, actions"
              + " and audit log%n",
          storeFile.toAbsolutePath());
    }
    Files.deleteIfExists(storeFile);
    Files.deleteIfExists(Path.of(storeFile + ".wal"));
    try (Store store = Store.open(storeFile.toString())) {
      restore(store, kept);
      Importer importer =
          new Importer(store, Readers::forFormat, clock, Validator.bundled().asImportStep());
      // the Ofsted provider list first: validation of each SSDA903 checks its URNs against it
      Path providers = returns.resolve("ofsted_providers_" + last + ".xlsx");
      if (Files.exists(providers)) {
        ImportReport report =
            importer.importPaths(List.of(providers), new ReadContext(LA, new CollectionYear(last)));
        ImportCommand.print(report, store.description());
      }
      for (int y = first; y <= last; y++) {
        List<Path> paths = new ArrayList<>();
        for (String name :
            List.of(
                "cin_census_" + y + ".xml",
                "ssda903_" + y,
                "annex_a_" + y + ".xlsx",
                "csww_" + y + ".xml",
                "caseload_" + y + ".csv",
                "budget_" + y + ".csv",
                "nrpf_" + y + ".csv",
                "exploitation_" + y + ".csv",
                "early_help_targets_" + y + ".csv",
                "health_assessments_" + y + ".csv",
                "foster_carers_" + y + ".csv",
                "fostering_targets_" + y + ".csv")) {
          Path p = returns.resolve(name);
          if (Files.exists(p)) {
            paths.add(p);
          }
        }
        ImportReport report =
            importer.importPaths(paths, new ReadContext(LA, new CollectionYear(y)));
        ImportCommand.print(report, store.description());
        ImportCommand.printValidation(store, report, false);
      }
      System.out.println();
      System.out.println("Loaded (current rows, all years merged):");
      try (Statement s = store.connection().createStatement()) {
        for (String[] q : SUMMARY) {
          try (ResultSet rs = s.executeQuery(q[1])) {
            rs.next();
            System.out.printf("  %-44s %,9d%n", q[0], rs.getLong(1));
          }
        }
      }
    }
    // The committee report for the latest complete quarter: Q4 (January to March) of the last year.
    ReportingPeriod q4 = ReportingPeriod.parse(new CollectionYear(last).label() + "-Q4");
    long tr = System.nanoTime();
    List<Path> reports =
        ReportCommand.write(
            storeFile.toString(),
            ReportSpec.of(LA, q4, Audience.CLINIC, false),
            EnumSet.allOf(Format.class),
            out.resolve("report"));
    System.out.printf(
        "%nCommittee report for %s in %d ms:%n", q4.label(), (System.nanoTime() - tr) / 1_000_000);
    for (Path p : reports) {
      System.out.println("  " + p.toAbsolutePath());
    }
    System.out.printf(
        "%nDemo store: %s%nTotal time: %d ms%n",
        storeFile.toAbsolutePath(), (System.nanoTime() - t0) / 1_000_000);
    // The dashboard starts only for a person at a terminal: CI and scripts never block here.
    if (!noServe && System.console() != null) {
      try (Store store = Store.open(storeFile.toString())) {
        serve(store);
      }
    }
    return 0;
  }

  private void serve(Store store) throws Exception {
    String password = Users.generatePassword();
    new Users(store, Clock.systemDefaultZone()).put("demo", Role.ADMIN, password.toCharArray());
    try (Dashboard d = Dashboard.start(Dashboard.Options.defaults(store, LA).withPort(port))) {
      System.out.printf(
          "%nDashboard: %s%nSign in as demo (admin) with the password %s%nStop with Ctrl+C.%n",
          d.url(), password);
      ServeCommand.serveUntilStopped(d, store);
    }
  }

  private static final String[][] SUMMARY = {
    {
      "children (CIN census)",
      "SELECT count(*) FROM child WHERE is_current AND source = 'CIN_CENSUS'"
    },
    {"children (SSDA903)", "SELECT count(*) FROM child WHERE is_current AND source = 'SSDA903'"},
    {"CIN episodes (referrals)", "SELECT count(*) FROM cin_episode WHERE is_current"},
    {"assessments", "SELECT count(*) FROM assessment WHERE is_current"},
    {"Section 47 enquiries", "SELECT count(*) FROM section47 WHERE is_current"},
    {"CP plans", "SELECT count(*) FROM cp_plan WHERE is_current"},
    {"looked-after episodes", "SELECT count(*) FROM cla_episode WHERE is_current"},
    {"care leaver records (OC3)", "SELECT count(*) FROM care_leaver WHERE is_current"},
    {"contacts (Annex A list 1)", "SELECT count(*) FROM aa_contact WHERE is_current"},
    {"social workers (CSWW census, all years)", "SELECT count(*) FROM sw_worker WHERE is_current"},
    {"caseload extract rows (worker-months)", "SELECT count(*) FROM caseload WHERE is_current"},
    {"budget lines (line-months)", "SELECT count(*) FROM budget_line WHERE is_current"},
    {"NRPF family cases", "SELECT count(*) FROM nrpf_case WHERE is_current"},
    {"exploitation considerations", "SELECT count(*) FROM exploitation_risk WHERE is_current"},
    {
      "health assessments (initial and review)",
      "SELECT count(*) FROM health_assessment WHERE is_current"
    },
    {"foster carer households", "SELECT count(*) FROM foster_household WHERE is_current"},
  };
}
