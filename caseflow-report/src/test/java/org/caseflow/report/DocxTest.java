package org.caseflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.caseflow.compare.Rag;
import org.caseflow.measure.Unit;
import org.junit.jupiter.api.Test;

/**
 * The Word file, read back with POI: A4 and its margins, its own styles with outline levels, real
 * headings, repeating header rows, a contents field, a header and footer with page fields,
 * alternative text on every chart, and the language en-GB.
 */
class DocxTest {
  private static final String TITLE = "Children's social care performance: quarter 4, 2025-26";

  /** A small paper: a title, contents, two sections, a table, a chart and a placeholder. */
  private static XWPFDocument written() throws Exception {
    Chart chart =
        new Chart(
            "Referrals by month",
            "Line chart of referrals by month: Jan 2026 10, Feb 2026 12.",
            List.of("Jan 2026", "Feb 2026"),
            List.of(new Chart.Series("Council", List.of(10.0, 12.0), Chart.Kind.COUNCIL)),
            Unit.COUNT,
            false);
    List<Block> blocks =
        List.of(
            new Block.Heading(1, TITLE, "top"),
            new Block.Heading(2, "Contents", "contents"),
            new Block.Contents(),
            new Block.PageBreak(),
            new Block.Heading(2, "Executive summary", "summary"),
            new Block.Table(
                "Scorecard",
                List.of("Indicator", "Value", "Status"),
                List.of(
                    List.of(
                        Block.Cell.of("Referrals (IN05)"),
                        Block.Cell.of("12"),
                        new Block.Cell("● On target", Rag.GREEN)))),
            new Block.Heading(2, "Inputs: demand at the front door", "inputs"),
            new Block.Heading(3, "Referrals (IN05)", "ind-in05"),
            new Block.ChartBlock(chart),
            new Block.Placeholder("Financial implications", "[State them.]"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Docx.render(new Document(TITLE, blocks, new Document.Running("Stockton-on-Tees", TITLE)), out);
    return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void thePageIsA4WithTwoCentimetreMargins() throws Exception {
    try (XWPFDocument d = written()) {
      var sect = d.getDocument().getBody().getSectPr();
      // A4 is 210 by 297 mm: 11,906 by 16,838 twentieths of a point; 2 cm is 1,134.
      assertThat(sect.getPgSz().getW().toString()).isEqualTo("11906");
      assertThat(sect.getPgSz().getH().toString()).isEqualTo("16838");
      assertThat(sect.getPgMar().getTop().toString()).isEqualTo("1134");
      assertThat(sect.getPgMar().getLeft().toString()).isEqualTo("1134");
    }
  }

  @Test
  void itHasItsOwnStylesAndHeadingsWithOutlineLevelsForTheNavigationPane() throws Exception {
    try (XWPFDocument d = written()) {
      for (String id : List.of("Normal", "Title", "Heading1", "Heading2", "Heading3")) {
        assertThat(d.getStyles().styleExist(id)).as(id).isTrue();
      }
      assertThat(outline(d.getStyles().getStyle("Heading1"))).isEqualTo("0");
      assertThat(outline(d.getStyles().getStyle("Heading2"))).isEqualTo("1");
      assertThat(outline(d.getStyles().getStyle("Heading3"))).isEqualTo("2");
      assertThat(d.getStyles().getStyle(Docx.TABLE_STYLE).getType().toString()).isEqualTo("table");
      List<String> styled = new ArrayList<>();
      for (XWPFParagraph p : d.getParagraphs()) {
        if (p.getStyle() != null && !p.getStyle().startsWith("TOC")) {
          styled.add(p.getStyle() + ": " + p.getText());
        }
      }
      assertThat(styled)
          .contains(
              "Title: " + TITLE,
              "Heading1: Executive summary",
              "Heading1: Inputs: demand at the front door",
              "Heading2: Referrals (IN05)");
    }
  }

  private static String outline(XWPFStyle s) {
    return s.getCTStyle().getPPr().getOutlineLvl().getVal().toString();
  }

  @Test
  void everyTableRepeatsItsHeaderRowAndUsesTheTableStyle() throws Exception {
    try (XWPFDocument d = written()) {
      assertThat(d.getTables()).isNotEmpty();
      for (XWPFTable t : d.getTables()) {
        assertThat(t.getRow(0).isRepeatHeader()).isTrue();
        assertThat(t.getStyleID()).isEqualTo(Docx.TABLE_STYLE);
      }
    }
  }

  @Test
  void theContentsIsATocFieldListingTheSectionsAfterIt() throws Exception {
    try (XWPFDocument d = written()) {
      String xml = d.getDocument().xmlText();
      assertThat(xml).contains("TOC \\o \"1-1\" \\h \\z \\u");
      List<String> toc =
          d.getParagraphs().stream()
              .filter(p -> "TOC1".equals(p.getStyle()))
              .map(XWPFParagraph::getText)
              .toList();
      assertThat(toc).containsExactly("Executive summary", "Inputs: demand at the front door");
      assertThat(d.isEnforcedUpdateFields()).isTrue();
    }
  }

  @Test
  void everyPageHasTheCouncilAndTitleAboveAndPageNOfMBelow() throws Exception {
    try (XWPFDocument d = written()) {
      assertThat(d.getHeaderList()).hasSize(1);
      assertThat(d.getHeaderList().get(0).getText()).contains("Stockton-on-Tees").contains(TITLE);
      String footer = d.getFooterList().get(0)._getHdrFtr().xmlText();
      assertThat(footer).contains(" PAGE ", " NUMPAGES ", "Page ", " of ");
      assertThat(footer.indexOf(" PAGE ")).isLessThan(footer.indexOf(" NUMPAGES "));
    }
  }

  @Test
  void everyChartPictureHasItsDescriptionAsAlternativeText() throws Exception {
    try (XWPFDocument d = written()) {
      assertThat(d.getAllPictures()).hasSize(1);
      Matcher m = Pattern.compile("<wp:docPr [^>]*>").matcher(d.getDocument().xmlText());
      int pictures = 0;
      while (m.find()) {
        assertThat(m.group()).contains("descr=\"Line chart of referrals by month");
        pictures++;
      }
      assertThat(pictures).isEqualTo(1);
    }
  }

  @Test
  void theLanguageIsBritishEnglishInTheStylesAndTheProperties() throws Exception {
    try (XWPFDocument d = written()) {
      assertThat(
              d.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty())
          .contains("en-GB");
      String defaults = d.getStyle().getDocDefaults().getRPrDefault().xmlText();
      assertThat(defaults).contains("en-GB");
      assertThat(d.getStyles().getStyle("Normal").getCTStyle().getRPr().xmlText())
          .contains("en-GB");
    }
  }
}
