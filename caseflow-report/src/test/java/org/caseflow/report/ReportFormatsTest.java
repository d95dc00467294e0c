package org.caseflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The three files open with real readers and have the structure a committee paper needs. */
class ReportFormatsTest {
  private static final List<String> SECTIONS =
      List.of(
          "Contents",
          "Purpose of the report",
          "Recommendations",
          "Executive summary",
          "Inputs: demand at the front door",
          "Processes: timeliness and quality of statutory work",
          "Outputs: children in need, protection, care and leaving care",
          "Breakdowns",
          "Implications",
          "Background papers",
          "Appendix A: definitions",
          "Appendix B: technical notes",
          "Appendix C: data quality");

  @Test
  void theHtmlIsWellFormedXhtmlWithTheSectionsAsSecondLevelHeadings() throws Exception {
    var dom = Rendered.full().dom();
    NodeList h2 = dom.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "h2");
    List<String> headings = new ArrayList<>();
    for (int i = 0; i < h2.getLength(); i++) {
      headings.add(h2.item(i).getTextContent());
    }
    assertThat(headings).containsSubsequence(SECTIONS);
    assertThat(dom.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "h1").getLength())
        .isEqualTo(1);
  }

  @Test
  void everyTableHasScopedHeaderCellsAndEveryChartATitleAndADescription() throws Exception {
    var dom = Rendered.full().dom();
    NodeList th = dom.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "th");
    assertThat(th.getLength()).isPositive();
    for (int i = 0; i < th.getLength(); i++) {
      assertThat(((Element) th.item(i)).getAttribute("scope")).isIn("col", "row");
    }
    NodeList svgs = dom.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
    assertThat(svgs.getLength()).isGreaterThan(10);
    for (int i = 0; i < svgs.getLength(); i++) {
      Element svg = (Element) svgs.item(i);
      assertThat(svg.getAttribute("role")).isEqualTo("img");
      assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").getLength())
          .isEqualTo(1);
      assertThat(
              svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "desc")
                  .item(0)
                  .getTextContent())
          .startsWith("Line chart of ");
    }
  }

  @Test
  void theHtmlIsSelfContained() throws Exception {
    String html = Rendered.full().html;
    assertThat(html).doesNotContain("<link", "<script", "src=\"http", "url(");
  }

  @Test
  void thePdfOpensIsA4EmbedsItsFontsHasExtractableTextAndBookmarks() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(Rendered.full().pdfFile.toFile())) {
      assertThat(pdf.getNumberOfPages()).isGreaterThan(5);
      var box = pdf.getPage(0).getMediaBox();
      assertThat(box.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
      assertThat(box.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
      for (var name : pdf.getPage(0).getResources().getFontNames()) {
        assertThat(pdf.getPage(0).getResources().getFont(name).isEmbedded()).isTrue();
      }
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains("Children's social care performance", "Executive summary", "Breakdowns");
      List<String> bookmarks = new ArrayList<>();
      for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.add(item.getTitle());
      }
      assertThat(bookmarks).containsSubsequence(SECTIONS);
    }
  }

  @Test
  void theWordFileOpensWithRealHeadingsAndChartsWithAltText() throws Exception {
    try (InputStream in = Files.newInputStream(Rendered.full().docxFile);
        XWPFDocument d = new XWPFDocument(in)) {
      List<String> h2 = new ArrayList<>();
      int h1 = 0;
      for (XWPFParagraph p : d.getParagraphs()) {
        // The paper's title in Word's Title style, its sections as Heading 1.
        if ("Heading1".equals(p.getStyle())) {
          h2.add(p.getText());
        } else if ("Title".equals(p.getStyle())) {
          h1++;
        }
      }
      assertThat(h1).isEqualTo(1);
      assertThat(h2).containsSubsequence(SECTIONS);
      assertThat(d.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
      assertThat(d.getTables()).isNotEmpty();
      assertThat(d.getTables().get(0).getRow(0).isRepeatHeader()).isTrue();
      assertThat(d.getAllPictures()).isNotEmpty();
      String xml = d.getDocument().xmlText();
      assertThat(xml).contains("descr=\"Line chart of ");
      assertThat(
              d.getParagraphs().stream()
                  .filter(p -> p.getText().startsWith("Officer commentary (Executive summary)"))
                  .count())
          .isEqualTo(1);
    }
  }

  @Test
  void thePdfPagesAreRenderedToPngForALook() throws Exception {
    Path out = Rendered.DIR.resolve("pages");
    Files.createDirectories(out);
    Process p =
        new ProcessBuilder(
                "pdftoppm",
                "-r",
                "50",
                "-png",
                "-f",
                "1",
                "-l",
                "6",
                Rendered.full().pdfFile.toString(),
                out.resolve("page").toString())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    try (var files = Files.list(out)) {
      assertThat(files.filter(f -> f.toString().endsWith(".png")).count()).isGreaterThan(1);
    }
  }
}
