package org.caseflow.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.synth.Model.CarePeriod;
import org.caseflow.synth.Model.Child;
import org.caseflow.synth.Model.CinEpisode;
import org.caseflow.synth.Model.ClaEpisode;
import org.caseflow.synth.Model.CpPlan;
import org.junit.jupiter.api.Test;

/**
 * The simulated Stockton-on-Tees against its published 2024-25 figures: 3,959 referrals, 2,345
 * children in need, 282 CP plans and 564 children looked after at 31 March, 360 CP plans and 161
 * children looked after starting in the year.
 */
class CalibrationCheckTest {
  @Test
  void aSyntheticStocktonIsWithinAQuarterOfItsPublishedVolumes() {
    Calibration cal = Calibration.of("808");
    LocalDate start = LocalDate.of(2024, 4, 1);
    LocalDate end = LocalDate.of(2025, 3, 31);
    List<Child> children = new Simulator(cal, 1.0, 1).run(LocalDate.of(2014, 4, 1), end);
    long referrals = 0;
    long cin = 0;
    long cp = 0;
    long cpStarts = 0;
    long cla = 0;
    long claStarts = 0;
    for (Child c : children) {
      for (CinEpisode e : c.episodes) {
        if (!e.referral.isBefore(start) && !e.referral.isAfter(end)) {
          referrals++;
        }
        if (!e.nfa && !e.referral.isAfter(end) && (e.closure == null || e.closure.isAfter(end))) {
          cin++;
        }
        for (CpPlan p : e.plans) {
          if (!p.start.isAfter(end) && (p.end == null || p.end.isAfter(end))) {
            cp++;
          }
          if (!p.start.isBefore(start) && !p.start.isAfter(end)) {
            cpStarts++;
          }
        }
      }
      boolean open = false;
      boolean started = false;
      for (CarePeriod p : c.care) {
        if (p.shortBreaks) {
          continue;
        }
        for (ClaEpisode e : p.episodes) {
          if (!e.start.isAfter(end) && (e.end == null || e.end.isAfter(end))) {
            open = true;
          }
        }
        if (!p.start().isBefore(start) && !p.start().isAfter(end)) {
          started = true;
        }
      }
      cla += open ? 1 : 0;
      claStarts += started ? 1 : 0;
    }
    System.out.printf(
        "808 simulated 2024-25: referrals %d (3959), CIN %d (2345), CP %d (282), CP starts %d"
            + " (360), CLA %d (564), CLA starts %d (161)%n",
        referrals, cin, cp, cpStarts, cla, claStarts);
    assertThat(referrals).isBetween(3959L * 3 / 4, 3959L * 5 / 4);
    assertThat(cin).isBetween(2345L * 3 / 4, 2345L * 5 / 4);
    assertThat(cp).isBetween(282L * 3 / 4, 282L * 5 / 4);
    assertThat(cla).isBetween(564L * 3 / 4, 564L * 5 / 4);
    assertThat(claStarts).isBetween(161L * 3 / 4, 161L * 5 / 4);
  }
}
