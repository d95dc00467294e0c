package org.caseflow.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caseflow.compare.Benchmark;
import org.caseflow.compare.Direction;
import org.caseflow.compare.Published;
import org.caseflow.compare.Rag;
import org.caseflow.compare.ScorecardLine;
import org.caseflow.compare.Suppression;
import org.caseflow.measure.Figure;
import org.caseflow.measure.Stage;
import org.caseflow.measure.Unit;

/**
 * How the pages write figures: number formats, units, stage titles, and what a councillor sees (the
 * public report's suppression, {@link Suppression}, applied to the dashboard's cells). Other roles
 * see every number.
 */
public final class Shown {
  /** The mark shown instead of a suppressed figure. */
  public static final String MARK = Suppression.MARK;

  private Shown() {}

  /** A number for people: whole when it is whole, else one decimal place. */
  public static String number(Double d) {
    if (d == null) {
      return "–";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return String.format(Locale.ROOT, "%,d", d.longValue());
    }
    return String.format(Locale.ROOT, "%,.1f", d);
  }

  /** A whole count with thousands separators. */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A value in its indicator's unit. */
  public static String withUnit(Double v, Unit unit) {
    if (v == null) {
      return "–";
    }
    return switch (unit) {
      case PERCENT -> String.format(Locale.ROOT, "%.1f%%", v);
      case RATE_PER_10K -> String.format(Locale.ROOT, "%.1f per 10,000", v);
      case MEAN, MEDIAN, RATIO -> String.format(Locale.ROOT, "%.1f", v);
      case COUNT -> number(v);
    };
  }

  /** Whether the figure's value must be hidden from a councillor. */
  public static boolean hidden(Figure f) {
    return Suppression.figure(f).value().suppressed();
  }

  /** A figure's value as the audience sees it. */
  public static String value(Figure f, boolean suppressed) {
    if (f.value() == null) {
      return "–";
    }
    if (suppressed && hidden(f)) {
      return MARK;
    }
    return withUnit(f.value(), f.indicator().unit());
  }

  /** The figure's numerator as shown to the audience. */
  public static String numerator(Figure f, boolean suppressed) {
    return suppressed && Suppression.figure(f).numerator().suppressed()
        ? MARK
        : number(f.numerator());
  }

  /** The figure's denominator as shown to the audience. */
  public static String denominator(Figure f, boolean suppressed) {
    return suppressed && Suppression.figure(f).denominator().suppressed()
        ? MARK
        : number(f.denominator());
  }

  /** A count of children (or rows) as shown to the audience. */
  public static String count(Double count, boolean suppressed) {
    return suppressed && Suppression.isSmall(count) ? MARK : number(count);
  }

  /**
   * A breakdown's counts then its total, as shown: with secondary suppression for councillors, so a
   * hidden count cannot be worked out from the total.
   */
  public static List<String> breakdown(Map<String, Long> counts, boolean suppressed) {
    List<String> out = new ArrayList<>();
    if (!suppressed) {
      long total = 0;
      for (Long n : counts.values()) {
        out.add(number(n == null ? 0.0 : n));
        total += n == null ? 0 : n;
      }
      out.add(number((double) total));
      return out;
    }
    for (Suppression.Cell c : Suppression.breakdown(counts, "\u0000total").values()) {
      out.add(c.suppressed() ? MARK : number(c.number()));
    }
    return out;
  }

  /**
   * The status a councillor may see: none when the value is suppressed, as in the public report
   * (against a small target, "on target" would say the count is small).
   */
  public static Rag rag(ScorecardLine l, boolean suppressed) {
    return suppressed && hidden(l.figure()) ? Rag.NONE : l.rag();
  }

  /** A movement a councillor may see: c when this period's value is suppressed. */
  public static String verb(ScorecardLine l, Direction d, boolean suppressed) {
    return suppressed && hidden(l.figure()) ? MARK : d.verb();
  }

  /** The council's published position among councils. */
  public static String position(Benchmark b) {
    if (b == null) {
      return "No published comparison";
    }
    StringBuilder s = new StringBuilder();
    if (b.rank() != null) {
      s.append("Rank ").append(b.rank()).append(" of ").append(b.ranked());
    }
    if (b.band() != null) {
      s.append(s.length() > 0 ? ", " : "").append("band ").append(b.band());
    }
    s.append(s.length() > 0 ? " " : "").append("(").append(b.year()).append(")");
    return s.toString();
  }

  /** A published cell: its value, or its mark (e.g. "x" or "c"). */
  public static String cell(Published.Cell c) {
    if (c == null) {
      return "–";
    }
    if (c.value() != null) {
      return number(c.value());
    }
    return c.mark() == null ? "–" : c.mark();
  }

  /** A stage's title. */
  public static String stage(Stage stage) {
    return switch (stage) {
      case INPUTS -> "Inputs: demand at the front door";
      case PROCESSES -> "Processes: timeliness and quality of statutory work";
      case OUTPUTS -> "Outputs: children in need, protection, care and leaving care";
      case WORKFORCE -> "Workforce: social workers, caseloads, agency and vacancies";
      case FINANCE -> "Finance: budgets and spending";
      case LOCAL -> "Local cohorts and early help";
    };
  }

  /** A stage's id for anchors. */
  public static String anchor(Stage stage) {
    return "stage-" + stage.name().toLowerCase(Locale.ROOT);
  }
}
