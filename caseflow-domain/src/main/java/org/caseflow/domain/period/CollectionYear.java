package org.caseflow.domain.period;

import java.time.LocalDate;

/**
 * A statutory collection year, named as DfE names it by the year it ends: 2025 is 1 April 2024 to
 * 31 March 2025.
 *
 * @param endYear the calendar year of the 31 March on which the collection year ends
 */
public record CollectionYear(int endYear) implements Comparable<CollectionYear> {
  public CollectionYear {
    if (endYear < 1990 || endYear > 2100) {
      throw new IllegalArgumentException("collection year out of range: " + endYear);
    }
  }

  /** The collection year (1 April to 31 March) that contains the date. */
  public static CollectionYear containing(LocalDate date) {
    return new CollectionYear(date.getMonthValue() >= 4 ? date.getYear() + 1 : date.getYear());
  }

  /**
   * The year named as councils write it, {@code 2024-25}.
   *
   * @throws IllegalArgumentException for any other form, or two years that do not follow
   */
  public static CollectionYear parse(String label) {
    if (label == null || !label.matches("\\d{4}-\\d{2}")) {
      throw new IllegalArgumentException("a collection year is written like 2024-25");
    }
    int start = Integer.parseInt(label.substring(0, 4));
    if ((start + 1) % 100 != Integer.parseInt(label.substring(5))) {
      throw new IllegalArgumentException("a collection year is written like 2024-25");
    }
    return new CollectionYear(start + 1);
  }

  /** 1 April of the year before {@link #endYear()}. */
  public LocalDate start() {
    return LocalDate.of(endYear - 1, 4, 1);
  }

  /** 31 March of {@link #endYear()}: the census reference date. */
  public LocalDate end() {
    return LocalDate.of(endYear, 3, 31);
  }

  /** Whether the date falls within the year, both ends included. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** The label councils use, e.g. {@code 2024-25}. */
  public String label() {
    return (endYear - 1) + "-" + String.format("%02d", endYear % 100);
  }

  @Override
  public int compareTo(CollectionYear other) {
    return Integer.compare(endYear, other.endYear);
  }

  @Override
  public String toString() {
    return label();
  }
}
