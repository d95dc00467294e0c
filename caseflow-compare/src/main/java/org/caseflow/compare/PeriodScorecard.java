package org.caseflow.compare;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.domain.schema.ReturnKind;
import org.caseflow.domain.schema.Table;
import org.caseflow.measure.Figure;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Measurer;
import org.caseflow.measure.Population;
import org.caseflow.store.Provenance;
import org.caseflow.store.Store;
import org.caseflow.validate.DataQuality;

/**
 * The scorecard for one council and one period, measured once: for every indicator its scorecard
 * line, its trend, its breakdown, and the provenance and data-quality findings of the tables it
 * reads. The report, the dashboard and the command line all present this; none of them measures,
 * looks up findings or decides which periods a line needs.
 *
 * <p>Periods are keyed by start, end and kind ({@link ReportingPeriod#equals}), never by label.
 * Every figure a line or a trend needs is measured in one query per indicator ({@link
 * Measurer#measureAll}); asking for a figure of a period that was not measured is a programming
 * error and fails with {@link IllegalStateException}, rather than measuring it again unseen.
 */
public final class PeriodScorecard {
  /** How many periods a trend shows, ending with the chosen one. */
  public static final int TREND = 5;

  private final String la;
  private final ReportingPeriod period;
  private final List<ReportingPeriod> trendPeriods;
  private final List<Entry> entries;
  private final Map<String, Entry> byId;

  private PeriodScorecard(
      String la, ReportingPeriod period, List<ReportingPeriod> trendPeriods, List<Entry> entries) {
    this.la = la;
    this.period = period;
    this.trendPeriods = List.copyOf(trendPeriods);
    this.entries = List.copyOf(entries);
    Map<String, Entry> m = new LinkedHashMap<>();
    for (Entry e : entries) {
      m.put(e.indicator().id(), e);
    }
    this.byId = m;
  }

  /**
   * One indicator's part of the scorecard.
   *
   * @param indicator the indicator
   * @param line its scorecard line (figures without their members; child lists are read on demand)
   * @param trend its figures for {@link #trendPeriods()}, oldest first
   * @param breakdown its breakdown for the period, or null when it has none
   * @param quality the provenance and findings of the tables it reads
   * @param figures every figure measured for it, by period
   */
  public record Entry(
      Indicator indicator,
      ScorecardLine line,
      List<Figure> trend,
      Breakdown breakdown,
      Quality quality,
      Map<ReportingPeriod, Figure> figures) {
    public Entry {
      trend = List.copyOf(trend);
      figures = Map.copyOf(figures);
    }

    /**
     * The figure measured for a period.
     *
     * @throws IllegalStateException when the period was not measured (a programming error: the
     *     caller should have asked for it when measuring)
     */
    public Figure figure(ReportingPeriod p) {
      Figure f = figures.get(p);
      if (f == null) {
        throw notMeasured(indicator, p);
      }
      return f;
    }

    /** The figures measured for the periods, in their order (see {@link #figure}). */
    public List<Figure> series(List<ReportingPeriod> periods) {
      List<Figure> out = new ArrayList<>();
      for (ReportingPeriod p : periods) {
        out.add(figure(p));
      }
      return out;
    }

    /** The indicator's kind (breakdown, weights). */
    public IndicatorKind kind() {
      return IndicatorKind.of(indicator);
    }
  }

  /**
   * A figure's breakdown with its total, as every presentation shows it.
   *
   * @param categories the categories in order, then "Not recorded" for members the categories leave
   *     out
   * @param total the total the categories are shares of: the numerator for counted members; for
   *     weighted sums (cases per worker) the number of members, the categories' sum
   * @param overlapping whether a member may fall in several categories (they add up to more than
   *     the total)
   */
  public record Breakdown(List<Category> categories, long total, boolean overlapping) {
    public Breakdown {
      categories = List.copyOf(categories);
    }

    /** The breakdown of a figure, or null when it has none (or counts nobody). */
    public static Breakdown of(Figure f) {
      if (f.breakdown() == null || f.breakdown().isEmpty()) {
        return null;
      }
      Map<String, Long> cells = new TreeMap<>(f.breakdown());
      long sum = cells.values().stream().mapToLong(Long::longValue).sum();
      // The table's total is what the breakdown divides, in the indicator's subject (workers for
      // live caseload per worker, whose numerator counts cases), as the figure declares it.
      long total =
          f.breakdownTotal() != null
              ? f.breakdownTotal()
              : f.numerator() == null ? sum : Math.round(f.numerator());
      if (sum < total) {
        cells.put("Not recorded", total - sum);
      }
      List<Category> out = new ArrayList<>();
      cells.forEach((k, v) -> out.add(new Category(k, v)));
      return new Breakdown(out, total, sum > total);
    }

    /** The counts, in order. */
    public List<Long> counts() {
      return categories.stream().map(Category::count).toList();
    }
  }

  /**
   * One category of a breakdown.
   *
   * @param name its name
   * @param count how many members fall in it
   */
  public record Category(String name, long count) {}

  /**
   * Where an indicator's data came from and what is known to be wrong with it: for the tables it
   * declares it reads ({@link Indicator#tables()}).
   *
   * @param sources the imports behind those tables' current rows
   * @param importFindings the import findings (errors and warnings) on fields of those tables
   * @param validationErrors the DfE validation errors in those tables, in the latest validated
   *     import of each return of the period's collection year
   */
  public record Quality(
      List<Provenance.Source> sources,
      List<Provenance.Finding> importFindings,
      List<DataQuality.TableErrors> validationErrors) {
    public Quality {
      sources = List.copyOf(sources);
      importFindings = List.copyOf(importFindings);
      validationErrors = List.copyOf(validationErrors);
    }

    /** Whether nothing was found wrong. */
    public boolean clean() {
      return importFindings.isEmpty() && validationErrors.isEmpty();
    }
  }

  /** The council. */
  public String la() {
    return la;
  }

  /** The period. */
  public ReportingPeriod period() {
    return period;
  }

  /** The {@link #TREND} periods of the period's length ending with it, oldest first. */
  public List<ReportingPeriod> trendPeriods() {
    return trendPeriods;
  }

  /** One entry per indicator, in the order given. */
  public List<Entry> entries() {
    return entries;
  }

  /** The entry of an indicator, by id. */
  public Optional<Entry> entry(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The {@link #TREND} periods of the same length ending with {@code period}, oldest first. */
  public static List<ReportingPeriod> trendPeriods(ReportingPeriod period) {
    List<ReportingPeriod> out = new ArrayList<>();
    ReportingPeriod p = period;
    for (int k = 0; k < TREND; k++) {
      out.add(0, k == 0 ? p : Formats.named(p));
      p = Scorecard.previous(p);
    }
    return out;
  }

  /**
   * Every period measured for a scorecard of {@code period}: the trend, the periods a line reads
   * ({@link Scorecard#periodsFor}), then the extra ones asked for (a report's charts), each once.
   * The one place that decides it.
   */
  public static List<ReportingPeriod> periodsFor(
      ReportingPeriod period, List<ReportingPeriod> extra) {
    Set<ReportingPeriod> out = new LinkedHashSet<>(trendPeriods(period));
    for (ReportingPeriod p : Scorecard.periodsFor(period)) {
      out.add(Formats.named(p));
    }
    out.addAll(extra);
    return List.copyOf(out);
  }

  /** Measures the scorecard for the council and period (see the class comment). */
  public static PeriodScorecard measure(
      Store store,
      Population population,
      Comparer comparer,
      Targets targets,
      List<Indicator> indicators,
      String la,
      ReportingPeriod period)
      throws SQLException {
    return measure(store, population, comparer, targets, indicators, la, period, List.of());
  }

  /**
   * Measures the scorecard, with figures for extra periods too (for instance the months and years
   * of a report's charts), read back with {@link Entry#figure} and {@link Entry#series}.
   */
  public static PeriodScorecard measure(
      Store store,
      Population population,
      Comparer comparer,
      Targets targets,
      List<Indicator> indicators,
      String la,
      ReportingPeriod period,
      List<ReportingPeriod> extra)
      throws SQLException {
    List<ReportingPeriod> periods = periodsFor(period, extra);
    List<List<Figure>> measured = Measurer.measureAll(store, population, indicators, la, periods);
    Scorecard scorecard = new Scorecard(new Measurer(store, population), comparer, targets);
    List<ReportingPeriod> trend = trendPeriods(period);
    Qualities qualities = Qualities.read(store, la, period, indicators);
    List<Entry> entries = new ArrayList<>();
    for (int k = 0; k < indicators.size(); k++) {
      Indicator indicator = indicators.get(k);
      Map<ReportingPeriod, Figure> byPeriod = new HashMap<>();
      List<Figure> figures = measured.get(k);
      for (int j = 0; j < periods.size(); j++) {
        byPeriod.put(periods.get(j), bare(figures.get(j)));
      }
      ScorecardLine line =
          scorecard.line(
              indicator,
              la,
              period,
              q -> {
                Figure f = byPeriod.get(q);
                if (f == null) {
                  throw notMeasured(indicator, q);
                }
                return f;
              });
      List<Figure> trendFigures = new ArrayList<>();
      for (ReportingPeriod p : trend) {
        trendFigures.add(byPeriod.get(p));
      }
      entries.add(
          new Entry(
              indicator,
              line,
              trendFigures,
              Breakdown.of(line.figure()),
              qualities.of(indicator),
              byPeriod));
    }
    return new PeriodScorecard(la, period, trend, entries);
  }

  /**
   * The failure when a figure was not measured for a period: a programming error (the period should
   * have been asked for when measuring), never hidden by measuring it again.
   */
  static IllegalStateException notMeasured(Indicator i, ReportingPeriod p) {
    return new IllegalStateException(
        i.id() + " was not measured for " + p.start() + " to " + p.end() + " (" + p.kind() + ")");
  }

  /** A figure without its members (they are read on demand, for the roles that see children). */
  static Figure bare(Figure f) {
    return new Figure(
        f.indicator(),
        f.la(),
        f.period(),
        f.value(),
        f.numerator(),
        f.denominator(),
        List.of(),
        f.breakdown(),
        f.note(),
        f.breakdownTotal());
  }

  /** Provenance and findings per table, read once for every table the indicators read. */
  private record Qualities(
      Map<Table, List<Provenance.Source>> sources,
      Map<Table, List<Provenance.Finding>> findings,
      List<DataQuality.TableErrors> errors) {

    static Qualities read(Store store, String la, ReportingPeriod period, List<Indicator> all)
        throws SQLException {
      Set<Table> tables = EnumSet.noneOf(Table.class);
      for (Indicator i : all) {
        tables.addAll(i.tables());
      }
      return new Qualities(
          Provenance.sources(store.connection(), la, tables),
          Provenance.findings(store.connection(), la, tables),
          DataQuality.errorsIn(
              store.connection(), la, CollectionYear.containing(period.end()), tables));
    }

    Quality of(Indicator i) {
      List<Provenance.Source> s = new ArrayList<>();
      List<Provenance.Finding> f = new ArrayList<>();
      Set<String> dfe = new LinkedHashSet<>();
      for (Table t : i.tables()) {
        s.addAll(sources.getOrDefault(t, List.of()));
        f.addAll(findings.getOrDefault(t, List.of()));
        for (ReturnKind k : ReturnKind.values()) {
          for (String name : DataQuality.dfeTables(k, t)) {
            dfe.add(k.name() + "/" + name);
          }
        }
      }
      List<DataQuality.TableErrors> e = new ArrayList<>();
      for (DataQuality.TableErrors x : errors) {
        if (dfe.contains(x.kind().name() + "/" + x.table())) {
          e.add(x);
        }
      }
      return new Quality(s, f, e);
    }
  }
}
