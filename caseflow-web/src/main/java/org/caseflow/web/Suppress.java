package org.caseflow.web;

import org.caseflow.compare.Formats;
import org.caseflow.compare.Presentation;
import org.caseflow.measure.Figure;

/**
 * What a councillor sees: a thin adapter over the shared presentation ({@link Presentation}), which
 * decides suppression for the report and the dashboard alike. Other roles see every number.
 */
final class Suppress {
  /** The mark shown instead of a suppressed figure. */
  static final String MARK = Formats.SUPPRESSED;

  private Suppress() {}

  /** Whether the figure's value must be hidden from a councillor. */
  static boolean value(Figure f) {
    return Presentation.suppressed().figure(f).hidden();
  }

  /** The figure's numerator as shown to the audience. */
  static String numerator(Figure f, boolean suppressed) {
    return Presentation.of(suppressed).figure(f).numerator();
  }

  /** The figure's denominator as shown to the audience. */
  static String denominator(Figure f, boolean suppressed) {
    return Presentation.of(suppressed).figure(f).denominator();
  }

  /** A count of children as shown to the audience. */
  static String count(Double count, boolean suppressed) {
    return Presentation.of(suppressed).count(count);
  }
}
