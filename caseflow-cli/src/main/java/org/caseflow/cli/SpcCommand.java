package org.caseflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caseflow.compare.Formats;
import org.caseflow.compare.Targets;
import org.caseflow.compare.spc.Facts;
import org.caseflow.compare.spc.MonthlyChart;
import org.caseflow.compare.spc.Point;
import org.caseflow.compare.spc.Segment;
import org.caseflow.compare.spc.Signal;
import org.caseflow.compare.spc.XmrChart;
import org.caseflow.compare.spc.XmrRules;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Measurer;
import org.caseflow.measure.Population;
import org.caseflow.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code caseflow spc}: an indicator's XmR chart over the months ending with one. */
@Command(
    name = "spc",
    mixinStandardHelpOptions = true,
    description = {
      "Draws an indicator's statistical process control (XmR) chart over the months ending with"
          + " one: its mean, process limits, special-cause signals, and variation and assurance"
          + " as NHS England's Making Data Count has them.",
      "Each month's value is the one caseflow indicators --period YYYY-MM gives. See docs/spc.md"
          + " for the method and its choices."
    })
final class SpcCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(index = "0", paramLabel = "ID", description = "The indicator, e.g. IN05.")
  String id;

  @Option(names = "--la", required = true, paramLabel = "CODE", description = "Council code.")
  String la;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "YYYY-MM",
      description = "The last month of the chart.")
  String to;

  @Option(
      names = "--months",
      defaultValue = "24",
      paramLabel = "N",
      description = "How many months the chart shows, ending with --to (default 24).")
  int months;

  @Option(
      names = "--baseline",
      defaultValue = "20",
      paramLabel = "N",
      description =
          "How many points (12 to 20) the mean and limits are worked out from (default 20).")
  int baseline;

  @Option(
      names = "--run",
      defaultValue = "7",
      paramLabel = "N",
      description = "How many points in a row on one side of the mean make a shift: 6 or 7.")
  int run;

  @Option(
      names = "--targets",
      paramLabel = "FILE",
      description = "The council's targets and rebases (YAML; see docs/spc.md).")
  Path targetsFile;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, csv or json (default table).")
  Output.Format format;

  @Override
  public Integer call() throws Exception {
    ReportingPeriod last = Inputs.period("spc", to);
    if (last == null || !Inputs.council("spc", la)) {
      return 2;
    }
    if (last.kind() != ReportingPeriod.Kind.MONTH) {
      System.err.println("caseflow spc: --to is a month, YYYY-MM, not '" + to + "'");
      return 2;
    }
    if (months < 2 || months > 120) {
      System.err.println("caseflow spc: --months is 2 to 120, not " + months);
      return 2;
    }
    XmrRules rules;
    try {
      rules = new XmrRules(baseline, run);
    } catch (IllegalArgumentException e) {
      System.err.println("caseflow spc: " + e.getMessage());
      return 2;
    }
    Targets targets = Inputs.targets("spc", targetsFile);
    if (targets == null) {
      return 2;
    }
    var found = Catalogue.load().find(id);
    if (found.isEmpty()) {
      System.err.println("caseflow spc: no indicator " + id + " (see caseflow explain)");
      return 2;
    }
    Indicator indicator = found.get();
    MonthlyChart chart;
    try (Store s = Store.openForReading(store.location())) {
      var loaded = Inputs.loaded("spc", s, la, last);
      if (loaded == null) {
        return 2;
      }
      YearMonth end = YearMonth.from(last.start());
      chart =
          MonthlyChart.measure(
              new Measurer(s, Population.bundled()), indicator, la, end, months, targets, rules);
      List<String> partial = new ArrayList<>();
      for (var f : chart.figures()) {
        if (!loaded.coverage(indicator, f.period()).isWhole()) {
          partial.add(YearMonth.from(f.period().start()).toString());
        }
      }
      if (!partial.isEmpty()) {
        System.err.println(
            "caseflow spc: warning: the loaded returns cover only part of "
                + Formats.words(partial.size())
                + " of the months ("
                + String.join(", ", partial)
                + "); their values may be incomplete");
      }
    }
    if (!chart.hasSeries()) {
      var note = chart.figures().get(chart.figures().size() - 1).note();
      System.err.println(
          "caseflow spc: "
              + indicator.id()
              + " has no monthly series for council "
              + la
              + (note == null || note.isBlank() ? "" : ": " + note));
      return 2;
    }
    System.out.print(render(chart, format));
    return 0;
  }

  static String render(MonthlyChart m, Output.Format format) throws Exception {
    return switch (format) {
      case JSON ->
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(m))
              + "\n";
      case CSV -> {
        StringBuilder s =
            new StringBuilder(
                    Output.csvLine(
                        List.of(
                            "id",
                            "month",
                            "value",
                            "mean",
                            "lower_limit",
                            "upper_limit",
                            "signals")))
                .append('\n');
        XmrChart c = m.chart();
        for (Point p : c.points()) {
          Segment g = c.segmentOf(p.month());
          s.append(
                  Output.csvLine(
                      List.of(
                          m.indicator().id(),
                          p.month().toString(),
                          raw(p.value()),
                          raw(g.mean()),
                          raw(g.lower()),
                          raw(g.upper()),
                          String.join(";", codes(p)))))
              .append('\n');
        }
        yield s.toString();
      }
      case TABLE -> table(m);
    };
  }

  private static String table(MonthlyChart m) {
    XmrChart c = m.chart();
    Indicator i = m.indicator();
    Segment g = c.latest();
    StringBuilder s = new StringBuilder();
    s.append(i.id()).append("  ").append(i.name()).append('\n');
    s.append(
        Output.wrap(
            "Mean "
                + Formats.value(g.mean(), i)
                + "; process limits "
                + Formats.value(g.lower(), i)
                + " to "
                + Formats.value(g.upper(), i)
                + (g.provisional() ? " (provisional)" : "")
                + ". Variation: "
                + c.variation().word()
                + " ("
                + c.variation().alt()
                + "). Assurance: "
                + c.assurance().word()
                + ".",
            0));
    s.append('\n');
    List<List<String>> rows = new ArrayList<>();
    for (Point p : c.points()) {
      rows.add(
          List.of(
              p.month().toString(),
              p.value() == null ? "" : Formats.value(p.value(), i),
              String.join(", ", codes(p)),
              p.judgement() == null ? "" : p.judgement().words()));
    }
    s.append(Output.table(List.of("month", "value", "signals", "meaning"), rows));
    List<String> facts = Facts.of(c);
    if (!facts.isEmpty()) {
      s.append('\n');
      for (String f : facts) {
        s.append(Output.wrap("- " + f + ".", 2));
      }
    }
    return s.toString();
  }

  private static List<String> codes(Point p) {
    return p.signals().stream().map(Signal::code).toList();
  }

  private static Map<String, Object> json(MonthlyChart m) {
    XmrChart c = m.chart();
    Indicator i = m.indicator();
    Segment g = c.latest();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", i.id());
    out.put("name", i.name());
    out.put("polarity", i.polarity().name().toLowerCase(Locale.ROOT));
    out.put("mean", g.mean());
    out.put("lower_limit", g.lower());
    out.put("upper_limit", g.upper());
    out.put("mean_moving_range", g.meanMovingRange());
    out.put("provisional", g.provisional());
    out.put("variation", c.variation().code());
    out.put("assurance", c.assurance().code());
    out.put("target", c.target());
    List<Map<String, Object>> segments = new ArrayList<>();
    for (Segment x : c.segments()) {
      Map<String, Object> sm = new LinkedHashMap<>();
      sm.put("from", x.from().toString());
      sm.put("to", x.to().toString());
      sm.put("rebase_reason", x.rebase() == null ? null : x.rebase().reason());
      sm.put("baseline_points", x.baselinePoints());
      sm.put("provisional", x.provisional());
      sm.put("mean", x.mean());
      sm.put("mean_moving_range", x.meanMovingRange());
      sm.put("lower_limit", x.lower());
      sm.put("upper_limit", x.upper());
      sm.put("excluded_moving_ranges", x.excluded().stream().map(YearMonth::toString).toList());
      segments.add(sm);
    }
    out.put("segments", segments);
    List<Map<String, Object>> points = new ArrayList<>();
    for (Point p : c.points()) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("month", p.month().toString());
      pm.put("value", p.value());
      pm.put("signals", codes(p));
      pm.put(
          "judgement",
          p.judgement() == null ? null : p.judgement().name().toLowerCase(Locale.ROOT));
      points.add(pm);
    }
    out.put("points", points);
    out.put("facts", Facts.of(c));
    return out;
  }

  private static String raw(Double d) {
    return d == null ? "" : (d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString());
  }
}
