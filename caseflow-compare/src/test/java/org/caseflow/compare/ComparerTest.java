package org.caseflow.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Polarity;
import org.junit.jupiter.api.Test;

/**
 * Published figures read back exactly as published. Expected values were looked up by hand in
 * shared/data/benchmarks (lait_bds_long_0.parquet, c1_…csv, sn_model_2025_wide.csv).
 */
class ComparerTest {
  private static final Comparer COMPARER = Comparer.bundled();

  @Test
  void stocktonsReReferralsFor2025ReadBackAsPublishedWithEnglandAndRegion() {
    Benchmark b = COMPARER.compare("ReReferral", "808", 2025, Polarity.LOW).orElseThrow();
    assertThat(b.own().value()).isEqualTo(28.8); // c1 file: rereferral_percent 28.8
    assertThat(b.england()).isEqualTo(22.6);
    assertThat(b.region()).isEqualTo(20.7);
    assertThat(b.regionName()).isEqualTo("North East");
  }

  @Test
  void theNeighbourMeanAndMedianAreWorkedOverTheTenNeighbours() {
    Benchmark b = COMPARER.compare("ReReferral", "808", 2025, Polarity.LOW).orElseThrow();
    // 841 13, 332 22.5, 888 16.3, 390 13.9, 384 18.5, 351 26, 840 18.7, 372 19.6, 894 15.8,
    // 344 22.2: sum 186.5, mean 18.65; sorted middle pair 18.5 and 18.7, median 18.6.
    assertThat(b.neighbours())
        .extracting(Benchmark.NeighbourValue::code)
        .containsExactly("841", "332", "888", "390", "384", "351", "840", "372", "894", "344");
    assertThat(b.neighbourMean()).isCloseTo(18.65, within(1e-9));
    assertThat(b.neighbourMedian()).isCloseTo(18.6, within(1e-9));
    assertThat(b.neighboursWithValue()).isEqualTo(10);
  }

  @Test
  void countsReadBackForOtherCouncilsAndYears() {
    assertThat(COMPARER.compare("LACnum", "886", 2023, Polarity.NONE).orElseThrow().own().value())
        .isEqualTo(1938.0);
    assertThat(COMPARER.compare("CPP_Num", "330", 2024, Polarity.NONE).orElseThrow().own().value())
        .isEqualTo(1428.0);
    assertThat(
            COMPARER.compare("ReReferral", "808", 2016, Polarity.LOW).orElseThrow().own().value())
        .isEqualTo(18.9);
  }

  @Test
  void aSuppressedValueIsNotPublishedRatherThanZero() {
    Benchmark b = COMPARER.compare("CIN_Refferals_NFA", "808", 2025, Polarity.NONE).orElseThrow();
    assertThat(b.own().isPublished()).isFalse();
    assertThat(b.own().mark()).isEqualTo("-");
    assertThat(b.band()).isNull();
    assertThat(b.rank()).isNull();
    assertThat(COMPARER.published().councilValues("CIN_Refferals_NFA", 2025))
        .doesNotContainKey("808");
  }

  @Test
  void northamptonshireBeforeAndAfterItsSplitIsHandledWithoutCrashing() {
    Benchmark old = COMPARER.compare("LACnum", "928", 2021, Polarity.NONE).orElseThrow();
    assertThat(old.own().value()).isEqualTo(1144.0);
    assertThat(old.neighbourModel()).isEqualTo("DfE statistical neighbours 2021");
    Benchmark gone = COMPARER.compare("LACnum", "928", 2025, Polarity.NONE).orElseThrow();
    assertThat(gone.own().isPublished()).isFalse();
    Benchmark north = COMPARER.compare("LACnum", "940", 2025, Polarity.NONE).orElseThrow();
    assertThat(north.own().value()).isEqualTo(568.0);
    assertThat(north.neighbourModel()).isEqualTo("DfE statistical neighbours 2025");
    assertThat(COMPARER.compare("LACnum", "999", 2025, Polarity.NONE).orElseThrow().neighbours())
        .isEmpty();
  }

  @Test
  void everyLaitCodeInTheCatalogueExistsInTheBundledTable() {
    for (Indicator i : Catalogue.load().all()) {
      if (!i.laitCode().equals("-")) {
        assertThat(COMPARER.published().hasMeasure(i.laitCode())).as(i.id()).isTrue();
      }
    }
  }
}
