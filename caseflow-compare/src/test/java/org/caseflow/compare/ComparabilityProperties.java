package org.caseflow.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Figure;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Measurer;
import org.caseflow.measure.Polarity;
import org.caseflow.measure.Population;
import org.caseflow.store.Store;

/**
 * No RAG against a published year, no rank and no band is ever produced for a figure the
 * comparability rule refuses, whatever the indicator, period and value; and no rank or band for an
 * indicator without a polarity.
 */
class ComparabilityProperties {
  private static final List<Indicator> PUBLISHED =
      Catalogue.load().all().stream().filter(i -> !i.laitCode().equals("-")).toList();
  private static Store store;
  private static Scorecard scorecard;

  @BeforeContainer
  static void open() throws SQLException {
    store = Store.inMemory();
    scorecard =
        new Scorecard(
            new Measurer(store, Population.bundled()), Comparer.bundled(), Targets.none());
  }

  @AfterContainer
  static void close() throws SQLException {
    store.close();
  }

  @Provide
  Arbitrary<Indicator> indicators() {
    return Arbitraries.of(PUBLISHED);
  }

  @Provide
  Arbitrary<String> periods() {
    return Arbitraries.of(
        "2024-25", "2023-24", "2024-25-Q4", "2024-25-Q2", "2025-01", "2024-09", "R12:2025-01");
  }

  @Property(tries = 400)
  void aRefusedPairGetsNoRatingRankOrBandAndNoPolarityGetsNoRankOrBand(
      @ForAll("indicators") Indicator i,
      @ForAll("periods") String period,
      @ForAll @DoubleRange(min = 0, max = 1000) double value,
      @ForAll @IntRange(min = 0, max = 500) int denominator)
      throws SQLException {
    ReportingPeriod p = ReportingPeriod.parse(period);
    ScorecardLine l =
        scorecard.line(
            i,
            "808",
            p,
            q ->
                new Figure(
                    i, "808", q, value, value, (double) denominator, List.of(), Map.of(), null));
    Comparability.Verdict verdict = Comparability.of(i, p);
    assertThat(l.comparison()).isEqualTo(verdict);
    if (!verdict.comparable()) {
      assertThat(l.rag().isRating()).as("%s %s rated", i.id(), period).isFalse();
      assertThat(l.target()).isNull();
      if (l.benchmark() != null) {
        assertThat(l.benchmark().rank()).as("%s %s ranked", i.id(), period).isNull();
        assertThat(l.benchmark().band()).as("%s %s banded", i.id(), period).isNull();
      }
      assertThat(l.distanceToEngland()).isNull();
      assertThat(l.distanceToNeighbours()).isNull();
      assertThat(l.facts()).noneMatch(f -> f instanceof Narrative.VersusNeighbours);
    }
    if (i.polarity() == Polarity.NONE && l.benchmark() != null) {
      assertThat(l.benchmark().rank()).isNull();
      assertThat(l.benchmark().band()).isNull();
    }
    if (Comparability.tooFew(l.figure())) {
      assertThat(l.rag().isRating()).isFalse();
    }
  }
}
