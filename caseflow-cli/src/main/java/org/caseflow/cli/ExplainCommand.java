package org.caseflow.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Indicator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code caseflow explain}: what an indicator means and how it is counted. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Shows an indicator's definition, numerator, denominator, source and polarity.")
final class ExplainCommand implements Callable<Integer> {
  @Parameters(paramLabel = "ID", arity = "0..1", description = "Indicator id; none lists all.")
  String id;

  @Option(names = "--sql", description = "Also show the SQL that lists its members.")
  boolean sql;

  @Override
  public Integer call() {
    Catalogue catalogue = Catalogue.load();
    if (id == null) {
      for (Indicator i : catalogue.all()) {
        System.out.printf("%-6s %s%n", i.id(), i.name());
      }
      return 0;
    }
    var found = catalogue.find(id);
    if (found.isEmpty()) {
      System.err.println("caseflow explain: no indicator " + id + "; run caseflow explain to list");
      return 2;
    }
    Indicator i = found.get();
    System.out.printf("%s  %s%n%n%s%n%n", i.id(), i.name(), i.definition());
    System.out.printf("Numerator:   %s%n", i.numerator());
    System.out.printf("Denominator: %s%n", i.denominator());
    System.out.printf(
        "Unit: %s.  Polarity: %s.  Period: %s.  Stage: %s.%n",
        lower(i.unit().name()),
        lower(i.polarity().name()),
        lower(i.periodType().name()),
        lower(i.stage().name()));
    System.out.printf(
        "Source: %s (needs %s).  LAIT: %s%n",
        i.source(), String.join(", ", i.requires()), i.laitCode());
    if (sql) {
      System.out.printf("%n%s%n", i.sql());
    }
    return 0;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
