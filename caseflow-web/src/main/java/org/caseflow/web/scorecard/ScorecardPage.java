package org.caseflow.web.scorecard;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caseflow.compare.Formats;
import org.caseflow.compare.PeriodScorecard;
import org.caseflow.compare.Presentation;
import org.caseflow.compare.Rag;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Figure;
import org.caseflow.measure.Stage;
import org.caseflow.web.Area;
import org.caseflow.web.Frame;
import org.caseflow.web.Markup;
import org.caseflow.web.Routes;
import org.caseflow.web.ScorecardView;
import org.caseflow.web.Session;
import org.caseflow.web.Svg;
import org.caseflow.web.Views;
import org.caseflow.web.Web;

/** The scorecard: every indicator for the council and period, by stage. */
public final class ScorecardPage {
  /**
   * One indicator's row, written as the audience sees it.
   *
   * @param id the indicator's id
   * @param name its name
   * @param value its value
   * @param rag its status
   * @param trend its sparkline
   * @param target the target, or "–"
   * @param england England's published value
   * @param neighbours the statistical neighbours' mean
   * @param position the council's published position
   * @param change the movement since the previous period
   */
  record Line(
      String id,
      String name,
      String value,
      Rag rag,
      Markup trend,
      String target,
      String england,
      String neighbours,
      String position,
      String change) {}

  /**
   * A stage's table.
   *
   * @param anchor its id
   * @param title its title
   * @param lines its indicators
   */
  record StageTable(String anchor, String title, List<Line> lines) {}

  /**
   * The page.
   *
   * @param frame the frame
   * @param la the council
   * @param period the period
   * @param periods the periods offered
   * @param suppressed whether small counts are shown as c
   * @param stages the stages' tables
   * @param millis how long the scorecard took to compute
   */
  record Page(
      Frame frame,
      String la,
      ReportingPeriod period,
      List<ReportingPeriod> periods,
      boolean suppressed,
      List<StageTable> stages,
      List<String> uncovered,
      long millis) {
    int trend() {
      return PeriodScorecard.TREND;
    }

    int minimum() {
      return org.caseflow.compare.Comparability.MIN_DENOMINATOR;
    }

    String uncoveredList() {
      return String.join(", ", uncovered);
    }
  }

  private final Web web;

  private ScorecardPage(Web web) {
    this.web = web;
  }

  /** Adds the scorecard's route. */
  public static void routes(Routes r, Web web) {
    ScorecardPage p = new ScorecardPage(web);
    r.get(Area.SCORECARD, "/scorecard", p::show);
  }

  private void show(Context ctx) {
    Session s = Web.session(ctx);
    ReportingPeriod p = web.period(ctx);
    ScorecardView v = web.view(p);
    boolean suppressed = s.role().suppressed();
    @SuppressWarnings("unchecked")
    List<StageTable> stages =
        (List<StageTable>)
            v.derived().computeIfAbsent("scorecard:" + suppressed, k -> stages(v, suppressed));
    Views.page(
        ctx,
        "scorecard/page.jte",
        new Page(
            Web.frame(ctx, "Scorecard " + p.label()),
            v.la(),
            v.period(),
            web.periods(),
            suppressed,
            stages,
            v.scorecard().entries().stream()
                .filter(e -> e.line().coverageWarning() != null)
                .map(e -> e.indicator().id())
                .toList(),
            v.millis()));
  }

  static List<StageTable> stages(ScorecardView v, boolean suppressed) {
    Presentation show = Presentation.of(suppressed);
    List<StageTable> out = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      List<Line> lines = new ArrayList<>();
      for (PeriodScorecard.Entry e : v.entries()) {
        if (e.indicator().stage() != stage) {
          continue;
        }
        Presentation.Line l = show.line(e);
        lines.add(
            new Line(
                l.id(),
                l.name(),
                l.value(),
                l.rag(),
                Svg.sparkline(trendValues(e.trend(), show), trendLabel(e.trend(), show)),
                l.target(),
                l.england(),
                l.neighbours(),
                Presentation.position(e.line().benchmark(), e.line().benchmarkYear()),
                l.vsPrevious()));
      }
      out.add(
          new StageTable(
              "stage-" + stage.name().toLowerCase(Locale.ROOT),
              Formats.stageTitle(stage),
              List.copyOf(lines)));
    }
    return List.copyOf(out);
  }

  /** The trend as words, the chart's text alternative. */
  public static String trendLabel(List<Figure> trend, Presentation show) {
    List<String> parts = new ArrayList<>();
    for (Figure f : trend) {
      parts.add(Formats.label(f.period()) + " " + show.figure(f).value());
    }
    return "Trend: " + String.join(", ", parts);
  }

  /** The trend's values for a chart, suppressed ones as gaps. */
  public static List<Double> trendValues(List<Figure> trend, Presentation show) {
    return trend.stream().map(show::chartValue).toList();
  }
}
