package org.caseflow.compare;

import java.util.List;

/**
 * How a council's published figure for one measure and year compares.
 *
 * @param laitCode the LAIT measure
 * @param year the year (ending 31 March, or 30 September for workforce)
 * @param own the council's own published cell (may be suppressed)
 * @param england England's value, or null
 * @param region the region's value, or null
 * @param regionName the region's name, or null
 * @param neighbours the ten neighbours' published cells, nearest first
 * @param neighbourMean the simple mean of the neighbours with a value, as LAIT computes it
 * @param neighbourMedian the median of the neighbours with a value, as DfE's dashboard shows it
 * @param neighboursWithValue how many neighbours had a value
 * @param quartiles the quartiles of all councils' values, or null
 * @param band the quartile band, A the best-performing quarter given the polarity, D the worst;
 *     null for a measure with no polarity, or where the figure is not comparable (see {@link
 *     Comparability})
 * @param rank the council's rank among all councils with a value, 1 the best given the polarity,
 *     ties sharing the best rank; null for a measure with no polarity, or where the figure is not
 *     comparable
 * @param ranked how many councils were ranked
 * @param neighbourModel which statistical neighbour model was used
 */
public record Benchmark(
    String laitCode,
    int year,
    Published.Cell own,
    Double england,
    Double region,
    String regionName,
    List<NeighbourValue> neighbours,
    Double neighbourMean,
    Double neighbourMedian,
    int neighboursWithValue,
    Quartiles quartiles,
    String band,
    Integer rank,
    int ranked,
    String neighbourModel) {

  /** The same comparison without a rank or band (for a figure the comparability rule refuses). */
  public Benchmark withoutPosition() {
    return new Benchmark(
        laitCode,
        year,
        own,
        england,
        region,
        regionName,
        neighbours,
        neighbourMean,
        neighbourMedian,
        neighboursWithValue,
        quartiles,
        null,
        null,
        ranked,
        neighbourModel);
  }

  /**
   * The published year in words: the financial year ({@code 2024-25}) for a year ending 31 March,
   * the census date ({@code 30 September 2024}) for the workforce census.
   *
   * @param workforce whether the measure comes from the workforce census
   */
  public static String yearLabel(int year, boolean workforce) {
    return workforce
        ? "30 September " + year
        : new org.caseflow.domain.period.CollectionYear(year).label();
  }

  /**
   * One neighbour's published cell.
   *
   * @param code the neighbour's code
   * @param name its name
   * @param cell its published cell, or null when the measure has no row for it
   */
  public record NeighbourValue(String code, String name, Published.Cell cell) {}
}
