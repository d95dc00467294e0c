package org.caseflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caseflow.compare.Formats;
import org.caseflow.compare.Presentation;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Figure;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Measurer;
import org.caseflow.measure.Population;
import org.caseflow.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code caseflow indicators}: the catalogue measured for a council and a period. */
@Command(
    name = "indicators",
    mixinStandardHelpOptions = true,
    description = {
      "Measures every indicator the loaded data can support for a council and a period.",
      "Periods: " + ReportingPeriod.FORMS + "."
    })
final class IndicatorsCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--la", required = true, paramLabel = "CODE", description = "Council code.")
  String la;

  @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "Period.")
  String period;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, csv or json (default table).")
  Output.Format format;

  @Option(names = "--id", split = ",", paramLabel = "ID", description = "Only these indicators.")
  List<String> ids;

  @Override
  public Integer call() throws Exception {
    ReportingPeriod p = Inputs.period("indicators", period);
    if (p == null || !Inputs.council("indicators", la)) {
      return 2;
    }
    Catalogue catalogue = Catalogue.load();
    List<Indicator> chosen = new ArrayList<>();
    if (ids == null) {
      chosen.addAll(catalogue.all());
    } else {
      for (String id : ids) {
        var found = catalogue.find(id);
        if (found.isEmpty()) {
          System.err.println("caseflow indicators: no indicator " + id + " (see caseflow explain)");
          return 2;
        }
        chosen.add(found.get());
      }
    }
    List<Figure> figures = new ArrayList<>();
    try (Store s = Store.open(store.location())) {
      Measurer m = new Measurer(s, Population.bundled());
      for (Indicator i : chosen) {
        figures.add(m.measure(i, la, p));
      }
    }
    System.out.print(render(figures, format));
    return 0;
  }

  static String render(List<Figure> figures, Output.Format format) throws Exception {
    return switch (format) {
      case JSON -> json(figures);
      case CSV -> {
        StringBuilder s = new StringBuilder(Output.csvLine(HEADER)).append('\n');
        for (Figure f : figures) {
          s.append(Output.csvLine(row(f, false))).append('\n');
        }
        yield s.toString();
      }
      case TABLE -> {
        List<List<String>> rows = new ArrayList<>();
        for (Figure f : figures) {
          rows.add(row(f, true));
        }
        yield Output.table(HEADER, rows);
      }
    };
  }

  private static final List<String> HEADER =
      List.of(
          "id",
          "name",
          "period_start",
          "period_end",
          "numerator",
          "denominator",
          "value",
          "unit",
          "polarity",
          "note");

  private static List<String> row(Figure f, boolean forPeople) {
    Indicator i = f.indicator();
    return List.of(
        i.id(),
        i.name(),
        f.period().start().toString(),
        f.period().end().toString(),
        forPeople ? blank(Presentation.full().figure(f).numerator()) : raw(f.numerator()),
        forPeople ? blank(Presentation.full().figure(f).denominator()) : raw(f.denominator()),
        forPeople ? (f.value() == null ? "" : Formats.value(f.value(), i)) : raw(f.value()),
        i.unit().name().toLowerCase(Locale.ROOT),
        i.polarity().name().toLowerCase(Locale.ROOT),
        f.note() == null ? "" : f.note());
  }

  /** A cell for people: the shared vocabulary's number, or nothing for a missing one. */
  private static String blank(String shown) {
    return Formats.MISSING.equals(shown) ? "" : shown;
  }

  private static String raw(Double d) {
    return d == null ? "" : (d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString());
  }

  private static String json(List<Figure> figures) throws Exception {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Figure f : figures) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", f.indicator().id());
      m.put("name", f.indicator().name());
      m.put("period_start", f.period().start().toString());
      m.put("period_end", f.period().end().toString());
      m.put("numerator", f.numerator());
      m.put("denominator", f.denominator());
      m.put("value", f.value());
      m.put("unit", f.indicator().unit().name().toLowerCase(Locale.ROOT));
      m.put("polarity", f.indicator().polarity().name().toLowerCase(Locale.ROOT));
      if (!f.breakdown().isEmpty()) {
        m.put("breakdown", f.breakdown());
      }
      if (f.note() != null) {
        m.put("note", f.note());
      }
      out.add(m);
    }
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out)
        + "\n";
  }
}
