package org.caseflow.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Figure;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Measurer;
import org.caseflow.measure.Polarity;
import org.caseflow.measure.Population;
import org.caseflow.store.Store;
import org.caseflow.store.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The judgements beside a figure (RAG, rank, band, direction), one test per defect found trying the
 * demo council (issue 15). Figures are made by hand; the published table is a small one written for
 * each test (council 808, its ten neighbours and England), so every expected value is worked out
 * here.
 */
class JudgementsTest {
  private static final Catalogue CATALOGUE = Catalogue.load();

  @TempDir Path dir;
  private Store store;

  @BeforeEach
  void open() throws Exception {
    store = Stores.fresh("duckdb", dir);
  }

  @AfterEach
  void close() throws Exception {
    store.close();
  }

  /** Figures given by hand, by period; any other period has no value. */
  private static final class HandMade implements Scorecard.Figures {
    private final Indicator indicator;
    private final Map<ReportingPeriod, Figure> byPeriod = new HashMap<>();

    HandMade(Indicator indicator) {
      this.indicator = indicator;
    }

    HandMade value(String period, Double value, Double numerator, Double denominator) {
      ReportingPeriod p = ReportingPeriod.parse(period);
      byPeriod.put(
          key(p),
          new Figure(
              indicator, "808", p, value, numerator, denominator, List.of(), Map.of(), null));
      return this;
    }

    HandMade percent(String period, double numerator, double denominator) {
      return value(period, 100.0 * numerator / denominator, numerator, denominator);
    }

    @Override
    public Figure of(ReportingPeriod p) {
      Figure f = byPeriod.get(key(p));
      return f != null
          ? f
          : new Figure(indicator, "808", p, null, null, null, List.of(), Map.of(), null);
    }

    private static ReportingPeriod key(ReportingPeriod p) {
      return new ReportingPeriod(p.start(), p.end(), p.kind(), "");
    }
  }

  private static Indicator indicator(String id) {
    return CATALOGUE.find(id).orElseThrow();
  }

  private ScorecardLine line(Comparer comparer, Targets targets, HandMade figures, String period)
      throws Exception {
    return new Scorecard(new Measurer(store, Population.bundled()), comparer, targets)
        .line(figures.indicator, "808", ReportingPeriod.parse(period), figures);
  }

  private Targets targets(String yaml) throws Exception {
    Path file = dir.resolve("targets.yaml");
    Files.writeString(file, yaml);
    return Targets.load(file);
  }

  // ---------------------------------------------------------------- quarters judged against years

  /** LA12 (3 or more placements in the period): the neighbours' 2024-25 mean is 9.4. */
  private Comparer placementsPublished() throws Exception {
    return LaitFixture.in(dir)
        .measure(
            "LACStable_2016on",
            "2024-25",
            9.0,
            10.0,
            9.4,
            9.4,
            9.4,
            9.4,
            9.4,
            9.4,
            9.4,
            9.4,
            9.4,
            9.4)
        .comparer();
  }

  @Test
  void aQuartersThreeOrMorePlacementsIsNotRatedOrRankedAgainstTheNeighboursYear() throws Exception {
    // 1 of 250 children looked after at 31 March had 3 or more placements in Q4: 0.4%.
    HandMade q4 = new HandMade(indicator("LA12")).percent("2024-25-Q4", 1, 250);
    ScorecardLine l = line(placementsPublished(), Targets.none(), q4, "2024-25-Q4");
    assertThat(l.figure().value()).isCloseTo(0.4, within(1e-9));
    assertThat(l.comparison()).isEqualTo(Comparability.Verdict.PART_YEAR);
    assertThat(l.target()).isNull();
    assertThat(l.rag()).isEqualTo(Rag.NONE);
    assertThat(l.benchmark().rank()).isNull();
    assertThat(l.benchmark().band()).isNull();
    assertThat(l.distanceToNeighbours()).isNull();
    assertThat(l.facts()).noneMatch(f -> f instanceof Narrative.VersusNeighbours);
  }

  @Test
  void theYearsThreeOrMorePlacementsIsRatedAgainstTheNeighboursMeanOfTheSameYear()
      throws Exception {
    // 9.0% against the neighbours' 9.4 (lower is better): on target. Of 11 councils 808 has the
    // lowest value, so rank 1; Q1 of {9.0, 9.4 x 10} is 9.4, so band A.
    HandMade year = new HandMade(indicator("LA12")).percent("2024-25", 18, 200);
    ScorecardLine l = line(placementsPublished(), Targets.none(), year, "2024-25");
    assertThat(l.target().target()).isCloseTo(9.4, within(1e-9));
    assertThat(l.target().source())
        .isEqualTo("statistical neighbour mean 2024-25 (no local target set)");
    assertThat(l.rag()).isEqualTo(Rag.GREEN);
    assertThat(l.benchmark().rank()).isEqualTo(1);
    assertThat(l.benchmark().band()).isEqualTo("A");
    assertThat(l.benchmarkYear()).isEqualTo("2024-25");
    assertThat(l.facts().get(0).sentence())
        .isEqualTo("is below statistical neighbours (9.0% against 9.4% in 2024-25)");
  }

  @Test
  void aQuartersEventRateIsNotSetAgainstEnglandsYearButSaysWhichYearEnglandsIs() throws Exception {
    // PR06R, Section 47 enquiries per 10,000 children: 63.2 in a quarter, England 189.3 in a year.
    Comparer c =
        LaitFixture.in(dir)
            .measure("Section_47", "2024-25", 180.0, 189.3, 150, 160, 170, 180, 190, 200)
            .comparer();
    HandMade q4 = new HandMade(indicator("PR06R")).value("2024-25-Q4", 63.2, 300.0, 47_000.0);
    ScorecardLine l = line(c, Targets.none(), q4, "2024-25-Q4");
    assertThat(l.benchmark().england()).isEqualTo(189.3);
    assertThat(l.benchmarkYear()).isEqualTo("2024-25");
    assertThat(l.distanceToEngland()).isNull();
    assertThat(l.distanceToRegion()).isNull();
    assertThat(l.comparison().why()).contains("not annualised");
  }

  // ---------------------------------------------------------------- counts judged as rates

  /** OC08, child protection plans started: a count; the neighbours' mean count is 461.3. */
  private Comparer plansPublished() throws Exception {
    return LaitFixture.in(dir)
        .measure(
            "CPP_Abuse",
            "2024-25",
            358,
            632_830,
            400,
            500,
            461.3,
            461.3,
            461.3,
            461.3,
            461.3,
            461.3,
            461.3,
            461.3)
        .comparer();
  }

  @Test
  void aCountOfPlansStartedIsNeitherRatedAgainstTheNeighboursMeanCountNorRanked() throws Exception {
    HandMade year = new HandMade(indicator("OC08")).value("2024-25", 358.0, 358.0, null);
    year.value("2023-24", 400.0, 400.0, null);
    ScorecardLine l = line(plansPublished(), Targets.none(), year, "2024-25");
    assertThat(l.comparison()).isEqualTo(Comparability.Verdict.COUNT);
    assertThat(l.target()).isNull();
    assertThat(l.rag()).isEqualTo(Rag.NONE);
    assertThat(l.benchmark().rank()).isNull();
    assertThat(l.benchmark().band()).isNull();
    assertThat(l.distanceToEngland()).isNull();
    assertThat(l.facts()).noneMatch(f -> f instanceof Narrative.VersusNeighbours);
    assertThat(l.facts()).noneMatch(f -> f instanceof Narrative.VersusTarget);
  }

  @Test
  void aCountIsRatedWhenTheCouncilsTargetsFileSetsATargetForIt() throws Exception {
    // 358 plans started against a local target of 400 (lower is better): on target.
    HandMade year = new HandMade(indicator("OC08")).value("2024-25", 358.0, 358.0, null);
    ScorecardLine l =
        line(plansPublished(), targets("OC08: {target: 400, tolerance: 20}\n"), year, "2024-25");
    assertThat(l.target().source()).isEqualTo("local target");
    assertThat(l.rag()).isEqualTo(Rag.GREEN);
    assertThat(l.benchmark().rank()).isNull();
  }

  // ---------------------------------------------------------------- rank and band disagree

  @Test
  void higherIsBetterRanksAndBandsTheHighestFirstAndBestAlike() throws Exception {
    // Eleven councils: 808 at 90 and its neighbours at 10, 20, ..., 100. One is higher (100), so
    // rank 2. Sorted, Q3 (type 7, h = 7.5) is 80 + 0.5 x 10 = 85; 90 is above it: band A.
    Comparer c =
        LaitFixture.in(dir)
            .measure(
                "Social_Work_Caseholders_%",
                "2024", 90, 70, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100)
            .comparer();
    Benchmark b = c.compare("Social_Work_Caseholders_%", "808", 2024, Polarity.HIGH).orElseThrow();
    assertThat(b.rank()).isEqualTo(2);
    assertThat(b.band()).isEqualTo("A");
    HandMade year = new HandMade(indicator("WF10")).percent("2024-25", 90, 100);
    ScorecardLine l = line(c, Targets.none(), year, "2024-25");
    assertThat(l.benchmark().rank()).isEqualTo(2);
    assertThat(l.benchmark().band()).isEqualTo("A");
    assertThat(l.benchmarkYear()).isEqualTo("30 September 2024");
  }

  @Test
  void higherIsBetterPutsTheLowestCouncilLastAndInBandD() throws Exception {
    // 808 at 5, neighbours 10 to 100: ten are higher, rank 11; Q1 (h = 2.5) is 20 + 0.5 x 10 = 25.
    Comparer c =
        LaitFixture.in(dir)
            .measure("Vacancies_cover", "2024", 5, 70, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100)
            .comparer();
    Benchmark b = c.compare("Vacancies_cover", "808", 2024, Polarity.HIGH).orElseThrow();
    assertThat(b.rank()).isEqualTo(11);
    assertThat(b.band()).isEqualTo("D");
  }

  @Test
  void aMeasureWithNoPolarityGetsNeitherRankNorBand() throws Exception {
    Comparer c = LaitFixture.in(dir).measure("CPP_rate", "2024-25", 40, 42, 30, 50, 60).comparer();
    Benchmark b = c.compare("CPP_rate", "808", 2025, Polarity.NONE).orElseThrow();
    assertThat(b.rank()).isNull();
    assertThat(b.band()).isNull();
  }

  // ---------------------------------------------------------------- small numbers

  @Test
  void stayingPutForNoneOfFourCareLeaversIsTooFewToRateNotOffTarget() throws Exception {
    // CL08: 0 of 4 care leavers; the local target is 50%. Last year 2 of 4.
    HandMade f = new HandMade(indicator("CL08")).percent("2024-25", 0, 4).percent("2023-24", 2, 4);
    ScorecardLine l =
        line(
            LaitFixture.in(dir).measure("StayingPut", "2024-25", 0, 30, 30).comparer(),
            targets("CL08: {target: 50, tolerance: 5}\n"),
            f,
            "2024-25");
    assertThat(l.figure().value()).isEqualTo(0.0);
    assertThat(l.rag()).isEqualTo(Rag.TOO_FEW);
    assertThat(l.rag().word()).isEqualTo("Too few to rate");
    assertThat(l.vsPrevious()).isEqualTo(Direction.TOO_FEW);
    assertThat(l.vsPrevious().verb()).isEqualTo("too few to rate");
  }

  @Test
  void tenInTheDenominatorIsEnoughToRate() throws Exception {
    // 0 of 10 against 50% within 5: short by 50, red; 5 of 10 the year before: worsened.
    HandMade f =
        new HandMade(indicator("CL08")).percent("2024-25", 0, 10).percent("2023-24", 5, 10);
    ScorecardLine l =
        line(
            LaitFixture.in(dir).measure("StayingPut", "2024-25", 0, 30, 30).comparer(),
            targets("CL08: {target: 50, tolerance: 5}\n"),
            f,
            "2024-25");
    assertThat(l.rag()).isEqualTo(Rag.RED);
    assertThat(l.vsPrevious()).isEqualTo(Direction.WORSENED);
  }

  // ---------------------------------------------------------------- labels

  @Test
  void earlierPeriodsAreLabelledWithTheirOwnNames() {
    assertThat(Scorecard.previous(ReportingPeriod.parse("2024-25")).label()).isEqualTo("2023-24");
    assertThat(Scorecard.lastYear(ReportingPeriod.parse("2024-25")).label()).isEqualTo("2023-24");
    assertThat(Scorecard.previous(ReportingPeriod.parse("2025-26-Q3")).label())
        .isEqualTo("2025-26-Q2");
    assertThat(Scorecard.previous(ReportingPeriod.parse("2025-26-Q1")).label())
        .isEqualTo("2024-25-Q4");
    assertThat(Scorecard.lastYear(ReportingPeriod.parse("2025-26-Q3")).label())
        .isEqualTo("2024-25-Q3");
    assertThat(Scorecard.previous(ReportingPeriod.parse("2025-06")).label()).isEqualTo("2025-05");
    assertThat(Scorecard.lastYear(ReportingPeriod.parse("2025-02")).label()).isEqualTo("2024-02");
    assertThat(Scorecard.previous(ReportingPeriod.parse("R12:2025-06")).label())
        .isEqualTo("R12:2024-06");
    for (String p : List.of("2024-25", "2025-26-Q1", "2025-03", "R12:2025-06")) {
      ReportingPeriod before = Scorecard.previous(ReportingPeriod.parse(p));
      assertThat(ReportingPeriod.parse(before.label())).isEqualTo(before);
    }
  }
}
