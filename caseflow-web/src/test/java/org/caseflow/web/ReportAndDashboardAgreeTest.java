package org.caseflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseflow.compare.Comparer;
import org.caseflow.compare.Presentation;
import org.caseflow.compare.Targets;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Population;
import org.caseflow.measure.Unit;
import org.caseflow.report.Audience;
import org.caseflow.report.Block;
import org.caseflow.report.Document;
import org.caseflow.report.ReportSpec;
import org.caseflow.report.Reports;
import org.caseflow.store.Importer;
import org.caseflow.store.Store;
import org.caseflow.synth.SynthSpec;
import org.caseflow.synth.Synthesiser;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The committee report and the dashboard show every indicator of the demo council the same way: the
 * same value, numerator, denominator, previous values, target, status, directions, benchmarks,
 * sentence, breakdown table and findings, in the same formats. The report is read back from its
 * blocks (what its HTML, PDF and Word are written from); the dashboard from its cached scorecard as
 * the shared presentation gives it to the pages.
 */
class ReportAndDashboardAgreeTest {
  private static final String LA = "808";

  @TempDir Path dir;

  /** The demo council (synthetic Stockton-on-Tees, every return and template), small. */
  private Store demo() throws Exception {
    Path returns = dir.resolve("returns");
    Synthesiser.generate(new SynthSpec(LA, 2024, 2025, 11L, 0.2, false), returns);
    Store store = Store.open(dir.resolve("demo.duckdb").toString());
    Importer importer =
        new Importer(
            store,
            Readers::forFormat,
            Clock.fixed(Instant.parse("2025-05-01T09:00:00Z"), ZoneOffset.UTC));
    for (int y = 2024; y <= 2025; y++) {
      List<Path> paths = new ArrayList<>();
      try (var files = Files.list(returns)) {
        for (Path p : files.sorted().toList()) {
          if (p.getFileName().toString().contains("_" + y)) {
            paths.add(p);
          }
        }
      }
      importer.importPaths(paths, new ReadContext(LA, new CollectionYear(y)));
    }
    // The synthetic returns read cleanly: two findings as a council's files have them, an
    // unreadable referral date in the CIN census and an unreadable contact date in Annex A.
    finding(store, "CIN_CENSUS", "CINreferralDate");
    finding(store, "ANNEX_A", "Date of Contact");
    return store;
  }

  private static void finding(Store store, String kind, String field) throws Exception {
    try (var ps =
        store
            .connection()
            .prepareStatement(
                "INSERT INTO import_finding SELECT batch_id, 'unreadable_value', 'ERROR',"
                    + " 'file', 'row 2', ?, NULL, 'expected a date' FROM import_batch"
                    + " WHERE return_kind = ? AND collection_year = 2025")) {
      ps.setString(1, field);
      ps.setString(2, kind);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
  }

  /** What the report shows of one indicator: the blocks after its heading, up to the next. */
  private record Shown(
      String sentence, Map<String, String> figures, List<List<String>> breakdown) {}

  private static Map<String, Shown> reportByIndicator(Document d) {
    Map<String, Shown> out = new LinkedHashMap<>();
    String id = null;
    String sentence = null;
    Map<String, String> figures = null;
    List<List<String>> breakdown = null;
    for (Block b : d.blocks()) {
      if (b instanceof Block.Heading h) {
        if (id != null) {
          out.put(id, new Shown(sentence, figures, breakdown));
        }
        id = null;
        if (h.level() == 3 && h.text().endsWith(")")) {
          id = h.text().substring(h.text().lastIndexOf('(') + 1, h.text().length() - 1);
          sentence = null;
          figures = null;
          breakdown = null;
        }
      } else if (id != null && b instanceof Block.Paragraph p && figures == null) {
        if (p.style() == Block.Style.NORMAL && sentence == null) {
          sentence = p.text();
        }
      } else if (id != null && b instanceof Block.Table t) {
        if (t.header().equals(List.of("Measure", "Figure"))) {
          figures = new LinkedHashMap<>();
          for (List<Block.Cell> r : t.rows()) {
            figures.put(r.get(0).text(), r.get(1).text());
          }
        } else if (t.header().get(0).equals("Category")) {
          breakdown =
              t.rows().stream().map(r -> r.stream().map(Block.Cell::text).toList()).toList();
        }
      }
    }
    if (id != null) {
      out.put(id, new Shown(sentence, figures, breakdown));
    }
    return out;
  }

  /** The report's data-quality tables: for each indicator, the findings it is listed against. */
  private static Map<String, Set<String>> reportFindings(Document d, boolean suppressed) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (Block b : d.blocks()) {
      if (!(b instanceof Block.Table t)) {
        continue;
      }
      if (t.caption().equals("Import findings that touch the figures")) {
        for (List<Block.Cell> r : t.rows()) {
          String line =
              r.get(0).text()
                  + ": "
                  + r.get(1).text()
                  + " "
                  + r.get(2).text()
                  + (suppressed ? "" : ", " + r.get(3).text());
          for (String id : r.get(suppressed ? 3 : 4).text().split(", ")) {
            out.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(line);
          }
        }
      } else if (t.caption().equals("Validation errors that touch the figures")) {
        for (List<Block.Cell> r : t.rows()) {
          String line =
              r.get(0).text()
                  + ": DfE rules "
                  + r.get(1).text()
                  + (suppressed ? "" : ", " + r.get(2).text() + " errors");
          for (String id : r.get(suppressed ? 2 : 3).text().split(", ")) {
            out.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(line);
          }
        }
      }
    }
    return out;
  }

  /** Every period type: a year, a quarter, a month and a rolling twelve months. */
  @ParameterizedTest
  @ValueSource(strings = {"2024-25", "2024-25-Q4", "2025-02", "R12:2025-02"})
  void theReportAndTheDashboardShowEveryIndicatorsFiguresFormatsAndFindingsAlike(String period)
      throws Exception {
    ReportingPeriod chosen = ReportingPeriod.parse(period);
    Catalogue catalogue = Catalogue.load();
    Document report;
    Document publicReport;
    ScorecardView view;
    try (Store store = demo()) {
      report = Reports.build(store, ReportSpec.of(LA, chosen, Audience.CLINIC, false));
      publicReport = Reports.build(store, ReportSpec.of(LA, chosen, Audience.CLINIC, true));
      view =
          ScorecardView.compute(
              store,
              catalogue,
              Comparer.bundled(),
              Targets.none(),
              Population.bundled(),
              LA,
              chosen);
    }
    // Officers: the full report and an analyst's dashboard.
    agree(report, view, Presentation.full());
    // The public: the public report and a councillor's dashboard.
    agree(publicReport, view, Presentation.suppressed());
  }

  private static void agree(Document report, ScorecardView view, Presentation show) {
    Map<String, Shown> shown = reportByIndicator(report);
    Map<String, Set<String>> reportFindings = reportFindings(report, show.isSuppressed());
    int figures = 0;
    int breakdowns = 0;
    int findings = 0;
    for (org.caseflow.compare.PeriodScorecard.Entry entry : view.entries()) {
      Indicator i = entry.indicator();
      Presentation.Line dash = show.line(entry);
      String what = i.id() + (show.isSuppressed() ? " (suppressed)" : "");
      assertThat(reportFindings.getOrDefault(i.id(), Set.of()))
          .as(what)
          .containsExactlyInAnyOrderElementsOf(dash.findings());
      findings += dash.findings().size();
      Shown r = shown.get(i.id());
      if (r == null) {
        continue; // not in the report: no figure in any period shown (listed as such)
      }
      if (r.figures() != null) {
        Map<String, String> f = r.figures();
        assertThat(f.get("Value (" + dash.unit() + ")")).as(what).isEqualTo(dash.value());
        if (i.unit() != Unit.COUNT) {
          // What each counts is in the report's technical notes, not beside the figure.
          assertThat(f.get("Numerator")).as(what).isEqualTo(dash.numerator());
          assertThat(f.get("Denominator")).as(what).isEqualTo(dash.denominator());
        }
        assertThat(f.get("Previous period")).as(what).isEqualTo(dash.previous());
        assertThat(f.get("Same period last year")).as(what).isEqualTo(dash.lastYear());
        assertThat(f.get("Target"))
            .as(what)
            .isEqualTo(
                dash.target().equals("none")
                    ? "none"
                    : dash.target() + " (" + dash.targetSource() + ")");
        assertThat(f.get("Status")).as(what).isEqualTo(dash.status());
        assertThat(f.get("Direction of travel"))
            .as(what)
            .isEqualTo(
                dash.vsPrevious()
                    + " on the previous period; "
                    + dash.vsLastYear()
                    + " on the same period last year");
        if (!dash.benchmarkYear().isEmpty()) {
          assertThat(f.get("England, " + dash.benchmarkYear())).as(what).isEqualTo(dash.england());
          assertThat(f.get("Statistical neighbours' mean, " + dash.benchmarkYear()))
              .as(what)
              .isEqualTo(dash.neighbours());
        }
        if (dash.sentence() != null) {
          assertThat(r.sentence()).as(what).isEqualTo(dash.sentence());
        }
        figures++;
      }
      if (r.breakdown() != null) {
        assertThat(r.breakdown()).as(what).isEqualTo(dash.breakdown());
        breakdowns++;
      }
    }
    // The demo council has figures in every stage, breakdowns, and findings to compare.
    assertThat(figures).isGreaterThan(60);
    assertThat(breakdowns).isGreaterThan(10);
    assertThat(findings).isGreaterThan(0);
    // WF11 is among the figures, with a value and its table by team.
    assertThat(shown.get("WF11").figures()).containsKey("Value (ratio)");
    assertThat(shown.get("WF11").breakdown()).isNotEmpty();
  }
}
