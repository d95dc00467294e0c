package org.caseflow.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.measure.Figure;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Unit;

/**
 * What an audience may see of a scorecard, formatted: the one place that decides suppression and
 * formats for the report, the dashboard and the command line alike. The full presentation shows
 * every number; the suppressed one (the public report, a councillor on the dashboard) applies
 * {@link Suppression} to figures, breakdowns, statuses, directions, sentences and findings.
 */
public final class Presentation {
  private static final Presentation FULL = new Presentation(false);
  private static final Presentation SUPPRESSED = new Presentation(true);

  private final boolean suppressed;

  private Presentation(boolean suppressed) {
    this.suppressed = suppressed;
  }

  /** Every number shown (officers). */
  public static Presentation full() {
    return FULL;
  }

  /** Small numbers suppressed (the public report, councillors). */
  public static Presentation suppressed() {
    return SUPPRESSED;
  }

  /** The presentation for an audience: suppressed or not. */
  public static Presentation of(boolean suppressed) {
    return suppressed ? SUPPRESSED : FULL;
  }

  /** Whether small numbers are suppressed. */
  public boolean isSuppressed() {
    return suppressed;
  }

  /**
   * A figure as shown.
   *
   * @param value the value, formatted, or c, or a dash
   * @param numerator the numerator, formatted, or c, or a dash (none for a median)
   * @param denominator the denominator, formatted, or c, or a dash
   * @param hidden whether the value is suppressed
   */
  public record ShownFigure(String value, String numerator, String denominator, boolean hidden) {}

  /**
   * A scorecard line as shown: every figure, format and finding the report and the dashboard show
   * for an indicator, as text.
   *
   * @param id the indicator's id
   * @param name its name
   * @param stage its stage's title
   * @param unit its unit in words
   * @param value this period's value
   * @param numerator this period's numerator
   * @param denominator this period's denominator
   * @param previous the previous period's value
   * @param lastYear the same period a year earlier
   * @param target the target's value, or "none"
   * @param targetSource where the target comes from, or empty
   * @param rag the status shown
   * @param status the status in symbol and words
   * @param vsPrevious the direction since the previous period (c when suppressed)
   * @param vsLastYear the direction since the same period last year
   * @param benchmarkYear the benchmark's year, or empty
   * @param england England's published value, or a dash
   * @param neighbours the statistical neighbours' mean, or a dash
   * @param sentence the narrative as one sentence, or null when none may be shown
   * @param note the figure's note, or null
   * @param trend the trend's values, oldest first
   * @param breakdown the breakdown rows (category, number, share of total), then the total; empty
   *     when it has none
   * @param findings the import findings and validation errors of the tables it reads, one line
   *     each: "table: code (severity) field, count" (no count when suppressed)
   */
  public record Line(
      String id,
      String name,
      String stage,
      String unit,
      String value,
      String numerator,
      String denominator,
      String previous,
      String lastYear,
      String target,
      String targetSource,
      Rag rag,
      String status,
      String vsPrevious,
      String vsLastYear,
      String benchmarkYear,
      String england,
      String neighbours,
      String sentence,
      String note,
      List<String> trend,
      List<List<String>> breakdown,
      List<String> findings) {}

  /** The figure as shown to this audience. */
  public ShownFigure figure(Figure f) {
    Indicator i = f.indicator();
    Unit u = i.unit();
    Suppression.ShownFigure s =
        suppressed
            ? Suppression.figure(f)
            : new Suppression.ShownFigure(
                Suppression.Cell.shown(f.value()),
                Suppression.Cell.shown(f.numerator()),
                Suppression.Cell.shown(f.denominator()));
    boolean money = IndicatorKind.money(i);
    String num =
        u == Unit.MEDIAN
            ? Formats.MISSING
            : s.numerator().suppressed()
                ? Formats.SUPPRESSED
                : money
                    ? Formats.money(f.numerator())
                    : u == Unit.MEAN || u == Unit.RATIO
                        ? Formats.plainOrMissing(f.numerator())
                        : Formats.count(f.numerator());
    String den =
        s.denominator().suppressed()
            ? Formats.SUPPRESSED
            : money && u != Unit.PERCENT
                ? Formats.plainOrMissing(f.denominator())
                : u == Unit.RATIO || u == Unit.MEAN
                    ? Formats.plainOrMissing(f.denominator())
                    : Formats.count(f.denominator());
    String value = s.value().suppressed() ? Formats.SUPPRESSED : Formats.value(f.value(), i);
    return new ShownFigure(value, num, den, s.value().suppressed());
  }

  /** The value for a chart: null (a gap) when suppressed or missing. */
  public Double chartValue(Figure f) {
    return figure(f).hidden() ? null : f.value();
  }

  /** Whether a count is one this audience may not see (1 to 5, when suppressed). */
  public boolean hides(Double count) {
    return suppressed && Suppression.isSmall(count);
  }

  /** A count (of findings, errors, children in a list) as shown. */
  public String count(Double count) {
    return hides(count) ? Formats.SUPPRESSED : Formats.count(count);
  }

  /**
   * The status shown: none when the value is suppressed (against a small target, "on target" would
   * say the count is small).
   */
  public Rag rag(ScorecardLine l) {
    return figure(l.figure()).hidden() ? Rag.NONE : l.rag();
  }

  /** A direction shown: c when this period's value is suppressed. */
  public String direction(ScorecardLine l, Direction d) {
    return figure(l.figure()).hidden() ? Formats.SUPPRESSED : d.verb();
  }

  /**
   * The direction since the previous period: c when either value is suppressed (a move from a
   * hidden count would say which side of it the other lies).
   */
  public String vsPrevious(ScorecardLine l) {
    return figure(l.figure()).hidden() || figure(l.previous()).hidden()
        ? Formats.SUPPRESSED
        : l.vsPrevious().verb();
  }

  /** The direction since the same period last year: c when either value is suppressed. */
  public String vsLastYear(ScorecardLine l) {
    return figure(l.figure()).hidden() || figure(l.lastYear()).hidden()
        ? Formats.SUPPRESSED
        : l.vsLastYear().verb();
  }

  /** The line's facts as one sentence after the indicator's name, or null if none may be shown. */
  public String sentence(ScorecardLine l) {
    if (figure(l.figure()).hidden()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (Narrative.Fact f : l.facts()) {
      String s = sentence(f.sentence());
      if (s != null) {
        parts.add(s);
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    StringBuilder b = new StringBuilder(l.figure().indicator().name()).append(' ');
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        b.append(i == parts.size() - 1 ? ", and " : ", ");
      }
      b.append(parts.get(i));
    }
    return b.append('.').toString();
  }

  /**
   * Drops the part of a narrative phrase that would show a small whole number, as a suppressed
   * presentation must not: "(4 against 7)" goes, the rest of the phrase stays. Null if nothing is
   * left.
   */
  public String sentence(String s) {
    if (!suppressed || !Formats.SMALL.matcher(s).find()) {
      return s;
    }
    int paren = s.indexOf(" (");
    if (paren > 0 && !Formats.SMALL.matcher(s.substring(0, paren)).find()) {
      return s.substring(0, paren);
    }
    return null;
  }

  /**
   * Which cells of a breakdown and its total to hide: when suppressed, as {@link
   * Suppression#breakdown} decides (cells from 1 to 5, and the next smallest when only one would be
   * hidden; all of them when the total is from 1 to 5). When members may fall in several
   * categories, the total is not the cells' sum: it is hidden, with every cell, when it is from 1
   * to 5.
   *
   * @return one flag per cell, then the total's flag last
   */
  public boolean[] hidden(List<Long> cells, long total) {
    boolean[] out = new boolean[cells.size() + 1];
    if (!suppressed) {
      return out;
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      counts.put(Integer.toString(i), cells.get(i));
    }
    Map<String, Suppression.Cell> shown = Suppression.breakdown(counts, "total");
    for (int i = 0; i < cells.size(); i++) {
      out[i] = shown.get(Integer.toString(i)).suppressed();
    }
    long sum = cells.stream().mapToLong(Long::longValue).sum();
    out[cells.size()] =
        sum == total ? shown.get("total").suppressed() : Suppression.isSmall((double) total);
    if (out[cells.size()]) {
      for (int i = 0; i < cells.size(); i++) {
        out[i] |= cells.get(i) > 0;
      }
    }
    return out;
  }

  /**
   * A breakdown as shown: one row per category (name, number, share of the total), then the total
   * row ("Total", number, 100.0%). Shares are a dash when members may fall in several categories.
   */
  public List<List<String>> breakdown(PeriodScorecard.Breakdown b) {
    List<List<String>> rows = new ArrayList<>();
    if (b == null) {
      return rows;
    }
    List<Long> counts = b.counts();
    boolean[] hide = hidden(counts, b.total());
    boolean hideTotal = hide[counts.size()];
    for (int k = 0; k < counts.size(); k++) {
      long n = counts.get(k);
      rows.add(
          List.of(
              b.categories().get(k).name(),
              hide[k] ? Formats.SUPPRESSED : Formats.count((double) n),
              hide[k] || hideTotal
                  ? Formats.SUPPRESSED
                  : b.overlapping() || b.total() == 0
                      ? Formats.MISSING
                      : Formats.percent(100.0 * n / b.total())));
    }
    rows.add(
        List.of(
            "Total",
            hideTotal ? Formats.SUPPRESSED : Formats.count((double) b.total()),
            hideTotal ? Formats.SUPPRESSED : Formats.percent(100.0)));
    return rows;
  }

  /** The entry's findings, one line each (see {@link Line#findings()}). */
  public List<String> findings(PeriodScorecard.Quality q) {
    List<String> out = new ArrayList<>();
    for (org.caseflow.store.Provenance.Finding f : q.importFindings()) {
      out.add(
          f.table()
              + ": "
              + f.code()
              + " ("
              + f.severity().toLowerCase(java.util.Locale.ROOT)
              + ") "
              + f.field()
              + (suppressed ? "" : ", " + Formats.count((double) f.count())));
    }
    for (org.caseflow.validate.DataQuality.TableErrors e : q.validationErrors()) {
      out.add(
          e.kind().label()
              + " "
              + e.table()
              + ": DfE rules "
              + String.join(", ", e.rules())
              + (suppressed ? "" : ", " + Formats.count((double) e.errors()) + " errors"));
    }
    return out;
  }

  /** Everything shown for one entry (see {@link Line}). */
  public Line line(PeriodScorecard.Entry e) {
    Indicator i = e.indicator();
    ScorecardLine l = e.line();
    ShownFigure now = figure(l.figure());
    Rag rag = rag(l);
    Benchmark b = l.benchmark();
    List<String> trend = new ArrayList<>();
    for (Figure f : e.trend()) {
      trend.add(figure(f).value());
    }
    return new Line(
        i.id(),
        i.name(),
        Formats.stageTitle(i.stage()),
        Formats.unitWords(i),
        now.value(),
        now.numerator(),
        now.denominator(),
        figure(l.previous()).value(),
        figure(l.lastYear()).value(),
        l.target() == null ? "none" : Formats.value(l.target().target(), i),
        l.target() == null ? "" : l.target().source(),
        rag,
        rag.symbol() + " " + rag.word(),
        vsPrevious(l),
        vsLastYear(l),
        b == null ? "" : l.benchmarkYear(),
        b == null ? Formats.MISSING : Formats.value(b.england(), i),
        b == null ? Formats.MISSING : Formats.value(b.neighbourMean(), i),
        sentence(l),
        l.figure().note() == null || now.hidden() ? null : Formats.smallInWords(l.figure().note()),
        List.copyOf(trend),
        breakdown(e.breakdown()),
        findings(e.quality()));
  }

  /**
   * The council's published position among councils, saying which end is best and the year it is
   * for: "Rank 3 of 150 (1 = best), band A (A = best) (2024-25)", or "Not ranked (2024-25)".
   */
  public static String position(Benchmark b, String year) {
    if (b == null) {
      return "No published comparison";
    }
    StringBuilder s = new StringBuilder();
    if (b.rank() != null) {
      s.append("Rank ").append(b.rank()).append(" of ").append(b.ranked()).append(" (1 = best)");
    }
    if (b.band() != null) {
      s.append(s.length() > 0 ? ", " : "").append("band ").append(b.band()).append(" (A = best)");
    }
    if (s.length() == 0) {
      s.append("Not ranked");
    }
    s.append(" (").append(year == null || year.isEmpty() ? Integer.toString(b.year()) : year);
    return s.append(")").toString();
  }

  /**
   * The plain warnings beside a line, without a full stop: the loaded returns covering only part of
   * its period, and a comparison the comparability rule refuses.
   */
  public static List<String> warnings(ScorecardLine l) {
    List<String> out = new ArrayList<>();
    if (l.coverageWarning() != null) {
      out.add("Warning: " + l.coverageWarning());
    }
    if (l.benchmark() != null && l.comparison() != null && l.comparison().why() != null) {
      out.add("Not rated against England or the neighbours: " + l.comparison().why());
    }
    return out;
  }
}
