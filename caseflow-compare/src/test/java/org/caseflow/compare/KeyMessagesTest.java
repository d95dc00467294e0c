package org.caseflow.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Figure;
import org.caseflow.measure.Indicator;
import org.junit.jupiter.api.Test;

/** The executive summary's key messages for a small hand-made scorecard, worked by hand. */
class KeyMessagesTest {
  private static final Catalogue CATALOGUE = Catalogue.load();
  private static final ReportingPeriod Q4 = ReportingPeriod.parse("2025-26-Q4");
  private static final ReportingPeriod Q3 = ReportingPeriod.parse("2025-26-Q3");

  private static Figure figure(String id, ReportingPeriod p, Double value, Double num, Double den) {
    Indicator i = CATALOGUE.find(id).orElseThrow();
    return new Figure(i, "808", p, value, num, den, List.of(), Map.of(), null);
  }

  private static Benchmark neighbours(double mean) {
    return new Benchmark(
        "X", 2025, null, null, null, null, List.of(), mean, null, 10, null, null, null, 0, "2021");
  }

  /** A line with this quarter's and last quarter's values, a target and neighbours' mean. */
  private static ScorecardLine line(
      String id,
      double before,
      double now,
      double den,
      Double target,
      Rag rag,
      Direction d,
      Double mean) {
    return new ScorecardLine(
        figure(id, Q4, now, now * den / 100, den),
        figure(id, Q3, before, before * den / 100, den),
        null,
        mean == null ? null : neighbours(mean),
        target == null ? null : new Target(target, null, 1, "local target"),
        rag,
        d,
        Direction.UNKNOWN,
        null,
        List.of(),
        Comparability.Verdict.SAME_KIND,
        mean == null ? null : "2024-25",
        Coverage.WHOLE);
  }

  /**
   * The scorecard, by hand:
   *
   * <pre>
   * id    before  now   move (|now-before|/before)  target  RAG    neighbours (better by, share)
   * IN07  18.0    23.0  5/18  = 0.278             20      red    19.0 (LOW: -4/19  = -0.211)
   * PR02  80.0    84.0  4/80  = 0.050             85      amber  80.0 (HIGH: +4/80 = +0.050)
   * PR09  90.0    97.0  7/90  = 0.078             90      green  75.0 (HIGH: +22/75 = +0.293)
   * IN05  400     500   100/400 = 0.250 (count)   none    none   none
   * IN01  4       9     before under 10: no movement
   * </pre>
   *
   * Movements, largest first: IN07, IN05 (PR09 is third but only two are asked for). Furthest off
   * target: IN07 (the only red), already used, so none. Furthest ahead: PR09 (the only green).
   * Least well against neighbours: IN07 used, PR02 is better than them, so none. Best: PR09 used,
   * then PR02 (+0.050).
   */
  private static final List<ScorecardLine> SCORECARD =
      List.of(
          line("IN07", 18.0, 23.0, 200, 20.0, Rag.RED, Direction.WORSENED, 19.0),
          line("PR02", 80.0, 84.0, 200, 85.0, Rag.AMBER, Direction.IMPROVED, 80.0),
          line("PR09", 90.0, 97.0, 100, 90.0, Rag.GREEN, Direction.IMPROVED, 75.0),
          line("IN05", 400.0, 500.0, 100, null, Rag.NONE, Direction.UP, null),
          line("IN01", 4.0, 9.0, 100, null, Rag.NONE, Direction.UP, null));

  @Test
  void theLargestMovementsComeFirstEachOnePlainSentenceWithItsTarget() {
    List<KeyMessages.Message> m = KeyMessages.of(SCORECARD, Presentation.full(), 2);
    assertThat(m)
        .extracting(KeyMessages.Message::sentence)
        .containsExactly(
            "Re-referrals within 12 months rose from 18.0% to 23.0% this quarter, above the"
                + " 20.0% target.",
            "Referrals rose from 400 to 500 this quarter.",
            "ICPCs within 15 working days of the Section 47 start is the furthest ahead of its"
                + " target, at 97.0% against a target of 90.0%.",
            "Assessments completed within 45 working days compares best with statistical"
                + " neighbours, at 84.0% against their average of 80.0% in 2024-25.");
    assertThat(m)
        .extracting(KeyMessages.Message::kind)
        .containsExactly(
            KeyMessages.Kind.MOVEMENT,
            KeyMessages.Kind.MOVEMENT,
            KeyMessages.Kind.BEST_AGAINST_TARGET,
            KeyMessages.Kind.BEST_AGAINST_NEIGHBOURS);
  }

  @Test
  void withOneMovementTheWorstAgainstNeighboursIsNotTheSubjectOfTwoMessages() {
    // One movement: IN07. Off target: IN07 used. Ahead: PR09. Least well against neighbours:
    // only IN07 is worse than them, used. Best: PR09 used, then PR02.
    List<KeyMessages.Message> m = KeyMessages.of(SCORECARD, Presentation.full(), 1);
    assertThat(m)
        .extracting(KeyMessages.Message::indicatorId)
        .containsExactly("IN07", "PR09", "PR02");
  }

  @Test
  void withNoMovementsAskedTheWorstAgainstTargetAndNeighboursAreSaid() {
    List<KeyMessages.Message> m = KeyMessages.of(SCORECARD, Presentation.full(), 0);
    assertThat(m)
        .extracting(KeyMessages.Message::sentence)
        .containsExactly(
            "Re-referrals within 12 months is the furthest from its target, at 23.0% against a"
                + " target of 20.0%.",
            "ICPCs within 15 working days of the Section 47 start is the furthest ahead of its"
                + " target, at 97.0% against a target of 90.0%.",
            "Assessments completed within 45 working days compares best with statistical"
                + " neighbours, at 84.0% against their average of 80.0% in 2024-25.");
  }

  @Test
  void aMovementFromAValueHiddenFromThePublicIsNotSaidToThem() {
    // Re-referrals 2 of 40 (5.0%, hidden: 2 is small) to 8 of 40 (20.0%, shown): the public may
    // not read "from 5.0%"; officers may.
    ScorecardLine l =
        new ScorecardLine(
            figure("IN07", Q4, 20.0, 8.0, 40.0),
            figure("IN07", Q3, 5.0, 2.0, 40.0),
            null,
            null,
            null,
            Rag.NONE,
            Direction.WORSENED,
            Direction.UNKNOWN,
            null,
            List.of(),
            Comparability.Verdict.SAME_KIND,
            null,
            Coverage.WHOLE);
    assertThat(KeyMessages.of(List.of(l), Presentation.suppressed(), 3)).isEmpty();
    assertThat(KeyMessages.of(List.of(l), Presentation.full(), 3))
        .extracting(KeyMessages.Message::sentence)
        .containsExactly("Re-referrals within 12 months rose from 5.0% to 20.0% this quarter.");
  }

  @Test
  void aMovementWhoseCountIsFromOneToFiveIsNotSaidToThePublic() {
    // Contacts 12 to 4: the 4 is small; in public the figure is hidden (c), so no message.
    List<ScorecardLine> lines =
        List.of(line("IN01", 12.0, 4.0, 100, null, Rag.NONE, Direction.DOWN, null));
    assertThat(KeyMessages.of(lines, Presentation.suppressed(), 3)).isEmpty();
    assertThat(KeyMessages.of(lines, Presentation.full(), 3))
        .extracting(KeyMessages.Message::sentence)
        .containsExactly("Contacts received fell from 12 to 4 this quarter.");
  }
}
