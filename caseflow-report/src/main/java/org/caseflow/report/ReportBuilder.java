package org.caseflow.report;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.caseflow.compare.Benchmark;
import org.caseflow.compare.Comparability;
import org.caseflow.compare.Formats;
import org.caseflow.compare.IndicatorKind;
import org.caseflow.compare.PeriodScorecard;
import org.caseflow.compare.Presentation;
import org.caseflow.compare.Published;
import org.caseflow.compare.Rag;
import org.caseflow.compare.ScorecardLine;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Figure;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.PeriodType;
import org.caseflow.measure.Polarity;
import org.caseflow.measure.Stage;
import org.caseflow.measure.Trends;
import org.caseflow.measure.Unit;
import org.caseflow.store.Store;

/**
 * Builds the report's content from the scorecard (figures, benchmarks, targets, RAG, direction and
 * narrative facts) and the trend series, each measured once: the report computes no figure itself.
 */
final class ReportBuilder {
  private final Store store;
  private final ReportSpec spec;
  private final Presentation show;
  private final List<Block> out = new ArrayList<>();
  private final Set<Integer> loadedYears = new java.util.HashSet<>();

  /**
   * The indicators the concise version draws a chart for: those of the key messages and those rated
   * against a target.
   */
  private final Set<String> charted = new java.util.HashSet<>();

  /** The ids of the indicators the report shows, for the concise version's appendix. */
  private final Set<String> shownIds = new java.util.HashSet<>();

  /**
   * What was measured, once, for every indicator: its scorecard entry, and the months and years of
   * its charts read from it.
   */
  record Measured(
      Indicator indicator,
      ScorecardLine line,
      List<Figure> months,
      List<Figure> years,
      List<Benchmark> yearBenchmarks,
      PeriodScorecard.Entry entry) {}

  ReportBuilder(Store store, ReportSpec spec) {
    this.store = store;
    this.spec = spec;
    this.show = Presentation.of(spec.publicVersion());
  }

  /** The months and financial years a report's trend charts cover. */
  static List<List<ReportingPeriod>> trendPeriods(ReportingPeriod period) {
    CollectionYear containing = CollectionYear.containing(period.end());
    CollectionYear last =
        period.end().equals(containing.end())
            ? containing
            : new CollectionYear(containing.endYear() - 1);
    return List.of(Trends.months(YearMonth.from(period.end()), 13), Trends.years(last, 5));
  }

  List<Measured> measure(List<Indicator> indicators) throws SQLException {
    String la = spec.la();
    List<List<ReportingPeriod>> trend = trendPeriods(spec.period());
    List<ReportingPeriod> charts = new ArrayList<>(trend.get(0));
    charts.addAll(trend.get(1));
    // Every figure once, in one query per indicator; the scorecard lines read theirs from it.
    PeriodScorecard scorecard =
        PeriodScorecard.measure(
            store,
            spec.population(),
            spec.comparer(),
            spec.targets(),
            indicators,
            la,
            spec.period(),
            charts);
    List<Measured> result = new ArrayList<>();
    for (PeriodScorecard.Entry e : scorecard.entries()) {
      Indicator i = e.indicator();
      List<Benchmark> bs = new ArrayList<>();
      for (ReportingPeriod y : trend.get(1)) {
        bs.add(
            i.laitCode().equals("-")
                ? null
                : spec.comparer()
                    .compare(
                        i.laitCode(),
                        la,
                        CollectionYear.containing(y.end()).endYear(),
                        i.polarity())
                    .orElse(null));
      }
      result.add(new Measured(i, e.line(), e.series(trend.get(0)), e.series(trend.get(1)), bs, e));
    }
    return result;
  }

  /** The paper's title: the period in words, never its label. */
  static String title(ReportingPeriod p) {
    return "Children's social care performance: " + Formats.periodInWords(p);
  }

  Document build() throws SQLException {
    Catalogue catalogue = Catalogue.load();
    loadedYears.addAll(loadedYears(store, spec.la()));
    List<Measured> all = measure(catalogue.all());
    String title = title(spec.period());
    Paper paper = spec.paper();
    String council = paper.has("council") ? paper.get("council") : councilName();
    cover(title, council);
    out.add(new Block.Heading(2, "Contents", "contents"));
    out.add(new Block.Contents());
    List<Measured> breakdowns = new ArrayList<>();
    List<Measured> plain = new ArrayList<>();
    for (Measured x : all) {
      // A value with a breakdown beside it (WF11, WF11H) is shown in its stage, judged like any
      // other, and its table among the breakdowns.
      if (isBreakdown(x)) {
        breakdowns.add(x);
      }
      if (x.indicator().kind().hasValue()) {
        plain.add(x);
      }
    }
    List<Stage> stages = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      // Inputs, processes and outputs always; workforce, finance and local measures when their
      // data is loaded (an indicator of the stage has a figure in some period shown).
      if (stage.ordinal() <= Stage.OUTPUTS.ordinal()
          || all.stream().anyMatch(x -> x.indicator().stage() == stage && anyValue(x))) {
        stages.add(stage);
      }
    }
    purpose();
    recommendations();
    out.add(new Block.PageBreak());
    summary(plain, stages, all);
    for (Stage stage : stages) {
      stage(
          stage,
          plain.stream()
              .filter(x -> x.indicator().stage() == stage)
              .filter(x -> !spec.audience().concise() || inConcise(x))
              .toList());
    }
    if (!spec.audience().concise()) {
      // The concise paper leaves the breakdowns by category to the full version, to fit its
      // meeting (at most 25 pages with the appendices).
      breakdowns(breakdowns);
    }
    for (ReportExtension e : spec.extensions()) {
      out.addAll(e.blocks(spec));
    }
    out.addAll(org.caseflow.report.spc.SpcSection.blocks(store, spec));
    implications();
    backgroundPapers();
    List<Indicator> defined =
        spec.audience().concise()
            ? catalogue.all().stream().filter(i -> shownIds.contains(i.id())).toList()
            : catalogue.all();
    appendix(defined);
    technicalNotes(defined);
    caveats(all);
    if (spec.publicVersion()) {
      suppressionNote();
    }
    return new Document(title, out, new Document.Running(council, title));
  }

  /** Who the paper is for, as a recommendation names them: "Cabinet", "the scrutiny committee". */
  private String who() {
    return who(spec.audience());
  }

  static String who(Audience a) {
    return a == Audience.CABINET ? "Cabinet" : "the " + a.words();
  }

  private void cover(String title, String council) {
    out.addAll(cover(spec, title, council));
  }

  /**
   * The cover sheet: the title in words, the council, the meeting's details from the council's
   * cover sheet file ("To be confirmed" where not given), and which version this is.
   */
  static List<Block> cover(ReportSpec spec, String title, String council) {
    List<Block> out = new ArrayList<>();
    out.add(new Block.Heading(1, title, "top"));
    out.add(para(council, Block.Style.LEAD));
    out.add(
        para(
            "A report to "
                + who(spec.audience())
                + " on "
                + Formats.periodInWords(spec.period())
                + " ("
                + Formats.months(spec.period())
                + ").",
            Block.Style.NORMAL));
    List<List<Block.Cell>> rows = new ArrayList<>();
    for (List<String> r : spec.paper().rows()) {
      rows.add(List.of(Block.Cell.of(r.get(0)), Block.Cell.of(r.get(1))));
    }
    rows.add(
        List.of(
            Block.Cell.of("Version"),
            Block.Cell.of(
                spec.publicVersion()
                    ? "Public version: aggregate figures only; counts from one to five are"
                        + " suppressed (shown as c)."
                    : "Full version for officers: not for publication.")));
    out.add(new Block.Table("Report details", List.of("Detail", "For this paper"), rows));
    out.add(
        para(
            "Figures are measured by caseflow from the statutory returns loaded for the council"
                + " (the children in need census, SSDA903 and Annex A); benchmarks are the latest"
                + " published by the Department for Education. Where no local target is set, the"
                + " target is the statistical neighbours' average, with a tolerance of a tenth"
                + " of it.",
            Block.Style.NOTE));
    out.add(new Block.PageBreak());
    return out;
  }

  private void purpose() {
    out.add(new Block.Heading(2, "Purpose of the report", "purpose"));
    out.add(
        para(
            "To report to "
                + who()
                + " how children's social care performed in "
                + Formats.periodInWords(spec.period())
                + " ("
                + Formats.months(spec.period())
                + "): demand at the front door, the timeliness and quality of statutory work,"
                + " and outcomes for children in need, children in care and care leavers, against"
                + " local targets, England and statistical neighbours.",
            Block.Style.NORMAL));
  }

  private void recommendations() {
    out.add(new Block.Heading(2, "Recommendations", "recommendations"));
    out.add(
        new Block.Placeholder(
            "Recommendation 1",
            "That "
                + who()
                + " notes the performance of children's social care in "
                + Formats.periodInWords(spec.period())
                + ", as set out in this report."));
    out.add(
        new Block.Placeholder(
            "Recommendation 2",
            "[Add any further recommendation, for example an area for a deep dive, or delete"
                + " this one.]"));
  }

  /** The implications every committee paper states, each a headed placeholder for its officer. */
  private void implications() {
    out.add(new Block.Heading(2, "Implications", "implications"));
    String[][] kinds = {
      {
        "Financial implications",
        "[State any financial implications, or that there are none; the finance officer's"
            + " comments.]"
      },
      {
        "Legal implications",
        "[State the legal implications, including the council's duties under the Children Acts"
            + " 1989 and 2004, or that there are none; the legal officer's comments.]"
      },
      {
        "Equalities implications",
        "[State the implications under the public sector equality duty (Equality Act 2010,"
            + " section 149), and whether an equality impact assessment is needed.]"
      },
      {"Risk implications", "[State the risks, and how they are managed, or that there are none.]"}
    };
    for (String[] k : kinds) {
      out.add(new Block.Heading(3, k[0], "implications-" + Fmt.anchor(k[0].split(" ")[0])));
      out.add(new Block.Placeholder(k[0], k[1]));
    }
  }

  private void backgroundPapers() {
    out.add(new Block.Heading(2, "Background papers", "background-papers"));
    out.add(
        para(
            "The statutory returns behind the figures, held by the council: the children in need"
                + " census, the SSDA903 return on children looked after and Annex A. The"
                + " Department for Education's published statistics for councils (the Local"
                + " Authority Interactive Tool). caseflow's indicator catalogue, whose"
                + " definitions are in the appendix.",
            Block.Style.NORMAL));
    out.add(
        new Block.Placeholder(
            "Other background papers",
            "[List any other papers relied on and where they may be inspected, or delete.]"));
  }

  /**
   * One plain warning near the top when the loaded returns do not cover the whole period for some
   * figures (each figure's section says which returns are missing).
   */
  private void coverageWarning(List<Measured> all) {
    if (loadedYears.isEmpty()) {
      out.add(
          para(
              "Warning: no returns are loaded for council "
                  + spec.la()
                  + "; there are no figures to report.",
              Block.Style.LEAD));
      return;
    }
    List<String> part = new ArrayList<>();
    List<String> none = new ArrayList<>();
    for (Measured x : all) {
      var c = x.line().coverage();
      if (x.line().coverageWarning() == null) {
        continue;
      }
      (c.state() == org.caseflow.compare.Coverage.State.NONE ? none : part).add(x.indicator().id());
    }
    if (part.isEmpty() && none.isEmpty()) {
      return;
    }
    StringBuilder w =
        new StringBuilder("Warning: the returns loaded do not cover the whole of ")
            .append(Formats.periodInWords(spec.period()));
    if (!part.isEmpty()) {
      w.append("; only part of it for ")
          .append(Fmt.words(part.size()))
          .append(part.size() == 1 ? " indicator (" : " indicators (")
          .append(String.join(", ", part))
          .append(")");
    }
    if (!none.isEmpty()) {
      w.append("; none of it for ")
          .append(Fmt.words(none.size()))
          .append(none.size() == 1 ? " indicator (" : " indicators (")
          .append(String.join(", ", none))
          .append(")");
    }
    out.add(
        para(w.append(". Their figures count only what is loaded.").toString(), Block.Style.NOTE));
  }

  /**
   * Whether the concise report (Cabinet, scrutiny) shows the indicator in its stage: DfE publishes
   * it for councils (it has a LAIT code) or the council has set a local target for it.
   */
  private boolean inConcise(Measured x) {
    return !x.indicator().laitCode().equals("-")
        || spec.targets().of(x.indicator().id()).isPresent();
  }

  /** The collection years (by end year) any return was loaded for, for the council. */
  static Set<Integer> loadedYears(Store store, String la) throws SQLException {
    return org.caseflow.store.Provenance.collectionYears(store.connection(), la);
  }

  /** Whether the store holds returns for the period (a chart shows no value before the data). */
  private boolean covered(Figure f) {
    return f.hasValue()
        && loadedYears.contains(CollectionYear.containing(f.period().start()).endYear())
        && loadedYears.contains(CollectionYear.containing(f.period().end()).endYear());
  }

  /**
   * Whether the indicator is shown only as a breakdown (a count by category with no direction,
   * whose value is its table's total). Any other indicator with a breakdown (WF11's cases per
   * worker, WF11H's share of workers above 25 cases) is shown in its stage with its value, target
   * and status, and its table beneath.
   */
  static boolean isBreakdown(Measured x) {
    return IndicatorKind.onlyBreakdown(x.indicator());
  }

  private static Block.Paragraph para(String text, Block.Style style) {
    return new Block.Paragraph(text, style);
  }

  private static String stageTitle(Stage s) {
    return Formats.stageTitle(s);
  }

  private static String stageWord(Stage s) {
    return Formats.stageWord(s);
  }

  // ---------------------------------------------------------------- summary

  private static boolean anyValue(Measured x) {
    return x.line().figure().hasValue()
        || x.months().stream().anyMatch(Figure::hasValue)
        || x.years().stream().anyMatch(Figure::hasValue);
  }

  /** How many of the largest movements the executive summary states. */
  static final int MOVEMENTS = 3;

  private void summary(List<Measured> plain, List<Stage> stages, List<Measured> all) {
    out.add(new Block.Heading(2, "Executive summary", "summary"));
    // The key messages, each one sentence to read aloud: the largest movements, and the worst
    // and best against target and against statistical neighbours, from the indicators the
    // paper shows.
    List<ScorecardLine> lines =
        plain.stream()
            .filter(x -> stages.contains(x.indicator().stage()))
            .filter(x -> !spec.audience().concise() || inConcise(x))
            .map(Measured::line)
            .toList();
    List<org.caseflow.compare.KeyMessages.Message> messages =
        org.caseflow.compare.KeyMessages.of(lines, show, MOVEMENTS);
    if (messages.isEmpty()) {
      out.add(
          para("No indicator has enough data for a key message this period.", Block.Style.LEAD));
    }
    for (org.caseflow.compare.KeyMessages.Message m : messages) {
      out.add(para(m.sentence(), Block.Style.LEAD));
      charted.add(m.indicatorId());
    }
    coverageWarning(all);
    Map<Rag, Integer> counts = new LinkedHashMap<>();
    List<Measured> rated = new ArrayList<>();
    int tooFew = 0;
    for (Measured x : plain) {
      if (!stages.contains(x.indicator().stage())) {
        continue;
      }
      Rag r = shownRag(x);
      if (r.isRating()) {
        counts.merge(r, 1, Integer::sum);
        rated.add(x);
      } else if (r == Rag.TOO_FEW) {
        tooFew++;
      }
    }
    out.add(
        para(
            "Of "
                + Fmt.words(rated.size())
                + " indicators rated against a target, "
                + Fmt.words(counts.getOrDefault(Rag.GREEN, 0))
                + " are on target ("
                + Rag.GREEN.symbol()
                + "), "
                + Fmt.words(counts.getOrDefault(Rag.AMBER, 0))
                + " near target ("
                + Rag.AMBER.symbol()
                + ") and "
                + Fmt.words(counts.getOrDefault(Rag.RED, 0))
                + " off target ("
                + Rag.RED.symbol()
                + ")."
                + (tooFew == 0
                    ? ""
                    : " "
                        + cap(Fmt.words(tooFew))
                        + (tooFew == 1 ? " has" : " have")
                        + " a target but too few children or cases to rate (fewer than "
                        + Comparability.MIN_DENOMINATOR
                        + ", "
                        + Rag.TOO_FEW.symbol()
                        + ")."),
            Block.Style.NORMAL));
    List<List<Block.Cell>> rows = new ArrayList<>();
    for (Measured x : rated) {
      ScorecardLine l = x.line();
      Presentation.ShownFigure now = show.figure(l.figure());
      Rag r = shownRag(x);
      shownIds.add(x.indicator().id());
      rows.add(
          List.of(
              Block.Cell.of(x.indicator().name() + " (" + x.indicator().id() + ")"),
              Block.Cell.of(stageWord(x.indicator().stage())),
              Block.Cell.of(now.value()),
              Block.Cell.of(Fmt.value(l.target().target(), x.indicator())),
              new Block.Cell(r.symbol() + " " + r.word(), r),
              Block.Cell.of(show.vsPrevious(l))));
    }
    out.add(
        new Block.Table(
            "Scorecard: status against target, " + Formats.periodInWords(spec.period()),
            List.of("Indicator", "Stage", "Value", "Target", "Status", "On previous period"),
            rows));
    out.add(
        para(
            "Status: "
                + Rag.GREEN.symbol()
                + " "
                + Rag.GREEN.word()
                + " (on or better than target); "
                + Rag.AMBER.symbol()
                + " "
                + Rag.AMBER.word()
                + " (short by no more than the tolerance); "
                + Rag.RED.symbol()
                + " "
                + Rag.RED.word()
                + " (short by more than the tolerance); "
                + Rag.TOO_FEW.symbol()
                + " "
                + Rag.TOO_FEW.word()
                + " (fewer than "
                + Comparability.MIN_DENOMINATOR
                + " in the denominator). Counts, and events over part of a year, are not rated"
                + " against other councils' published years.",
            Block.Style.NOTE));
    out.add(new Block.Commentary("Executive summary"));
    out.add(new Block.PageBreak());
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The plain warnings beside a figure: coverage of the period, and a comparison refused. */
  private void warnings(ScorecardLine l) {
    for (String w : Presentation.warnings(l)) {
      out.add(para(w + ".", Block.Style.NOTE));
    }
  }

  private Rag shownRag(Measured x) {
    return show.figure(x.line().figure()).hidden() ? Rag.NONE : x.line().rag();
  }

  private static int weight(Rag r) {
    return switch (r) {
      case RED -> 0;
      case AMBER -> 1;
      case GREEN -> 2;
      case TOO_FEW -> 3;
      case NONE -> 4;
    };
  }

  /** The indicator's facts as one sentence, or null if none may be shown. */
  String sentence(Measured x) {
    return show.sentence(x.line());
  }

  // ---------------------------------------------------------------- stages

  private void stage(Stage stage, List<Measured> indicators) {
    boolean concise = spec.audience().concise();
    if (concise && indicators.isEmpty()) {
      return; // no indicator of the stage is published by DfE or has a local target
    }
    out.add(new Block.Heading(2, stageTitle(stage), Fmt.anchor(stage.name())));
    List<List<Block.Cell>> missing = new ArrayList<>();
    for (Measured x : indicators) {
      boolean anySeries =
          x.line().figure().hasValue()
              || x.months().stream().anyMatch(Figure::hasValue)
              || x.years().stream().anyMatch(Figure::hasValue);
      if (!anySeries) {
        String note = x.line().figure().note();
        shownIds.add(x.indicator().id());
        missing.add(
            List.of(
                Block.Cell.of(x.indicator().name() + " (" + x.indicator().id() + ")"),
                Block.Cell.of(note == null ? "no data" : Fmt.smallInWords(note))));
        continue;
      }
      if (spec.audience().concise()) {
        brief(x);
      } else {
        indicator(x);
      }
    }
    if (!missing.isEmpty()) {
      out.add(
          new Block.Table(
              stageWord(stage) + ": indicators with no figure for this period",
              List.of("Indicator", "Why"),
              missing));
    }
    out.add(new Block.Commentary(stageWord(stage)));
    if (!concise) {
      out.add(new Block.PageBreak()); // the concise report runs its stages on
    }
  }

  private void indicator(Measured x) {
    Indicator i = x.indicator();
    ScorecardLine l = x.line();
    shownIds.add(i.id());
    out.add(new Block.Heading(3, i.name() + " (" + i.id() + ")", "ind-" + Fmt.anchor(i.id())));
    String sentence = sentence(x);
    Presentation.ShownFigure now = show.figure(l.figure());
    if (sentence != null) {
      out.add(para(sentence, Block.Style.NORMAL));
    } else if (now.hidden()) {
      out.add(
          para(
              "The figure counts fewer than six children or events and is suppressed (c).",
              Block.Style.NORMAL));
    }
    Presentation.ShownFigure prev = show.figure(l.previous());
    Presentation.ShownFigure last = show.figure(l.lastYear());
    Rag rag = now.hidden() ? Rag.NONE : l.rag();
    Benchmark b = l.benchmark();
    List<List<Block.Cell>> rows = new ArrayList<>();
    rows.add(row("Value (" + Fmt.unitWords(i) + ")", now.value()));
    if (i.unit() != Unit.COUNT) {
      // What each counts is in the technical notes, with the other wording from the catalogue.
      rows.add(row("Numerator", now.numerator()));
      rows.add(row("Denominator", now.denominator()));
    }
    rows.add(row("Previous period", prev.value()));
    rows.add(row("Same period last year", last.value()));
    rows.add(
        row(
            "Direction of travel",
            show.vsPrevious(l)
                + " on the previous period; "
                + show.vsLastYear(l)
                + " on the same period last year"));
    rows.add(
        row(
            "Target",
            l.target() == null
                ? "none"
                : Fmt.value(l.target().target(), i) + " (" + l.target().source() + ")"));
    rows.add(
        List.of(Block.Cell.of("Status"), new Block.Cell(rag.symbol() + " " + rag.word(), rag)));
    if (b != null) {
      rows.add(row("England, " + l.benchmarkYear(), Fmt.value(b.england(), i)));
      rows.add(
          row(
              "Statistical neighbours' mean, " + l.benchmarkYear(),
              Fmt.value(b.neighbourMean(), i)));
    }
    out.add(
        new Block.Table(
            i.name() + ", " + spec.period().label(), List.of("Measure", "Figure"), rows));
    if (l.figure().note() != null && !now.hidden()) {
      out.add(para("Note: " + Fmt.smallInWords(l.figure().note()) + ".", Block.Style.NOTE));
    }
    warnings(l);
    breakdownTable(x);
    monthlyChart(x);
    yearlyChart(x);
  }

  /**
   * The concise entry for Cabinet and scrutiny: the sentence, one table row (value, previous
   * period, same period last year, target, status, England, neighbours) and one chart (by financial
   * year, or by month when there are not two years to show).
   */
  private void brief(Measured x) {
    Indicator i = x.indicator();
    ScorecardLine l = x.line();
    shownIds.add(i.id());
    out.add(new Block.Heading(3, i.name() + " (" + i.id() + ")", "ind-" + Fmt.anchor(i.id())));
    String sentence = sentence(x);
    Presentation.ShownFigure now = show.figure(l.figure());
    if (sentence != null) {
      out.add(para(sentence, Block.Style.NORMAL));
    } else if (now.hidden()) {
      out.add(
          para(
              "The figure counts fewer than six children or events and is suppressed (c).",
              Block.Style.NORMAL));
    }
    Rag rag = now.hidden() ? Rag.NONE : l.rag();
    Benchmark b = l.benchmark();
    // Short headers, the unit and the benchmarks' year in the caption, so the row fits beside
    // its chart.
    List<String> header =
        new ArrayList<>(List.of("Value", "Previous period", "Last year", "Target", "Status"));
    List<Block.Cell> row =
        new ArrayList<>(
            List.of(
                Block.Cell.of(now.value()),
                Block.Cell.of(show.figure(l.previous()).value()),
                Block.Cell.of(show.figure(l.lastYear()).value()),
                Block.Cell.of(l.target() == null ? "none" : Fmt.value(l.target().target(), i)),
                new Block.Cell(rag.symbol() + " " + rag.word(), rag)));
    String caption = i.name() + ", " + spec.period().label() + " (" + Fmt.unitWords(i);
    if (b != null) {
      header.add("England");
      header.add("Neighbours");
      row.add(Block.Cell.of(Fmt.value(b.england(), i)));
      row.add(Block.Cell.of(Fmt.value(b.neighbourMean(), i)));
      caption += "; England and statistical neighbours' mean " + l.benchmarkYear();
    }
    out.add(new Block.Table(caption + ")", header, List.of(row)));
    warnings(l);
    // A chart where the committee needs to look, so the paper fits its meeting: the key
    // messages and the figures rated against a target.
    if ((charted.contains(i.id()) || rag.isRating()) && !yearlyChart(x)) {
      monthlyChart(x);
    }
  }

  private static List<Block.Cell> row(String label, String value) {
    return List.of(Block.Cell.of(label), Block.Cell.of(value));
  }

  /**
   * England's and the neighbours' values are drawn beside a month's figures only when the
   * comparability rule allows (a snapshot or a percentage of a state, not a count, not events).
   */
  private static boolean monthComparable(Indicator i, ReportingPeriod month) {
    return Comparability.of(i, month).comparable();
  }

  private boolean monthlyChart(Measured x) {
    Indicator i = x.indicator();
    List<Figure> months = x.months();
    // A cohort is the collection year's (e.g. looked after 12 months at 31 March): by month it
    // would repeat the year's figure.
    if (i.periodType() == PeriodType.COHORT || months.stream().filter(this::covered).count() < 2) {
      return false;
    }
    if (show.isSuppressed()
        && i.unit() == Unit.COUNT
        && months.stream().anyMatch(f -> org.caseflow.compare.Suppression.isSmall(f.numerator()))) {
      out.add(
          para(
              "The monthly chart is left out of the public version: some months count fewer"
                  + " than six.",
              Block.Style.NOTE));
      return false;
    }
    List<String> labels = new ArrayList<>();
    List<Double> own = new ArrayList<>();
    for (Figure f : months) {
      labels.add(Fmt.month(f.period()));
      own.add(covered(f) ? show.chartValue(f) : null);
    }
    List<Chart.Series> series = new ArrayList<>();
    series.add(new Chart.Series(councilName(), own, Chart.Kind.COUNCIL));
    Benchmark b = x.line().benchmark();
    String refs = "";
    if (b != null && !months.isEmpty() && monthComparable(i, months.get(0).period())) {
      if (b.england() != null) {
        series.add(
            flat(
                "England " + x.line().benchmarkYear(),
                b.england(),
                labels.size(),
                Chart.Kind.ENGLAND));
        refs += " England " + Fmt.value(b.england(), i) + " in " + x.line().benchmarkYear() + ".";
      }
      if (b.neighbourMean() != null) {
        series.add(
            flat(
                "Neighbours " + x.line().benchmarkYear(),
                b.neighbourMean(),
                labels.size(),
                Chart.Kind.NEIGHBOURS));
        refs += " Statistical neighbours' mean " + Fmt.value(b.neighbourMean(), i) + ".";
      }
    }
    refs += targetLine(i, labels.size(), series);
    out.add(
        new Block.ChartBlock(
            new Chart(
                i.name() + " by month",
                description(i, "month", labels, own) + refs,
                labels,
                series,
                i.unit(),
                show.isSuppressed())));
    return true;
  }

  private boolean yearlyChart(Measured x) {
    Indicator i = x.indicator();
    List<Figure> years = x.years();
    long withValue = years.stream().filter(this::covered).count();
    if (withValue < 2) {
      return false;
    }
    List<String> labels = new ArrayList<>();
    List<Double> own = new ArrayList<>();
    List<Double> eng = new ArrayList<>();
    List<Double> sn = new ArrayList<>();
    for (int k = 0; k < years.size(); k++) {
      Figure f = years.get(k);
      labels.add(f.period().label());
      own.add(covered(f) ? show.chartValue(f) : null);
      Benchmark b = x.yearBenchmarks().get(k);
      eng.add(b == null || i.unit() == Unit.COUNT ? null : b.england());
      sn.add(b == null ? null : b.neighbourMean());
    }
    List<Chart.Series> series = new ArrayList<>();
    series.add(new Chart.Series(councilName(), own, Chart.Kind.COUNCIL));
    String refs = "";
    if (eng.stream().anyMatch(java.util.Objects::nonNull)) {
      series.add(new Chart.Series("England", eng, Chart.Kind.ENGLAND));
      refs += " England: " + list(labels, eng, i) + ".";
    }
    if (sn.stream().anyMatch(java.util.Objects::nonNull)) {
      series.add(new Chart.Series("Statistical neighbours", sn, Chart.Kind.NEIGHBOURS));
      refs += " Statistical neighbours' mean: " + list(labels, sn, i) + ".";
    }
    refs += targetLine(i, labels.size(), series);
    out.add(
        new Block.ChartBlock(
            new Chart(
                i.name() + " by financial year",
                description(i, "financial year", labels, own) + refs,
                labels,
                series,
                i.unit(),
                show.isSuppressed())));
    return true;
  }

  /** A local target as a flat line on a chart; its words for the description, or empty. */
  private String targetLine(Indicator i, int n, List<Chart.Series> series) {
    return spec.targets()
        .of(i.id())
        .map(
            t -> {
              series.add(flat("Target", t.target(), n, Chart.Kind.TARGET));
              return " Target " + Fmt.value(t.target(), i) + ".";
            })
        .orElse("");
  }

  private String councilName() {
    return spec.comparer().published().area(spec.la()).map(Published.Area::name).orElse(spec.la());
  }

  private static Chart.Series flat(String name, double v, int n, Chart.Kind kind) {
    List<Double> values = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      values.add(v);
    }
    return new Chart.Series(name, values, kind);
  }

  private String description(Indicator i, String by, List<String> labels, List<Double> own) {
    return "Line chart of "
        + i.name()
        + " ("
        + Fmt.unitWords(i)
        + ") by "
        + by
        + ", "
        + labels.get(0)
        + " to "
        + labels.get(labels.size() - 1)
        + ". "
        + councilName()
        + ": "
        + list(labels, own, i)
        + ".";
  }

  private String list(List<String> labels, List<Double> values, Indicator unit) {
    List<String> parts = new ArrayList<>();
    for (int k = 0; k < labels.size(); k++) {
      Double v = values.get(k);
      parts.add(
          labels.get(k)
              + " "
              + (v == null ? (show.isSuppressed() ? "c or none" : "none") : Fmt.value(v, unit)));
    }
    return String.join(", ", parts);
  }

  // ---------------------------------------------------------------- breakdowns

  private void breakdowns(List<Measured> list) {
    out.add(new Block.Heading(2, "Breakdowns", "breakdowns"));
    out.add(
        para(
            "The breakdowns committees ask about, from the catalogue's breakdown indicators, for "
                + spec.period().label()
                + ".",
            Block.Style.NORMAL));
    for (Measured x : list) {
      Indicator i = x.indicator();
      Figure f = x.line().figure();
      if (i.stage().ordinal() > Stage.OUTPUTS.ordinal() && !anyValue(x)) {
        continue; // a workforce, finance or local breakdown whose data is not loaded
      }
      shownIds.add(i.id());
      out.add(new Block.Heading(3, i.name() + " (" + i.id() + ")", "ind-" + Fmt.anchor(i.id())));
      if (f.numerator() == null || f.numerator() == 0 || x.entry().breakdown() == null) {
        out.add(
            para(
                f.note() != null
                    ? "No figure: " + Fmt.smallInWords(f.note()) + "."
                    : "None in this period.",
                Block.Style.NORMAL));
        continue;
      }
      breakdownTable(x);
    }
    out.add(new Block.Commentary("Breakdowns"));
    if (!spec.audience().concise()) {
      out.add(new Block.PageBreak());
    }
  }

  /**
   * The indicator's breakdown for the period, as the shared presentation shows it (categories, the
   * members they leave out as "Not recorded", the total; suppressed in the public version).
   */
  private void breakdownTable(Measured x) {
    PeriodScorecard.Breakdown b = x.entry().breakdown();
    if (b == null || b.total() == 0) {
      return;
    }
    Indicator i = x.indicator();
    List<List<Block.Cell>> rows = new ArrayList<>();
    for (List<String> r : show.breakdown(b)) {
      rows.add(r.stream().map(Block.Cell::of).toList());
    }
    out.add(
        new Block.Table(
            i.name() + ", " + spec.period().label() + ", by category",
            List.of("Category", "Number", "Share of total"),
            rows));
    if (b.overlapping()) {
      out.add(
          para(
              "A member may fall in more than one category, so the categories add up to more"
                  + " than the total.",
              Block.Style.NOTE));
    }
    if (x.entry().kind().weight() != IndicatorKind.Weight.NONE) {
      out.add(
          para(
              "The categories count the members behind the figure (for instance workers), not"
                  + " the amounts summed in it.",
              Block.Style.NOTE));
    }
  }

  // ---------------------------------------------------------------- data quality

  private void caveats(List<Measured> all) {
    out.add(new Block.Heading(2, "Appendix C: data quality", "data-quality"));
    // Each indicator's findings come with its scorecard entry, from the tables it declares it
    // reads; here they are gathered by table, with the indicators that read it.
    Map<String, List<String>> users = new LinkedHashMap<>();
    Map<String, org.caseflow.store.Provenance.Finding> findings = new TreeMap<>();
    Map<String, org.caseflow.validate.DataQuality.TableErrors> errors = new LinkedHashMap<>();
    Map<String, List<String>> errorUsers = new LinkedHashMap<>();
    for (Measured x : all) {
      PeriodScorecard.Quality q = x.entry().quality();
      String id = x.indicator().id();
      for (org.caseflow.store.Provenance.Finding f : q.importFindings()) {
        String key = f.table() + "\u0000" + f.code() + "\u0000" + f.field();
        findings.putIfAbsent(key, f);
        List<String> u = users.computeIfAbsent(f.table(), k -> new ArrayList<>());
        if (!u.contains(id)) {
          u.add(id);
        }
      }
      for (org.caseflow.validate.DataQuality.TableErrors e : q.validationErrors()) {
        String key = e.kind().label() + " " + e.table();
        errors.putIfAbsent(key, e);
        List<String> u = errorUsers.computeIfAbsent(key, k -> new ArrayList<>());
        if (!u.contains(id)) {
          u.add(id);
        }
      }
    }
    validationCaveats(errors, errorUsers);
    if (findings.isEmpty()) {
      out.add(
          para(
              "The imports of the returns behind these figures reported no errors or warnings on"
                  + " the fields the indicators use.",
              Block.Style.NORMAL));
      return;
    }
    out.add(
        para(
            "Errors and warnings the imports reported on fields that the indicators use. A"
                + " finding means a value was missing, unreadable or out of range and was left"
                + " out or kept as given; the figures that use the table may be affected.",
            Block.Style.NORMAL));
    // Tables in the schema's order, findings by code and field within each.
    List<List<Block.Cell>> rows = new ArrayList<>();
    for (org.caseflow.domain.schema.Table t : org.caseflow.domain.schema.Table.values()) {
      for (org.caseflow.store.Provenance.Finding c : findings.values()) {
        if (!c.table().equals(t.sqlName())) {
          continue;
        }
        List<Block.Cell> row = new ArrayList<>();
        row.add(Block.Cell.of(c.table()));
        row.add(
            Block.Cell.of(c.code() + " (" + c.severity().toLowerCase(java.util.Locale.ROOT) + ")"));
        row.add(Block.Cell.of(c.field()));
        if (!show.isSuppressed()) {
          row.add(Block.Cell.of(Fmt.count((double) c.count())));
        }
        row.add(Block.Cell.of(String.join(", ", users.get(c.table()))));
        rows.add(row);
      }
    }
    List<String> header = new ArrayList<>(List.of("Table", "Finding", "Field"));
    if (!show.isSuppressed()) {
      header.add("Findings");
    }
    header.add("Indicators that use the table");
    out.add(new Block.Table("Import findings that touch the figures", header, rows));
    out.add(new Block.Commentary("Data quality"));
  }

  /**
   * The DfE validation errors, in the latest validated import of the period's collection year, in
   * the tables the figures read: rules by table, with counts except in the public version.
   */
  private void validationCaveats(
      Map<String, org.caseflow.validate.DataQuality.TableErrors> errors,
      Map<String, List<String>> users) {
    CollectionYear year = CollectionYear.containing(spec.period().end());
    if (errors.isEmpty()) {
      out.add(
          para(
              "The DfE's validation rules found no errors in the "
                  + year.label()
                  + " returns' tables that these figures read.",
              Block.Style.NORMAL));
      return;
    }
    out.add(
        para(
            "Errors the DfE's validation rules found in the "
                + year.label()
                + " returns, in the tables these figures read. Each must be corrected before the"
                + " return is submitted; until then the figures that read the table may be"
                + " affected.",
            Block.Style.NORMAL));
    List<List<Block.Cell>> rows = new ArrayList<>();
    for (var entry : errors.entrySet()) {
      org.caseflow.validate.DataQuality.TableErrors e = entry.getValue();
      List<Block.Cell> row = new ArrayList<>();
      row.add(Block.Cell.of(entry.getKey()));
      row.add(Block.Cell.of(String.join(", ", e.rules())));
      if (!show.isSuppressed()) {
        row.add(Block.Cell.of(Fmt.count((double) e.errors())));
      }
      row.add(Block.Cell.of(String.join(", ", users.get(entry.getKey()))));
      rows.add(row);
    }
    List<String> header = new ArrayList<>(List.of("Return and table", "DfE rules failed"));
    if (!show.isSuppressed()) {
      header.add("Errors");
    }
    header.add("Indicators that read the table");
    out.add(new Block.Table("Validation errors that touch the figures", header, rows));
  }

  private void suppressionNote() {
    out.add(new Block.Heading(2, "Appendix D: suppression", "suppression"));
    out.add(
        para(
            "This is the public version. It shows aggregate figures only and no child's details."
                + " As in DfE's statistics, a count from one to five is not shown: the cell shows"
                + " c. So that a hidden count cannot be worked out from a total or a difference,"
                + " a second cell is hidden where needed (the next smallest category of a"
                + " breakdown; the value and numerator where the children outside a numerator"
                + " number one to five), and rates and percentages made from a hidden count are"
                + " hidden too. Monthly charts of counts are left out when any month counts fewer"
                + " than six. Sentences never state a hidden number.",
            Block.Style.NORMAL));
  }

  // ---------------------------------------------------------------- appendix

  private void appendix(List<Indicator> indicators) {
    out.add(new Block.PageBreak());
    out.add(new Block.Heading(2, "Appendix A: definitions", "definitions"));
    out.add(
        para(
            "Generated from caseflow's indicator catalogue. Better when: higher, lower, or"
                + " contextual (no good or bad direction). What each figure counts is in"
                + " Appendix B.",
            Block.Style.NOTE));
    for (Stage stage : Stage.values()) {
      List<List<Block.Cell>> rows = new ArrayList<>();
      for (Indicator i : indicators) {
        if (i.stage() != stage) {
          continue;
        }
        rows.add(
            List.of(
                Block.Cell.of(i.id() + " " + i.name()),
                Block.Cell.of(i.definition()),
                Block.Cell.of(Fmt.unitWords(i)),
                Block.Cell.of(
                    i.polarity() == Polarity.HIGH
                        ? "higher"
                        : i.polarity() == Polarity.LOW ? "lower" : "contextual"),
                Block.Cell.of(
                    i.source() + (i.laitCode().equals("-") ? "" : "; LAIT " + i.laitCode()))));
      }
      if (rows.isEmpty()) {
        continue;
      }
      if (spec.audience().concise()) {
        // Two columns, the definition and which way is better: a third of the pages of five.
        List<List<Block.Cell>> joined = new ArrayList<>();
        for (List<Block.Cell> r : rows) {
          joined.add(
              List.of(
                  r.get(0),
                  Block.Cell.of(r.get(1).text() + " Better when: " + r.get(3).text() + ".")));
        }
        out.add(new Block.Table(stageWord(stage), List.of("Indicator", "Definition"), joined));
        continue;
      }
      out.add(
          new Block.Table(
              stageWord(stage),
              List.of("Indicator", "Definition", "Unit", "Better when", "Source"),
              rows));
    }
  }

  /**
   * The technical notes: what each figure's numerator and denominator count, in the catalogue's own
   * wording (return fields and codes), and how figures are compared and rated.
   */
  private void technicalNotes(List<Indicator> indicators) {
    out.add(new Block.Heading(2, "Appendix B: technical notes", "technical-notes"));
    out.add(
        para(
            "A percentage is its numerator as a share of its denominator; a rate is per 10,000"
                + " children aged under 18 (ONS mid-year estimates). The direction of travel"
                + " compares values at one decimal place. A figure is rated against a target"
                + " (amber when short of it by no more than the tolerance) and set against"
                + " England and statistical neighbours only when it is the same kind of figure"
                + " over the same span as the published year; counts are never rated against"
                + " other councils. Where fewer than "
                + Comparability.MIN_DENOMINATOR
                + " children or cases are in the denominator, no status or direction is given.",
            Block.Style.NORMAL));
    if (spec.audience().concise()) {
      out.add(
          para(
              "The full version for officers lists each figure's unit and source, what its"
                  + " numerator and denominator count in the returns' own fields and codes, and"
                  + " the breakdowns by category.",
              Block.Style.NORMAL));
      return;
    }
    List<List<Block.Cell>> rows = new ArrayList<>();
    for (Indicator i : indicators) {
      rows.add(
          List.of(
              Block.Cell.of(i.id() + " " + i.name()),
              Block.Cell.of(
                  "Numerator: "
                      + i.numerator()
                      + (i.denominator().equals("-")
                          ? "."
                          : ". Denominator: " + i.denominator() + "."))));
    }
    out.add(new Block.Table("What each figure counts", List.of("Indicator", "Counted"), rows));
  }
}
