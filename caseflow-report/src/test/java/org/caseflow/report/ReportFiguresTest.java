package org.caseflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.compare.Comparer;
import org.caseflow.compare.Scorecard;
import org.caseflow.compare.ScorecardLine;
import org.caseflow.compare.Targets;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Figure;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Measurer;
import org.caseflow.measure.Population;
import org.caseflow.store.Store;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The report's figures are the scorecard's and the measurer's: read back from the HTML, they equal
 * what {@link Scorecard#line} gives when it measures each period on its own (no second path).
 */
class ReportFiguresTest {
  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  /** The table after the heading with the id, as row header to cell text. */
  private static Map<String, String> tableAfter(org.w3c.dom.Document dom, String anchor) {
    NodeList h3 = dom.getElementsByTagNameNS(XHTML, "h3");
    for (int k = 0; k < h3.getLength(); k++) {
      Element h = (Element) h3.item(k);
      if (!h.getAttribute("id").equals(anchor)) {
        continue;
      }
      for (Node n = h.getNextSibling(); n != null; n = n.getNextSibling()) {
        // The table itself, or the one in the exhibit that keeps it with its charts.
        if (n instanceof Element x
            && x.getLocalName().equals("div")
            && x.getAttribute("class").equals("exhibit")) {
          n = x.getElementsByTagNameNS(XHTML, "table").item(0);
        }
        if (n instanceof Element e && e.getLocalName().equals("table")) {
          Map<String, String> out = new LinkedHashMap<>();
          NodeList rows = e.getElementsByTagNameNS(XHTML, "tr");
          for (int r = 0; r < rows.getLength(); r++) {
            Element row = (Element) rows.item(r);
            NodeList th = row.getElementsByTagNameNS(XHTML, "th");
            NodeList td = row.getElementsByTagNameNS(XHTML, "td");
            if (th.getLength() == 1 && td.getLength() >= 1) {
              out.put(th.item(0).getTextContent(), td.item(0).getTextContent());
            }
          }
          return out;
        }
      }
    }
    return Map.of();
  }

  @Test
  void everyIndicatorsFiguresEqualTheScorecardsMeasuredPeriodByPeriod() throws Exception {
    var dom = Rendered.full().dom();
    int checked = 0;
    try (Store store = Store.open(SmallCouncil.location())) {
      Scorecard scorecard =
          new Scorecard(
              new Measurer(store, Population.bundled()), Comparer.bundled(), Targets.none());
      for (Indicator i : Catalogue.load().all()) {
        Map<String, String> shown = tableAfter(dom, "ind-" + i.id().toLowerCase());
        if (shown.isEmpty() || !shown.containsKey("Status")) {
          continue; // a breakdown, or no data in any period
        }
        ScorecardLine l = scorecard.line(i, SmallCouncil.LA, Rendered.Q4);
        String unit = Fmt.unitWords(i);
        assertThat(shown.get("Value (" + unit + ")"))
            .as(i.id())
            .isEqualTo(Fmt.value(l.figure().value(), i));
        assertThat(shown.get("Previous period"))
            .as(i.id())
            .isEqualTo(Fmt.value(l.previous().value(), i));
        assertThat(shown.get("Same period last year"))
            .as(i.id())
            .isEqualTo(Fmt.value(l.lastYear().value(), i));
        assertThat(shown.get("Status"))
            .as(i.id())
            .isEqualTo(l.rag().symbol() + " " + l.rag().word());
        assertThat(shown.get("Target"))
            .as(i.id())
            .startsWith(l.target() == null ? "none" : Fmt.value(l.target().target(), i));
        if (i.unit() != org.caseflow.measure.Unit.COUNT) {
          assertThat(shown.get("Numerator"))
              .as(i.id())
              .isIn(
                  Fmt.count(l.figure().numerator()),
                  org.caseflow.compare.Formats.plainOrMissing(l.figure().numerator()),
                  Fmt.value(l.figure().numerator(), i),
                  "–");
        }
        if (l.benchmark() != null) {
          assertThat(shown.get("England, " + l.benchmarkYear()))
              .as(i.id())
              .isEqualTo(Fmt.value(l.benchmark().england(), i));
          assertThat(shown.get("Statistical neighbours' mean, " + l.benchmarkYear()))
              .as(i.id())
              .isEqualTo(Fmt.value(l.benchmark().neighbourMean(), i));
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(30);
  }

  @Test
  void aQuartersReReferralsAndCountsAreNotRatedAgainstPublishedYearsAndSayWhy() throws Exception {
    var dom = Rendered.full().dom();
    // IN07 (re-referrals) in Q4 counts a quarter's referrals; OC08 (plans started) is a count.
    for (String id : List.of("in07", "oc08")) {
      Map<String, String> shown = tableAfter(dom, "ind-" + id);
      assertThat(shown.get("Target")).as(id).isEqualTo("none");
      assertThat(shown.get("Status")).as(id).isEqualTo("– No rating");
      assertThat(shown.keySet()).as(id).contains("England, 2024-25");
    }
    assertThat(Rendered.full().html)
        .contains(
            "Not rated against England or the neighbours: counted over part of a year: not"
                + " compared with a published year&#39;s figure (not annualised).",
            "Not rated against England or the neighbours: a count: shown beside published counts"
                + " for context, never rated or ranked against them.");
  }

  @Test
  void aBreakdownsCategoriesAreTheMeasurersBreakdown() throws Exception {
    var dom = Rendered.full().dom();
    try (Store store = Store.open(SmallCouncil.location())) {
      Measurer m = new Measurer(store, Population.bundled());
      for (String id : new String[] {"IN08", "OC10", "LA11"}) {
        Indicator i = Catalogue.load().find(id).orElseThrow();
        Figure f = m.measure(i, SmallCouncil.LA, Rendered.Q4);
        Map<String, String> shown = tableAfter(dom, "ind-" + id.toLowerCase());
        assertThat(f.breakdown()).as(id).isNotEmpty();
        f.breakdown()
            .forEach(
                (category, n) ->
                    assertThat(shown.get(category))
                        .as(id + " " + category)
                        .isEqualTo(Fmt.count((double) n)));
        assertThat(shown.get("Total")).isEqualTo(Fmt.count(f.numerator()));
      }
    }
  }

  @Test
  void theMonthlyChartDescribesTheMeasurersMonthlyFigures() throws Exception {
    var dom = Rendered.full().dom();
    try (Store store = Store.open(SmallCouncil.location())) {
      Indicator contacts = Catalogue.load().find("IN01").orElseThrow();
      Figure march =
          new Measurer(store, Population.bundled())
              .measure(contacts, SmallCouncil.LA, ReportingPeriod.of(YearMonth.of(2026, 3)));
      NodeList desc = dom.getElementsByTagNameNS("http://www.w3.org/2000/svg", "desc");
      String monthly = null;
      for (int k = 0; k < desc.getLength(); k++) {
        String d = desc.item(k).getTextContent();
        if (d.startsWith("Line chart of " + contacts.name() + " (count) by month")) {
          monthly = d;
        }
      }
      assertThat(monthly).contains("Mar 2026 " + Fmt.value(march.value(), contacts.unit()) + ".");
    }
  }
}
