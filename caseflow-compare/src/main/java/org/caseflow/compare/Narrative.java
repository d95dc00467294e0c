package org.caseflow.compare;

import java.util.List;
import org.caseflow.measure.Unit;

/** Narrative facts: small statements the report and the dashboard turn into sentences. */
public final class Narrative {
  private Narrative() {}

  /** A fact with its sentence. */
  public sealed interface Fact permits VersusNeighbours, Run, VersusTarget {
    /** The fact as a phrase that follows the indicator's name. */
    String sentence();
  }

  /**
   * Where the council stands against its statistical neighbours.
   *
   * @param value the council's value
   * @param neighbours the neighbours' mean
   * @param unit the unit, for formatting
   * @param wasAboveBefore whether it was above the neighbours the year before (null if unknown)
   */
  public record VersusNeighbours(double value, double neighbours, Unit unit, Boolean wasAboveBefore)
      implements Fact {
    @Override
    public String sentence() {
      boolean above = value > neighbours;
      String where =
          Math.round(value * 10) == Math.round(neighbours * 10)
              ? "is in line with statistical neighbours"
              : (wasAboveBefore != null && wasAboveBefore == above ? "remains " : "is ")
                  + (above ? "above" : "below")
                  + " statistical neighbours";
      return where + " (" + format(value, unit) + " against " + format(neighbours, unit) + ")";
    }
  }

  /**
   * A run of periods moving the same way.
   *
   * @param direction the way it moved
   * @param periods how many consecutive periods
   * @param periodWord {@code quarter}, {@code month} or {@code year}
   */
  public record Run(Direction direction, int periods, String periodWord) implements Fact {
    @Override
    public String sentence() {
      if (periods <= 1) {
        return direction.verb() + " on the previous " + periodWord;
      }
      return direction.verb() + " for the " + ordinal(periods) + " " + periodWord + " running";
    }
  }

  /**
   * The position against a target.
   *
   * @param rag the status
   * @param target the target
   * @param unit the unit, for formatting
   */
  public record VersusTarget(Rag rag, Target target, Unit unit) implements Fact {
    @Override
    public String sentence() {
      String t = format(target.target(), unit);
      return switch (rag) {
        case GREEN -> "is on or better than the target of " + t;
        case AMBER -> "is close to the target of " + t;
        case RED -> "is adrift of the target of " + t;
        case NONE -> "has no rating against a target";
      };
    }
  }

  /** The run of same-direction moves ending with the latest, from oldest to newest values. */
  public static Run runOf(
      List<Double> values, org.caseflow.measure.Polarity polarity, String word) {
    int n = values.size();
    if (n < 2) {
      return new Run(Direction.UNKNOWN, 0, word);
    }
    Direction last = Direction.of(values.get(n - 2), values.get(n - 1), polarity);
    int run = 1;
    for (int i = n - 2; i >= 1; i--) {
      if (Direction.of(values.get(i - 1), values.get(i), polarity) == last) {
        run++;
      } else {
        break;
      }
    }
    return new Run(last, run, word);
  }

  static String format(double v, Unit unit) {
    return Formats.phrase(v, unit);
  }

  static String ordinal(int n) {
    String[] words = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh"};
    return n < words.length ? words[n] : n + "th";
  }
}
