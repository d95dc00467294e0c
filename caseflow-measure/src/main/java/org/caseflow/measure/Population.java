package org.caseflow.measure;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.caseflow.domain.period.CollectionYear;

/**
 * Children aged 0 to 17 per council, from the ONS mid-year estimates bundled with caseflow.
 *
 * <p>As DfE does, a year ending 31 March YYYY uses the estimate for mid-(YYYY−1); any period uses
 * the estimate for the collection year containing its last day. When that estimate is not yet
 * published, the latest earlier one is used and the figure says so.
 */
public final class Population {
  private final Map<String, TreeMap<Integer, Long>> byLa;

  private Population(Map<String, TreeMap<Integer, Long>> byLa) {
    this.byLa = byLa;
  }

  /**
   * The estimate used for a period.
   *
   * @param children the number of children aged 0 to 17
   * @param midYear the year of the mid-year estimate
   * @param wanted the year DfE's convention asks for
   */
  public record Estimate(long children, int midYear, int wanted) {
    /** Whether an older estimate stands in for one not yet published. */
    public boolean isStandIn() {
      return midYear != wanted;
    }
  }

  /** The bundled estimates. */
  public static Population bundled() {
    Map<String, TreeMap<Integer, Long>> m = new HashMap<>();
    try (InputStream in =
            Population.class.getResourceAsStream(
                "ons_mid-year_population_estimates_2012_to_2024.csv");
        CsvReader<NamedCsvRecord> csv =
            CsvReader.builder()
                .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (NamedCsvRecord r : csv) {
        String level = r.getField("geographic_level");
        String code =
            switch (level) {
              case "National" -> "970";
              case "Local authority" -> r.getField("old_la_code");
              default -> null;
            };
        String value = r.getField("population_estimate").strip();
        if (code == null || code.isEmpty() || !value.matches("\\d+")) {
          continue;
        }
        m.computeIfAbsent(code, k -> new TreeMap<>())
            .put(Integer.parseInt(r.getField("time_period")), Long.parseLong(value));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Population(m);
  }

  /** The estimate for the council and a period ending on the date, if any. */
  public java.util.Optional<Estimate> forPeriodEnding(String la, LocalDate end) {
    int wanted = CollectionYear.containing(end).endYear() - 1;
    TreeMap<Integer, Long> years = byLa.get(la);
    if (years == null) {
      return java.util.Optional.empty();
    }
    Map.Entry<Integer, Long> e = years.floorEntry(wanted);
    if (e == null) {
      e = years.firstEntry();
    }
    return java.util.Optional.of(new Estimate(e.getValue(), e.getKey(), wanted));
  }
}
