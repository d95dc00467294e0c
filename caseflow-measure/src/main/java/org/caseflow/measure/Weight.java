package org.caseflow.measure;

import java.util.List;

/**
 * What a member row counts for, declared in an indicator file's {@code weight:} header: nothing (a
 * row counts for one), or a quantity from a closed list. {@code weight: fte} weighs a row above and
 * below the line by its {@code weight} column; {@code weight: cases / fte} weighs it above the line
 * by {@code weight} and below it by {@code denominator_weight}, so that one row can stand for one
 * worker on both sides.
 *
 * @param numerator what a row counts for above the line ({@code count} for one)
 * @param denominator what a row counts for below the line ({@code count} for one)
 */
public record Weight(String numerator, String denominator) {
  /** The quantities a weight may be. */
  public static final List<String> UNITS =
      List.of(
          "count",
          "cases",
          "fte",
          "pounds",
          "working-days",
          "weeks",
          "child-weeks",
          "children",
          "target");

  /** Rows count for one on both sides: no weight column. */
  public static final Weight NONE = new Weight("count", "count");

  /** Whether the member query returns a {@code weight} column. */
  public boolean isWeighted() {
    return !equals(NONE);
  }

  /** Whether the member query returns a {@code denominator_weight} column as well. */
  public boolean isSplit() {
    return isWeighted() && !numerator.equals(denominator);
  }

  /** The header's value, e.g. {@code cases / fte}. */
  @Override
  public String toString() {
    return isSplit() ? numerator + " / " + denominator : numerator;
  }

  static Weight parse(String file, String value) {
    String[] sides = value.split("/", -1);
    if (sides.length > 2) {
      throw new IllegalStateException(file + ": weight '" + value + "' has more than one '/'");
    }
    String num = sides[0].strip();
    String den = sides.length == 2 ? sides[1].strip() : num;
    for (String u : List.of(num, den)) {
      if (!UNITS.contains(u)) {
        throw new IllegalStateException(
            file + ": weight '" + u + "' is not one of " + String.join(", ", UNITS));
      }
    }
    Weight w = new Weight(num, den);
    if (!w.isWeighted()) {
      throw new IllegalStateException(file + ": weight 'count' is the default; leave it out");
    }
    return w;
  }
}
