package org.caseflow.compare;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each council's ten statistical neighbours, nearest first: DfE's 2025 model, with the 2021
 * groupings for councils the 2025 model no longer lists (such as Northamptonshire before its
 * split).
 */
public final class Neighbours {
  /**
   * A council's neighbour group.
   *
   * @param codes the ten neighbours' codes, nearest first
   * @param model which model gave them
   */
  public record Group(List<String> codes, String model) {}

  private final Map<String, List<String>> model2025;
  private final Map<String, List<String>> model2021;

  private Neighbours(Map<String, List<String>> model2025, Map<String, List<String>> model2021) {
    this.model2025 = model2025;
    this.model2021 = model2021;
  }

  /** The bundled models. */
  public static Neighbours bundled() {
    return new Neighbours(
        read("published/sn_model_2025_wide.csv", 0, 4),
        read("published/New_Statistical_Neighbour_Groupings_April_2021.csv", 0, 5));
  }

  /** The council's neighbours, if either model lists it. */
  public Optional<Group> of(String council) {
    List<String> g = model2025.get(council);
    if (g != null) {
      return Optional.of(new Group(g, "DfE statistical neighbours 2025"));
    }
    g = model2021.get(council);
    return g == null
        ? Optional.empty()
        : Optional.of(new Group(g, "DfE statistical neighbours 2021"));
  }

  /** Reads a wide file: the council code in one column, ten neighbours every other column. */
  private static Map<String, List<String>> read(String resource, int codeColumn, int firstSn) {
    Map<String, List<String>> out = new HashMap<>();
    try (InputStream in = Releases.open(resource);
        CsvReader<CsvRecord> csv =
            CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean header = true;
      for (CsvRecord r : csv) {
        if (header) {
          header = false;
          continue;
        }
        String code = r.getField(codeColumn).replace("\uFEFF", "").strip();
        if (!code.matches("\\d{3}")) {
          continue;
        }
        List<String> sns = new ArrayList<>();
        for (int i = 0; i < 10 && firstSn + 2 * i < r.getFieldCount(); i++) {
          String sn = r.getField(firstSn + 2 * i).strip();
          if (sn.matches("\\d{3}")) {
            sns.add(sn);
          }
        }
        out.put(code, List.copyOf(sns));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
