package org.caseflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caseflow.compare.Benchmark;
import org.caseflow.compare.Comparer;
import org.caseflow.compare.Formats;
import org.caseflow.compare.Narrative;
import org.caseflow.compare.PeriodScorecard;
import org.caseflow.compare.ScorecardLine;
import org.caseflow.compare.Targets;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Population;
import org.caseflow.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code caseflow compare}: how the council compares, and whether it is on track. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "For every indicator with a published equivalent: the council's figure beside its own",
      "published figure (reconciliation, for a financial year), England, its region, its",
      "statistical neighbours (mean as LAIT, median as the DfE dashboard), quartile band and rank,",
      "RAG against the local target (or the neighbour mean), and direction of travel."
    })
final class CompareCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--la", required = true, paramLabel = "CODE", description = "Council code.")
  String la;

  @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "Period.")
  String period;

  @Option(names = "--targets", paramLabel = "FILE", description = "Local targets (YAML).")
  Path targetsFile;

  @Option(names = "--all", description = "Include indicators with no published equivalent.")
  boolean all;

  @Option(names = "--format", defaultValue = "table", description = "table, csv or json.")
  Output.Format format;

  @Override
  public Integer call() throws Exception {
    ReportingPeriod p = Inputs.period("compare", period);
    if (p == null || !Inputs.council("compare", la)) {
      return 2;
    }
    Targets targets = Inputs.targets("compare", targetsFile);
    if (targets == null) {
      return 2;
    }
    List<Indicator> chosen = new ArrayList<>();
    for (Indicator i : Catalogue.load().all()) {
      if (all || !i.laitCode().equals("-")) {
        chosen.add(i);
      }
    }
    List<ScorecardLine> lines;
    try (Store s = Store.open(store.location())) {
      // The scorecard the report and the dashboard show, measured once (one query per indicator).
      lines =
          PeriodScorecard.measure(
                  s, Population.bundled(), Comparer.bundled(), targets, chosen, la, p)
              .entries()
              .stream()
              .map(PeriodScorecard.Entry::line)
              .toList();
    }
    List<String> header =
        List.of(
            "id",
            "name",
            "value",
            "published",
            "difference",
            "england",
            "region",
            "neighbour_mean",
            "neighbour_median",
            "vs_england",
            "vs_region",
            "vs_neighbours",
            "band",
            "rank",
            "target",
            "rag",
            "vs_previous",
            "vs_last_year",
            "year");
    List<List<String>> rows = new ArrayList<>();
    for (ScorecardLine l : lines) {
      // For people, in the vocabulary the report and the dashboard use (Formats); every digit,
      // plainly, for CSV and JSON.
      Indicator ind = l.figure().indicator();
      java.util.function.Function<Double, String> n =
          format == Output.Format.TABLE
              ? v -> v == null ? "" : Formats.value(v, ind)
              : Output::plain;
      Benchmark b = l.benchmark();
      rows.add(
          List.of(
              l.figure().indicator().id(),
              l.figure().indicator().name(),
              n.apply(l.figure().value()),
              n.apply(l.publishedOwn()),
              n.apply(l.reconciliationDifference()),
              b == null ? "" : n.apply(b.england()),
              b == null ? "" : n.apply(b.region()),
              b == null ? "" : n.apply(b.neighbourMean()),
              b == null ? "" : n.apply(b.neighbourMedian()),
              n.apply(l.distanceToEngland()),
              n.apply(l.distanceToRegion()),
              n.apply(l.distanceToNeighbours()),
              b == null || b.band() == null ? "" : b.band(),
              b == null || b.rank() == null ? "" : b.rank() + "/" + b.ranked(),
              l.target() == null ? "" : n.apply(l.target().target()),
              l.rag().symbol() + " " + l.rag().word(),
              l.vsPrevious().verb(),
              l.vsLastYear().verb(),
              b == null ? "" : Integer.toString(b.year())));
    }
    switch (format) {
      case TABLE -> {
        System.out.print(Output.table(header, rows));
        for (ScorecardLine l : lines) {
          for (Narrative.Fact f : l.facts()) {
            System.out.println(l.figure().indicator().name() + " " + f.sentence() + ".");
          }
        }
      }
      case CSV -> {
        System.out.println(Output.csvLine(header));
        rows.forEach(r -> System.out.println(Output.csvLine(r)));
      }
      case JSON -> {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
          Map<String, Object> m = new LinkedHashMap<>();
          for (int c = 0; c < header.size(); c++) {
            m.put(header.get(c), rows.get(k).get(c));
          }
          m.put("facts", lines.get(k).facts().stream().map(Narrative.Fact::sentence).toList());
          out.add(m);
        }
        System.out.println(
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
      }
    }
    return 0;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
