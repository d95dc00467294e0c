package org.caseflow.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Polarity;
import org.caseflow.measure.Unit;

/**
 * The key messages of a period's scorecard, each one plain sentence a councillor can read aloud:
 * the largest movements on the previous period, then the indicator furthest off and furthest ahead
 * of its target, and the one comparing least well and best with statistical neighbours. An
 * indicator is the subject of one message at most; a figure the audience may not see, or a sentence
 * that would state a count from one to five to the public, is never used.
 */
public final class KeyMessages {
  private KeyMessages() {}

  /** What a message is about. */
  public enum Kind {
    /** One of the largest movements on the previous period. */
    MOVEMENT,
    /** The furthest off target. */
    WORST_AGAINST_TARGET,
    /** The furthest ahead of target. */
    BEST_AGAINST_TARGET,
    /** The least good against statistical neighbours. */
    WORST_AGAINST_NEIGHBOURS,
    /** The best against statistical neighbours. */
    BEST_AGAINST_NEIGHBOURS
  }

  /**
   * One key message.
   *
   * @param kind what it is about
   * @param indicatorId the indicator it is about
   * @param sentence the sentence, ending with a full stop
   */
  public record Message(Kind kind, String indicatorId, String sentence) {}

  private record Candidate(ScorecardLine line, double size) {}

  /**
   * The key messages: at most {@code movements} movements, then one of each other kind, in the
   * order of {@link Kind}.
   */
  public static List<Message> of(List<ScorecardLine> lines, Presentation show, int movements) {
    List<Message> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    // A movement states the previous value too: it must be one the audience may see.
    List<Candidate> moved =
        ranked(lines, show, KeyMessages::movement).stream()
            .filter(c -> !show.figure(c.line().previous()).hidden())
            .toList();
    for (Candidate c : moved) {
      if (out.size() >= movements) {
        break;
      }
      add(out, used, show, Kind.MOVEMENT, c.line(), movementSentence(c.line()));
    }
    pick(out, used, show, Kind.WORST_AGAINST_TARGET, ranked(lines, show, KeyMessages::offTarget));
    pick(out, used, show, Kind.BEST_AGAINST_TARGET, ranked(lines, show, KeyMessages::onTarget));
    pick(out, used, show, Kind.WORST_AGAINST_NEIGHBOURS, ranked(lines, show, l -> -neighbours(l)));
    pick(
        out,
        used,
        show,
        Kind.BEST_AGAINST_NEIGHBOURS,
        ranked(lines, show, KeyMessages::neighbours));
    return out;
  }

  private static void pick(
      List<Message> out, Set<String> used, Presentation show, Kind kind, List<Candidate> ranked) {
    for (Candidate c : ranked) {
      if (add(out, used, show, kind, c.line(), sentence(kind, c.line()))) {
        return;
      }
    }
  }

  private static boolean add(
      List<Message> out,
      Set<String> used,
      Presentation show,
      Kind kind,
      ScorecardLine l,
      String[] parts) {
    String id = l.figure().indicator().id();
    if (used.contains(id)) {
      return false;
    }
    // parts[0] is the indicator's name (its own wording may hold a small number, "1 working
    // day"); the rest are the figures, none of which may show a count from 1 to 5 to the public.
    for (int k = 1; k < parts.length; k++) {
      if (show.isSuppressed() && Formats.SMALL.matcher(parts[k]).find()) {
        return false;
      }
    }
    used.add(id);
    out.add(new Message(kind, id, String.join("", parts)));
    return true;
  }

  /** The lines with a positive size, largest first, then by indicator id. */
  private static List<Candidate> ranked(
      List<ScorecardLine> lines, Presentation show, ToDoubleFunction<ScorecardLine> size) {
    List<Candidate> out = new ArrayList<>();
    for (ScorecardLine l : lines) {
      if (!shown(l, show)) {
        continue;
      }
      double s = size.applyAsDouble(l);
      if (s > 0 && Double.isFinite(s)) {
        out.add(new Candidate(l, s));
      }
    }
    out.sort(
        Comparator.comparingDouble((Candidate c) -> -c.size())
            .thenComparing(c -> c.line().figure().indicator().id()));
    return out;
  }

  private static boolean shown(ScorecardLine l, Presentation show) {
    return l.figure().value() != null && !show.figure(l.figure()).hidden();
  }

  /**
   * The movement's size: the change on the previous period as a share of the previous value; 0 when
   * there is none to state (no previous value or hidden, unchanged, too few to rate, or a count of
   * fewer than ten before).
   */
  private static double movement(ScorecardLine l) {
    Double before = l.previous() == null ? null : l.previous().value();
    Double now = l.figure().value();
    if (before == null || before == 0 || now == null) {
      return 0;
    }
    Direction d = l.vsPrevious();
    if (d == null || d == Direction.UNCHANGED || d == Direction.TOO_FEW || d == Direction.UNKNOWN) {
      return 0;
    }
    if (l.figure().indicator().unit() == Unit.COUNT && before < Comparability.MIN_DENOMINATOR) {
      return 0;
    }
    return Math.abs(now - before) / Math.abs(before);
  }

  /** How far short of the target an off-target figure is, as a share of the target. */
  private static double offTarget(ScorecardLine l) {
    if (l.rag() != Rag.RED || l.target() == null) {
      return 0;
    }
    return Math.abs(l.figure().value() - l.target().target()) / scale(l.target().target());
  }

  /** How far beyond the target an on-target figure is, as a share of the target. */
  private static double onTarget(ScorecardLine l) {
    if (l.rag() != Rag.GREEN || l.target() == null) {
      return 0;
    }
    return better(l.figure().indicator(), l.figure().value() - l.target().target())
        / scale(l.target().target());
  }

  /**
   * How much better than the neighbours' mean the figure is, as a share of it (negative when
   * worse); 0 when it may not be compared or has no better direction.
   */
  private static double neighbours(ScorecardLine l) {
    Double d = l.distanceToNeighbours();
    if (d == null || l.figure().indicator().polarity() == Polarity.NONE) {
      return 0;
    }
    return better(l.figure().indicator(), d) / scale(l.benchmark().neighbourMean());
  }

  private static double better(Indicator i, double difference) {
    return i.polarity() == Polarity.LOW ? -difference : difference;
  }

  private static double scale(double v) {
    return Math.abs(v) < 1e-9 ? 1 : Math.abs(v);
  }

  private static String phrase(Double v, ScorecardLine l) {
    return Formats.phrase(v, l.figure().indicator());
  }

  /**
   * "Re-referrals within 12 months rose from 18.0% to 23.0% this quarter, above the 20.0% target."
   */
  static String[] movementSentence(ScorecardLine l) {
    double now = l.figure().value();
    double before = l.previous().value();
    String target = "";
    if (l.target() != null && l.rag().isRating()) {
      double t = l.target().target();
      String where =
          Math.round(now * 10) == Math.round(t * 10) ? "in line with" : now > t ? "above" : "below";
      target = ", " + where + " the " + phrase(t, l) + " target";
    }
    return new String[] {
      l.figure().indicator().name(),
      " " + (now > before ? "rose" : "fell") + " from ",
      phrase(before, l),
      " to ",
      phrase(now, l),
      " " + Formats.thisPeriod(l.figure().period()),
      target,
      "."
    };
  }

  static String[] sentence(Kind kind, ScorecardLine l) {
    String name = l.figure().indicator().name();
    String value = phrase(l.figure().value(), l);
    return switch (kind) {
      case MOVEMENT -> movementSentence(l);
      case WORST_AGAINST_TARGET ->
          new String[] {
            name,
            " is the furthest from its target, at ",
            value,
            " against a target of ",
            phrase(l.target().target(), l),
            "."
          };
      case BEST_AGAINST_TARGET ->
          new String[] {
            name,
            " is the furthest ahead of its target, at ",
            value,
            " against a target of ",
            phrase(l.target().target(), l),
            "."
          };
      case WORST_AGAINST_NEIGHBOURS, BEST_AGAINST_NEIGHBOURS ->
          new String[] {
            name,
            kind == Kind.WORST_AGAINST_NEIGHBOURS
                ? " compares least well with statistical neighbours, at "
                : " compares best with statistical neighbours, at ",
            value,
            " against their average of ",
            phrase(l.benchmark().neighbourMean(), l),
            l.benchmarkYear() == null ? "" : " in " + l.benchmarkYear(),
            "."
          };
    };
  }
}
