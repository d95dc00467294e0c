package org.caseflow.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.Table;
import org.caseflow.synth.Model.Child;

/** Writes a synthetic council's returns in the real formats. */
public final class Synthesiser {
  private Synthesiser() {}

  /**
   * Simulates the council and writes, for each collection year, {@code cin_census_YYYY.xml}, {@code
   * ssda903_YYYY/} (CSV tables) and {@code annex_a_YYYY.xlsx} into the folder.
   */
  public static SynthResult generate(SynthSpec spec, Path out) throws IOException {
    Calibration cal = Calibration.of(spec.la());
    Files.createDirectories(out);
    LocalDate from = new CollectionYear(spec.fromYear() - Simulator.WARM_UP_YEARS).start();
    LocalDate to = new CollectionYear(spec.toYear()).end();
    List<Child> children = new Simulator(cal, spec.scale(), spec.seed()).run(from, to);
    List<Path> files = new ArrayList<>();
    Map<Path, Map<Table, Integer>> rows = new LinkedHashMap<>();
    for (int y = spec.fromYear(); y <= spec.toYear(); y++) {
      CollectionYear year = new CollectionYear(y);
      Path cin = out.resolve("cin_census_" + y + ".xml");
      rows.put(cin, CinCensusWriter.write(cin, spec.la(), year, children).rows);
      files.add(cin);
      for (Map.Entry<Path, Counts> e :
          Ssda903Writer.write(out.resolve("ssda903_" + y), year, children, spec.seed())
              .entrySet()) {
        rows.put(e.getKey(), e.getValue().rows);
        files.add(e.getKey());
      }
      Path aa = out.resolve("annex_a_" + y + ".xlsx");
      rows.put(aa, AnnexAWriter.write(aa, year, children).rows);
      files.add(aa);
    }
    return new SynthResult(files, rows, children.size());
  }
}
