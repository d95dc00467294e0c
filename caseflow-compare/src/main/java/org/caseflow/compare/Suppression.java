package org.caseflow.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.measure.Figure;
import org.caseflow.measure.Unit;

/**
 * Small-number suppression for outputs that leave the council's case-level world: the public report
 * and what a councillor sees. It follows the DfE convention for local authority figures ({@code
 * indicators.md} §3.5): a count from 1 to 5 is shown as {@code c}, and further cells are suppressed
 * so that a suppressed count cannot be recovered from a total or a difference.
 *
 * <ul>
 *   <li><b>A figure.</b> A count is suppressed when it is from 1 to 5. For a percentage, the
 *       numerator is suppressed when it, or the number of children outside it (denominator minus
 *       numerator), is from 1 to 5, and the denominator when it is from 1 to 5; the value goes
 *       whenever the numerator or the denominator goes. For a rate per 10,000 the denominator is
 *       the child population and is always shown. For a mean or median, the value goes when it is
 *       taken over 1 to 5 children.
 *   <li><b>A breakdown with its total</b> (referrals by source, CP plans by category of abuse): the
 *       categories from 1 to 5 are suppressed; when that leaves exactly one suppressed category,
 *       the smallest other non-zero category is suppressed too, so that the total minus the rest
 *       does not give the small one back. A total from 1 to 5 is suppressed with every category.
 *   <li><b>A table with row and column totals</b>: every row and every column, each with its total,
 *       is treated as a breakdown, repeatedly, until no row or column has exactly one suppressed
 *       cell.
 * </ul>
 *
 * Zero is never suppressed: it discloses nothing about a child.
 */
public final class Suppression {
  /** The smallest count suppressed. */
  public static final long SMALLEST = 1;

  /** The largest count suppressed. */
  public static final long LARGEST = 5;

  /** The mark shown in place of a suppressed number, as in DfE's tables. */
  public static final String MARK = "c";

  private Suppression() {}

  /** Whether a count is small enough to suppress (1 to 5). */
  public static boolean isSmall(Double count) {
    return count != null && count >= SMALLEST && count <= LARGEST;
  }

  /**
   * A number as it may be shown: either the number (null when there is none) or suppressed.
   *
   * @param number the number, or null when there is none (never reveals a suppressed number)
   * @param suppressed whether it is suppressed
   */
  public record Cell(Double number, boolean suppressed) {
    /** A cell that shows its number. */
    public static Cell shown(Double number) {
      return new Cell(number, false);
    }

    /** A suppressed cell; it carries no number. */
    public static Cell hidden() {
      return new Cell(null, true);
    }

    public Cell {
      if (suppressed && number != null) {
        throw new IllegalArgumentException("a suppressed cell carries no number");
      }
    }

    /** The text to show: the mark when suppressed, otherwise the formatted number or a dash. */
    public String text(java.util.function.DoubleFunction<String> format) {
      if (suppressed) {
        return MARK;
      }
      return number == null ? "-" : format.apply(number);
    }
  }

  /**
   * A figure as it may be shown outside the council.
   *
   * @param value the value
   * @param numerator the numerator
   * @param denominator the denominator
   */
  public record ShownFigure(Cell value, Cell numerator, Cell denominator) {
    /** Whether anything in the figure is suppressed. */
    public boolean anySuppressed() {
      return value.suppressed() || numerator.suppressed() || denominator.suppressed();
    }
  }

  /** The figure with its small numbers suppressed. */
  public static ShownFigure figure(Figure f) {
    return figure(f.indicator().unit(), f.value(), f.numerator(), f.denominator());
  }

  /** The figure's parts, by unit, with small numbers suppressed (see the class comment). */
  public static ShownFigure figure(Unit unit, Double value, Double numerator, Double denominator) {
    boolean hideNumerator;
    boolean hideDenominator;
    switch (unit) {
      case COUNT -> {
        hideNumerator = isSmall(numerator) || (numerator == null && isSmall(value));
        hideDenominator = isSmall(denominator);
      }
      case PERCENT -> {
        hideDenominator = isSmall(denominator);
        Double outside = numerator == null || denominator == null ? null : denominator - numerator;
        hideNumerator = isSmall(numerator) || isSmall(outside) || hideDenominator;
      }
      case RATE_PER_10K -> {
        hideNumerator = isSmall(numerator);
        hideDenominator = false;
      }
      case MEAN, MEDIAN, RATIO -> {
        // The numerator of a mean or a ratio is a sum (of days, scores or cases held): it is not a
        // count of children. Over 1 to 5 children (or workers) the value describes them.
        hideDenominator = isSmall(denominator);
        hideNumerator = hideDenominator;
      }
      default -> throw new IllegalStateException("unit " + unit);
    }
    boolean hideValue = hideNumerator || hideDenominator;
    return new ShownFigure(
        hideValue ? Cell.hidden() : Cell.shown(value),
        hideNumerator ? Cell.hidden() : Cell.shown(numerator),
        hideDenominator ? Cell.hidden() : Cell.shown(denominator));
  }

  /**
   * A breakdown with its total (the sum of the categories), suppressed. The result keeps the
   * categories' order and adds the total under the key given.
   */
  public static Map<String, Cell> breakdown(Map<String, Long> counts, String totalKey) {
    List<String> keys = new ArrayList<>(counts.keySet());
    long[][] table = new long[1][keys.size()];
    for (int j = 0; j < keys.size(); j++) {
      Long n = counts.get(keys.get(j));
      table[0][j] = n == null ? 0 : n;
    }
    Cell[][] shown = table(table);
    Map<String, Cell> out = new LinkedHashMap<>();
    for (int j = 0; j < keys.size(); j++) {
      out.put(keys.get(j), shown[0][j]);
    }
    out.put(totalKey, shown[0][keys.size()]);
    return out;
  }

  /**
   * A table of counts with its margins, suppressed. The result has one more row and one more column
   * than the counts: the row totals are its last column, the column totals its last row, the grand
   * total its last cell.
   */
  public static Cell[][] table(long[][] counts) {
    int rows = counts.length;
    int cols = rows == 0 ? 0 : counts[0].length;
    long[][] full = new long[rows + 1][cols + 1];
    for (int i = 0; i < rows; i++) {
      if (counts[i].length != cols) {
        throw new IllegalArgumentException("rows of different lengths");
      }
      for (int j = 0; j < cols; j++) {
        if (counts[i][j] < 0) {
          throw new IllegalArgumentException("a negative count");
        }
        full[i][j] = counts[i][j];
        full[i][cols] += counts[i][j];
        full[rows][j] += counts[i][j];
        full[rows][cols] += counts[i][j];
      }
    }
    boolean[][] hidden = new boolean[rows + 1][cols + 1];
    for (int i = 0; i <= rows; i++) {
      for (int j = 0; j <= cols; j++) {
        hidden[i][j] = isSmall((double) full[i][j]);
      }
    }
    // Each row (with its total) and each column (with its total) is an additive line: while any
    // line has exactly one suppressed cell, suppress its smallest other non-zero cell (a category
    // before a total), which always makes progress because the number of suppressed cells grows.
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i <= rows; i++) {
        int[][] line = new int[cols + 1][];
        for (int j = 0; j <= cols; j++) {
          line[j] = new int[] {i, j};
        }
        changed |= protect(full, hidden, line);
      }
      for (int j = 0; j <= cols; j++) {
        int[][] line = new int[rows + 1][];
        for (int i = 0; i <= rows; i++) {
          line[i] = new int[] {i, j};
        }
        changed |= protect(full, hidden, line);
      }
    }
    Cell[][] out = new Cell[rows + 1][cols + 1];
    for (int i = 0; i <= rows; i++) {
      for (int j = 0; j <= cols; j++) {
        out[i][j] = hidden[i][j] ? Cell.hidden() : Cell.shown((double) full[i][j]);
      }
    }
    return out;
  }

  /** The line's last cell is its total. Returns whether a cell was suppressed. */
  private static boolean protect(long[][] full, boolean[][] hidden, int[][] line) {
    int suppressed = 0;
    for (int[] c : line) {
      if (hidden[c[0]][c[1]]) {
        suppressed++;
      }
    }
    if (suppressed != 1) {
      return false;
    }
    int[] pick = null;
    for (int k = 0; k < line.length - 1; k++) {
      int[] c = line[k];
      if (!hidden[c[0]][c[1]]
          && full[c[0]][c[1]] > 0
          && (pick == null || full[c[0]][c[1]] < full[pick[0]][pick[1]])) {
        pick = c;
      }
    }
    if (pick == null) {
      int[] total = line[line.length - 1];
      if (hidden[total[0]][total[1]] || full[total[0]][total[1]] == 0) {
        return false;
      }
      pick = total;
    }
    hidden[pick[0]][pick[1]] = true;
    return true;
  }
}
