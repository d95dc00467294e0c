package org.caseflow.compare.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.caseflow.measure.Polarity;

/** What holds for every series: symmetry, a constant series, shifting and mirroring. */
class XmrProperties {
  @Provide
  Arbitrary<List<Integer>> series() {
    return Arbitraries.integers().between(-200, 200).list().ofMinSize(2).ofMaxSize(36);
  }

  @Provide
  Arbitrary<XmrRules> rules() {
    return Arbitraries.integers()
        .between(12, 20)
        .flatMap(b -> Arbitraries.of(6, 7).map(r -> new XmrRules(b, r)));
  }

  private static XmrChart chart(List<Integer> values, int shift, int sign, XmrRules rules) {
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      obs.add(
          new Observation(
              YearMonth.of(2023, 1).plusMonths(i), (double) (sign * values.get(i) + shift)));
    }
    return XmrChart.of(obs, Polarity.HIGH, null, List.of(), rules);
  }

  @Property
  void theLimitsAreSymmetricAboutTheMean(
      @ForAll("series") List<Integer> values, @ForAll("rules") XmrRules rules) {
    Segment s = chart(values, 0, 1, rules).latest();
    assertThat(s.upper() - s.mean()).isCloseTo(s.mean() - s.lower(), within(1e-9));
    assertThat(s.upper()).isGreaterThanOrEqualTo(s.lower());
  }

  @Property
  void aConstantSeriesHasNoSignals(
      @ForAll @IntRange(min = -1000, max = 1000) int value,
      @ForAll @IntRange(min = 2, max = 36) int months,
      @ForAll("rules") XmrRules rules) {
    XmrChart c = chart(java.util.Collections.nCopies(months, value), 0, 1, rules);
    assertThat(c.points()).noneMatch(Point::isSpecial);
    assertThat(c.variation()).isEqualTo(Variation.COMMON_CAUSE);
    assertThat(c.latest().lower()).isEqualTo((double) value);
  }

  @Property
  void shiftingEveryValueShiftsTheMeanAndLimitsAndKeepsTheSignals(
      @ForAll("series") List<Integer> values,
      @ForAll @IntRange(min = -500, max = 500) int c,
      @ForAll("rules") XmrRules rules) {
    XmrChart a = chart(values, 0, 1, rules);
    XmrChart b = chart(values, c, 1, rules);
    assertThat(b.latest().mean()).isCloseTo(a.latest().mean() + c, within(1e-9));
    assertThat(b.latest().lower()).isCloseTo(a.latest().lower() + c, within(1e-9));
    assertThat(b.latest().upper()).isCloseTo(a.latest().upper() + c, within(1e-9));
    for (int i = 0; i < values.size(); i++) {
      assertThat(b.points().get(i).signals()).isEqualTo(a.points().get(i).signals());
    }
    assertThat(b.variation()).isEqualTo(a.variation());
  }

  @Property
  void mirroringTheSeriesKeepsTheSignalsAndSwapsHighAndLow(
      @ForAll("series") List<Integer> values, @ForAll("rules") XmrRules rules) {
    XmrChart a = chart(values, 0, 1, rules);
    XmrChart b = chart(values, 0, -1, rules);
    for (int i = 0; i < values.size(); i++) {
      Point p = a.points().get(i);
      Point q = b.points().get(i);
      assertThat(q.signals()).isEqualTo(p.signals());
      if (p.isSpecial()) {
        assertThat(q.high()).isEqualTo(!p.high());
      }
    }
  }

  @Property
  void everyPointBeyondALimitIsMarkedAndNoOtherIs(
      @ForAll("series") List<Integer> values, @ForAll("rules") XmrRules rules) {
    XmrChart c = chart(values, 0, 1, rules);
    Segment s = c.latest();
    for (Point p : c.points()) {
      boolean beyond = p.value() > s.upper() + 1e-6 || p.value() < s.lower() - 1e-6;
      boolean inside = p.value() < s.upper() - 1e-6 && p.value() > s.lower() + 1e-6;
      if (beyond) {
        assertThat(p.signals()).contains(Signal.OUTSIDE_LIMITS);
      }
      if (inside) {
        assertThat(p.signals()).doesNotContain(Signal.OUTSIDE_LIMITS);
      }
    }
  }
}
