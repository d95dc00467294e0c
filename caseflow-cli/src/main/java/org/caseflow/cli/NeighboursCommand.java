package org.caseflow.cli;

import java.util.concurrent.Callable;
import org.caseflow.compare.Neighbours;
import org.caseflow.compare.Published;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code caseflow neighbours}: a council's statistical neighbours. */
@Command(
    name = "neighbours",
    mixinStandardHelpOptions = true,
    description = "Lists a council's ten statistical neighbours, nearest first.")
final class NeighboursCommand implements Callable<Integer> {
  @Parameters(paramLabel = "CODE", description = "Council code, e.g. 808.")
  String la;

  @Override
  public Integer call() {
    var group = Neighbours.bundled().of(la);
    if (group.isEmpty()) {
      System.err.println("caseflow neighbours: council " + la + " is in neither DfE model");
      return 1;
    }
    Published published = Published.bundled();
    System.out.printf(
        "%s %s (%s)%n",
        la, published.area(la).map(Published.Area::name).orElse(""), group.get().model());
    int n = 1;
    for (String code : group.get().codes()) {
      System.out.printf(
          "%2d  %s  %s%n", n++, code, published.area(code).map(Published.Area::name).orElse(""));
    }
    return 0;
  }
}
