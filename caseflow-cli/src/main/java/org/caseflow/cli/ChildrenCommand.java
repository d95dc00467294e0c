package org.caseflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Measurer;
import org.caseflow.measure.Member;
import org.caseflow.measure.Population;
import org.caseflow.store.AuditLog;
import org.caseflow.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code caseflow children}: the children behind a figure. Every use is audited. */
@Command(
    name = "children",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the children behind a figure, each with the date that put them in it.",
      "Each row says whether the child counts in the numerator and in the denominator. "
          + "Child-level data: every use is written to the store's audit log (who, when, "
          + "which list, how many children)."
    })
final class ChildrenCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(paramLabel = "ID", description = "Indicator id.")
  String id;

  @Option(names = "--la", required = true, paramLabel = "CODE", description = "Council code.")
  String la;

  @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "Period.")
  String period;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, csv or json (default table).")
  Output.Format format;

  @Override
  public Integer call() throws Exception {
    ReportingPeriod p = Inputs.period("children", period);
    if (p == null || !Inputs.council("children", la)) {
      return 2;
    }
    var found = Catalogue.load().find(id);
    if (found.isEmpty()) {
      System.err.println("caseflow children: no indicator " + id);
      return 2;
    }
    Indicator i = found.get();
    try (Store s = Store.open(store.location())) {
      if (Inputs.loaded("children", s, la, p) == null) {
        return 2;
      }
      List<Member> members = new Measurer(s, Population.bundled()).members(i, la, p);
      new AuditLog(s, Clock.systemDefaultZone())
          .record(
              OsAccount.current(),
              "children",
              la,
              i.id() + " " + p.label(),
              (int) members.stream().map(Member::childId).distinct().count());
      System.out.print(render(i, la, p, members, format));
    }
    return 0;
  }

  private static final List<String> HEADER =
      List.of("child_id", "date", "in_numerator", "in_denominator", "measure", "category");

  /** The members of a figure in the format asked for. */
  static String render(
      Indicator i, String la, ReportingPeriod p, List<Member> members, Output.Format format)
      throws Exception {
    if (format == Output.Format.JSON) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", i.id());
      out.put("name", i.name());
      out.put("la", la);
      out.put("period_start", p.start().toString());
      out.put("period_end", p.end().toString());
      if (!i.isSupported()) {
        out.put("note", i.unsupported());
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Member m : members) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("child_id", m.childId());
        r.put("date", m.eventDate() == null ? null : m.eventDate().toString());
        r.put("in_numerator", m.inNumerator());
        r.put("in_denominator", m.inDenominator());
        r.put("measure", m.measure());
        r.put("category", m.category());
        rows.add(r);
      }
      out.put("children", rows);
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out)
          + "\n";
    }
    List<List<String>> rows = new ArrayList<>();
    for (Member m : members) {
      rows.add(
          List.of(
              m.childId(),
              m.eventDate() == null ? "" : m.eventDate().toString(),
              m.inNumerator() ? "yes" : "no",
              m.inDenominator() ? "yes" : "no",
              Output.number(m.measure()),
              m.category() == null ? "" : m.category()));
    }
    StringBuilder s = new StringBuilder();
    if (format == Output.Format.CSV) {
      s.append(Output.csvLine(HEADER)).append('\n');
      rows.forEach(r -> s.append(Output.csvLine(r)).append('\n'));
      return s.toString();
    }
    s.append(
        String.format(
            "%s %s, council %s, %s: %d rows%n", i.id(), i.name(), la, p.label(), rows.size()));
    if (!i.isSupported()) {
      s.append("Not measured: ").append(i.unsupported()).append('\n');
    }
    return s.append(Output.table(HEADER, rows)).toString();
  }
}
