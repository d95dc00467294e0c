package org.caseflow.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.caseflow.synth.Quality;
import org.caseflow.synth.SynthResult;
import org.caseflow.synth.SynthSpec;
import org.caseflow.synth.Synthesiser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code caseflow synth}: write a synthetic council's returns. */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a synthetic council's returns in the real formats, for every collection " + "year.",
      "The CIN census XML, the SSDA903 CSV tables (XML on request), an Annex A "
          + "workbook, the workforce census (CSWW XML), and the local CSV templates: caseload "
          + "extract, budget monitoring, NRPF and exploitation registers, early help targets, "
          + "health assessments of looked-after children, foster carer households, fostering "
          + "targets (docs/templates.md), and the Ofsted provider list the SSDA903's URNs are "
          + "on. Volumes are calibrated from the council's published "
          + "figures. The same seed and quality give byte-identical files."
    })
final class SynthCommand implements Callable<Integer> {
  @Option(names = "--la", required = true, paramLabel = "CODE", description = "DfE council code.")
  String la;

  @Option(names = "--from", required = true, paramLabel = "YEAR", description = "First year.")
  String from;

  @Option(names = "--to", required = true, paramLabel = "YEAR", description = "Last year.")
  String to;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default 1).")
  long seed;

  @Option(names = "--scale", defaultValue = "1", description = "Volume multiplier (default 1).")
  double scale;

  @Option(names = "--xml", description = "Also write the SSDA903 return as XML.")
  boolean xml;

  @Option(
      names = "--quality",
      defaultValue = "typical",
      paramLabel = "Q",
      description =
          "clean (the DfE's rules report no errors), typical (the errors real returns carry,"
              + " planted in the latest year) or migration (typical and the fallout of a change"
              + " of case-management system); every planted error is listed in manifest.csv"
              + " (default typical).")
  String quality;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Override
  public Integer call() throws Exception {
    int fromYear;
    int toYear;
    try {
      fromYear = Years.parse(from).endYear();
      toYear = Years.parse(to).endYear();
    } catch (IllegalArgumentException e) {
      System.err.println("caseflow synth: " + e.getMessage());
      return 2;
    }
    Quality q;
    try {
      q = Quality.parse(quality);
    } catch (IllegalArgumentException e) {
      System.err.println("caseflow synth: " + e.getMessage());
      return 2;
    }
    if (toYear < fromYear) {
      System.err.println("caseflow synth: --to must not be before --from");
      return 2;
    }
    long t0 = System.nanoTime();
    SynthResult result =
        Synthesiser.generate(new SynthSpec(la, fromYear, toYear, seed, scale, xml, q), out);
    System.out.printf(
        "Wrote %d files for council %s, %d to %d, to %s in %d ms%n",
        result.files().size(),
        la,
        fromYear,
        toYear,
        out.toAbsolutePath(),
        (System.nanoTime() - t0) / 1_000_000);
    return 0;
  }
}
