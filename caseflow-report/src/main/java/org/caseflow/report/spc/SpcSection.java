package org.caseflow.report.spc;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.caseflow.compare.Presentation;
import org.caseflow.compare.spc.Facts;
import org.caseflow.compare.spc.MonthlyChart;
import org.caseflow.compare.spc.XmrRules;
import org.caseflow.measure.Catalogue;
import org.caseflow.report.Block;
import org.caseflow.report.ReportSpec;
import org.caseflow.store.Store;

/**
 * The report's "Signal or noise" page: every indicator with a monthly series over the 24 months
 * ending with the report's last month, by variation and assurance in words, with what its latest
 * months say. The public version hides a month of one to five and, for such an indicator, the
 * judgement too ({@link MonthlyChart#shownTo}). It gives no value, mean or limit, so that it says
 * no small number.
 */
public final class SpcSection {
  /** How many months the section's charts cover. */
  public static final int MONTHS = 24;

  private SpcSection() {}

  /** The section's blocks; none when no indicator has a monthly series. */
  public static List<Block> blocks(Store store, ReportSpec spec) throws SQLException {
    YearMonth to = YearMonth.from(spec.period().end());
    List<MonthlyChart> charts =
        MonthlyChart.all(
            store,
            spec.population(),
            Catalogue.load().all(),
            spec.la(),
            to,
            MONTHS,
            spec.targets(),
            XmrRules.standard());
    Presentation show = Presentation.of(spec.publicVersion());
    // A concise paper (Cabinet, scrutiny) lists only the indicators whose latest month is part of
    // a signal; the clinic's version lists every one.
    boolean concise = spec.audience().concise();
    List<List<Block.Cell>> rows = new ArrayList<>();
    int hidden = 0;
    int left = 0;
    for (MonthlyChart m : charts) {
      if (!m.hasSeries()) {
        continue;
      }
      MonthlyChart.Shown s = m.shownTo(show);
      if (concise
          && (!s.judged()
              || m.chart().variation() == org.caseflow.compare.spc.Variation.COMMON_CAUSE
              || m.chart().variation() == org.caseflow.compare.spc.Variation.NONE)) {
        left++;
        continue;
      }
      String name = m.indicator().id() + " " + m.indicator().name();
      if (!s.judged()) {
        hidden++;
        rows.add(
            List.of(
                Block.Cell.of(name),
                Block.Cell.of("Not shown"),
                Block.Cell.of("Not shown"),
                Block.Cell.of(capital(s.reason()) + ".")));
        continue;
      }
      List<String> facts = s.facts();
      rows.add(
          List.of(
              Block.Cell.of(name),
              Block.Cell.of(
                  m.chart().variation().word() + " (" + m.chart().variation().alt() + ")"),
              Block.Cell.of(m.chart().assurance().word()),
              Block.Cell.of(facts.isEmpty() ? "" : facts.get(0) + ".")));
    }
    if (rows.isEmpty() && left == 0) {
      return List.of();
    }
    List<Block> out = new ArrayList<>();
    out.add(new Block.Heading(2, "Signal or noise", "signal-or-noise"));
    out.add(
        new Block.Paragraph(
            "Each indicator with a monthly series from "
                + Facts.month(to.minusMonths(MONTHS - 1))
                + " to "
                + Facts.month(to)
                + ", charted as NHS England's Making Data Count method charts it (an XmR chart):"
                + " variation says whether the latest month is part of a signal of change or is"
                + " noise; assurance says whether the process, as its limits describe it, will"
                + " meet the council's own target.",
            Block.Style.NORMAL));
    if (!rows.isEmpty()) {
      out.add(
          new Block.Table(
              concise
                  ? "Indicators whose latest month is part of a signal of change"
                  : "Variation and assurance of each indicator's monthly series",
              List.of("Indicator", "Variation", "Assurance", "What the latest months say"),
              rows));
    }
    if (left > 0) {
      out.add(
          new Block.Paragraph(
              (rows.isEmpty() ? "No indicator's" : "No other indicator's")
                  + " latest month is part of a signal of change that this paper can show ("
                  + left
                  + (left == 1 ? " indicator" : " indicators")
                  + " with a monthly series); the clinic's version of the report lists every"
                  + " indicator's variation and assurance.",
              Block.Style.NORMAL));
    }
    if (hidden > 0) {
      out.add(
          new Block.Paragraph(
              "In this public version a month whose count is one to five is not shown, and for an"
                  + " indicator with such a month neither are its mean, limits, signals or icons:"
                  + " with the other months they would give the hidden count back.",
              Block.Style.NOTE));
    }
    return out;
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
