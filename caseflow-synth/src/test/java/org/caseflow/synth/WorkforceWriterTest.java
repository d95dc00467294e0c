package org.caseflow.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caseflow.domain.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthetic workforce follows Stockton-on-Tees' published CSWW figures for 30 September 2024
 * (filed under 2024-25): 173.9 FTE social workers in post, agency rate 12.4%, average caseload 17.9
 * (csww_indicators_2017_to_2025.csv, time_period 2024, old_la_code 808).
 */
class WorkforceWriterTest {
  @TempDir Path dir;

  @Test
  void theCensusAndTheCaseloadExtractAreCalibratedToThePublishedFigures() throws Exception {
    Calibration.Workforce w = Calibration.load("808").workforce(2025);
    assertThat(w.inPostFte()).isEqualTo(173.9);
    assertThat(w.agencyRate()).isCloseTo(0.124, within(1e-9));
    assertThat(w.caseload()).isEqualTo(17.9);
    List<SynthResult.FileRows> files = WorkforceWriter.write(w, "808", 2025, 1L, 1.0, dir);
    String xml = Files.readString(dir.resolve("csww_2025.xml"));
    assertThat(xml).contains("<ReferenceDate>2024-09-30</ReferenceDate>");
    assertThat(files.get(0).rows(Table.SW_WORKER))
        .isEqualTo(xml.split("<CSWWWorker>", -1).length - 1);

    // The caseload extract: 12 months; around the published average; one worker a month above 25.
    List<String> lines = Files.readAllLines(dir.resolve("caseload_2025.csv"));
    assertThat(lines.get(0)).isEqualTo("month,worker,team,fte,contract,open_cases");
    assertThat(files.get(1).rows(Table.CASELOAD)).isEqualTo(lines.size() - 1);
    Map<String, double[]> byMonth = new TreeMap<>();
    Map<String, Integer> over25 = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] p = line.split(",");
      double[] s = byMonth.computeIfAbsent(p[0], k -> new double[2]);
      s[0] += Integer.parseInt(p[5]);
      s[1] += Double.parseDouble(p[3]);
      over25.merge(p[0], Integer.parseInt(p[5]) > 25 ? 1 : 0, Integer::sum);
    }
    assertThat(byMonth).hasSize(12).containsKeys("2024-04", "2025-03");
    for (double[] s : byMonth.values()) {
      assertThat(s[0] / s[1]).isBetween(15.5, 19.5);
    }
    assertThat(over25.values()).containsOnly(1);
  }
}
