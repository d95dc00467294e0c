package org.caseflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.caseflow.compare.Scorecard;
import org.caseflow.compare.ScorecardLine;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Indicator;
import org.caseflow.measure.Measurer;
import org.caseflow.store.Store;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The concise report for Cabinet and scrutiny: the summary and scorecard, per stage only the
 * indicators with a LAIT code or a local target (each a sentence, one table row and a chart when it
 * is a key message or rated), caveats and the definitions of the indicators shown; the breakdowns
 * are left to the full version.
 */
class ConciseReportTest {
  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  private static List<String> ids(org.w3c.dom.Document dom, String tag) {
    List<String> out = new ArrayList<>();
    NodeList list = dom.getElementsByTagNameNS(XHTML, tag);
    for (int k = 0; k < list.getLength(); k++) {
      out.add(((Element) list.item(k)).getAttribute("id"));
    }
    return out;
  }

  /** The first table after the heading with the id: its header texts to its first row's texts. */
  private static Map<String, String> rowAfter(org.w3c.dom.Document dom, String anchor) {
    NodeList h3 = dom.getElementsByTagNameNS(XHTML, "h3");
    for (int k = 0; k < h3.getLength(); k++) {
      Element h = (Element) h3.item(k);
      if (!h.getAttribute("id").equals(anchor)) {
        continue;
      }
      for (Node n = h.getNextSibling(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element next && next.getLocalName().equals("h3")) {
          break;
        }
        Element e = n instanceof Element el && el.getLocalName().equals("table") ? el : null;
        if (e == null && n instanceof Element div) {
          NodeList inner = div.getElementsByTagNameNS(XHTML, "table");
          e = inner.getLength() > 0 ? (Element) inner.item(0) : null;
        }
        if (e != null) {
          NodeList rows = e.getElementsByTagNameNS(XHTML, "tr");
          List<String> header = cells((Element) rows.item(0));
          List<String> first = cells((Element) rows.item(1));
          Map<String, String> out = new LinkedHashMap<>();
          for (int c = 0; c < header.size(); c++) {
            out.put(header.get(c), first.get(c));
          }
          out.put("rows", String.valueOf(rows.getLength() - 1));
          return out;
        }
      }
    }
    return Map.of();
  }

  private static List<String> cells(Element row) {
    List<String> out = new ArrayList<>();
    for (Node c = row.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e) {
        out.add(e.getTextContent());
      }
    }
    return out;
  }

  /** The scorecard's rows: indicator cell to value cell. */
  private static Map<String, String> scorecardValues(org.w3c.dom.Document dom) {
    Map<String, String> out = new LinkedHashMap<>();
    NodeList tables = dom.getElementsByTagNameNS(XHTML, "table");
    for (int k = 0; k < tables.getLength(); k++) {
      Element t = (Element) tables.item(k);
      if (!t.getTextContent().startsWith("Scorecard")) {
        continue;
      }
      NodeList rows = t.getElementsByTagNameNS(XHTML, "tr");
      for (int r = 1; r < rows.getLength(); r++) {
        List<String> c = cells((Element) rows.item(r));
        out.put(c.get(0), c.get(2));
      }
    }
    return out;
  }

  @Test
  void theCabinetReportKeepsTheSummaryScorecardCaveatsAndDefinitionsAndLeavesOutTheBreakdowns()
      throws Exception {
    var dom = Rendered.cabinet().dom();
    assertThat(ids(dom, "h2"))
        .contains(
            "summary",
            "inputs",
            "processes",
            "outputs",
            "implications",
            "definitions",
            "technical-notes",
            "data-quality")
        .doesNotContain("breakdowns");
    assertThat(ids(Rendered.full().dom(), "h2")).contains("breakdowns");
    assertThat(scorecardValues(dom)).isNotEmpty();
  }

  @Test
  void anIndicatorWithoutLaitCodeOrLocalTargetIsLeftOutEvenFromTheDefinitions() throws Exception {
    // IN04 (contact decisions within a working day) has LAIT code "-" and no local target; the
    // full report shows it (as an entry or in the table of indicators with no figure).
    assertThat(Rendered.full().html).contains("(IN04)");
    String cabinet = Rendered.cabinet().html;
    assertThat(cabinet).doesNotContain("(IN04)").doesNotContain("IN04 Contacts with a decision");
    assertThat(ids(Rendered.cabinet().dom(), "h3")).doesNotContain("ind-in04");
  }

  @Test
  void anIndicatorWithALocalTargetIsShownThoughDfePublishesNoFigureForIt() throws Exception {
    // PR06 (Section 47 enquiries) has LAIT code "-"; Rendered.CABINET_TARGETS sets its target at
    // 40 with tolerance 4, so the entry's target cell reads 40 and its definition is appended.
    var dom = Rendered.cabinet().dom();
    assertThat(ids(dom, "h3")).contains("ind-pr06");
    assertThat(rowAfter(dom, "ind-pr06")).containsEntry("Target", "40");
    assertThat(Rendered.cabinet().html).contains("PR06 Section 47 enquiries");
  }

  @Test
  void everyLaitIndicatorWithDataIsOneRowWhoseFiguresEqualTheScorecards() throws Exception {
    var dom = Rendered.cabinet().dom();
    Map<String, String> scorecard = scorecardValues(dom);
    org.caseflow.compare.Presentation pub = org.caseflow.compare.Presentation.suppressed();
    int checked = 0;
    try (Store store = Store.open(SmallCouncil.location())) {
      Scorecard sc =
          new Scorecard(
              new Measurer(store, Rendered.cabinet().spec.population()),
              Rendered.cabinet().spec.comparer(),
              Rendered.cabinet().spec.targets());
      for (Indicator i : Catalogue.load().all()) {
        Map<String, String> row = rowAfter(dom, "ind-" + i.id().toLowerCase());
        if (row.isEmpty() || !row.containsKey("Status")) {
          continue; // a breakdown, or not shown
        }
        assertThat(i.laitCode().equals("-") && !i.id().equals("PR06")).as(i.id()).isFalse();
        ScorecardLine l = sc.line(i, SmallCouncil.LA, Rendered.Q4);
        String value = pub.figure(l.figure()).value();
        assertThat(row).as(i.id()).containsEntry("rows", "1");
        assertThat(row.get("Value")).as(i.id()).isEqualTo(value);
        assertThat(row.get("Previous period"))
            .as(i.id())
            .isEqualTo(pub.figure(l.previous()).value());
        assertThat(row.get("Last year")).as(i.id()).isEqualTo(pub.figure(l.lastYear()).value());
        String inScorecard = scorecard.get(i.name() + " (" + i.id() + ")");
        if (inScorecard != null) {
          assertThat(inScorecard).as(i.id()).isEqualTo(value);
        }
        if (l.benchmark() != null) {
          assertThat(row.get("England"))
              .as(i.id())
              .isEqualTo(Fmt.value(l.benchmark().england(), i));
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(20);
  }

  @Test
  void eachEntryHasAtMostOneChart() throws Exception {
    Document doc = Rendered.cabinet().doc;
    int charts = 0;
    boolean inStages = false;
    for (Block b : doc.blocks()) {
      if (b instanceof Block.Heading h && h.level() == 2) {
        inStages = !h.anchor().equals("summary") && !h.anchor().equals("breakdowns");
      }
      if (b instanceof Block.Heading h && h.level() == 3) {
        charts = 0;
      }
      if (inStages && b instanceof Block.ChartBlock) {
        charts++;
        assertThat(charts).isLessThanOrEqualTo(1);
      }
    }
  }

  @Test
  void theCabinetPdfIsLessThanHalfTheFullOne() throws Exception {
    int full;
    int cabinet;
    try (PDDocument pdf = Loader.loadPDF(Rendered.full().pdfFile.toFile())) {
      full = pdf.getNumberOfPages();
    }
    try (PDDocument pdf = Loader.loadPDF(Rendered.cabinet().pdfFile.toFile())) {
      cabinet = pdf.getNumberOfPages();
    }
    assertThat(cabinet).isBetween(CABINET_MIN_PAGES, CABINET_MAX_PAGES).isLessThan(full / 2);
  }

  /**
   * The page counts the paper aims at for Cabinet: at most 25 with the appendices (the exact counts
   * are golden in {@link PaperLengthTest}).
   */
  private static final int CABINET_MIN_PAGES = 10;

  private static final int CABINET_MAX_PAGES = PaperLengthTest.MAX_COMMITTEE_PAGES;

  @Test
  void scrutinyAndCabinetGetTheConciseReportAndTheClinicTheFull() {
    assertThat(Audience.CABINET.concise()).isTrue();
    assertThat(Audience.SCRUTINY.concise()).isTrue();
    assertThat(Audience.CLINIC.concise()).isFalse();
    assertThat(Reports.baseName(ReportSpec.of("808", Rendered.Q4, Audience.SCRUTINY, false)))
        .isEqualTo("report-808-2025-26-Q4-public-scrutiny");
  }
}
