package org.caseflow.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.caseflow.compare.Releases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code caseflow benchmarks load DIR}: newer releases of the published statistics. */
@Command(
    name = "benchmarks",
    mixinStandardHelpOptions = true,
    description = {
      "Loads newer releases of the published files caseflow bundles: caseflow "
          + "benchmarks load DIR.",
      "The files (lait_bds_long_0.parquet, sn_model_2025_wide.csv, "
          + "New_Statistical_Neighbour_Groupings_April_2021.csv) are copied from DIR into "
          + "$CASEFLOW_BENCHMARKS (default ~/.caseflow/benchmarks). Suppressed cells stay "
          + "'not published', never zero."
    })
final class BenchmarksCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "load", description = "The action: load.")
  String action;

  @Parameters(index = "1", paramLabel = "DIR", description = "Folder with the newer files.")
  Path dir;

  @Override
  public Integer call() throws Exception {
    if (!"load".equals(action)) {
      System.err.println("caseflow benchmarks: unknown action '" + action + "'; expected load");
      return 2;
    }
    try {
      List<String> loaded = Releases.load(dir);
      if (loaded.isEmpty()) {
        System.err.println(
            "caseflow benchmarks: " + dir + " holds none of " + String.join(", ", Releases.FILES));
        return 1;
      }
      System.out.println("Loaded " + String.join(", ", loaded) + " into " + Releases.folder());
      return 0;
    } catch (IllegalArgumentException e) {
      System.err.println("caseflow benchmarks: " + e.getMessage());
      return 1;
    }
  }
}
