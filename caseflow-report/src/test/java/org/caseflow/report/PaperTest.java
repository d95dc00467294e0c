package org.caseflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.caseflow.domain.period.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cover sheet from the council's small YAML file, and the paper's title in words. */
class PaperTest {
  @TempDir Path dir;

  private Paper load(String yaml) throws IOException {
    Path f = dir.resolve("paper.yaml");
    Files.writeString(f, yaml, StandardCharsets.UTF_8);
    return Paper.load(f);
  }

  private static Map<String, String> rows(Paper p) {
    Map<String, String> out = new LinkedHashMap<>();
    for (List<String> r : p.rows()) {
      out.put(r.get(0), r.get(1));
    }
    return out;
  }

  @Test
  void withNoFileEveryDetailIsToBeConfirmed() {
    assertThat(rows(Paper.blank()))
        .containsExactly(
            Map.entry("Meeting", "To be confirmed"),
            Map.entry("Date of meeting", "To be confirmed"),
            Map.entry("Agenda item", "To be confirmed"),
            Map.entry("Portfolio", "To be confirmed"),
            Map.entry("Lead officer", "To be confirmed"),
            Map.entry("Contact officer", "To be confirmed"),
            Map.entry("Wards affected", "To be confirmed"),
            Map.entry("Key decision", "To be confirmed"));
  }

  @Test
  void anEmptyFileIsABlankCoverSheet() throws Exception {
    assertThat(load("# nothing yet\n")).isEqualTo(Paper.blank());
  }

  @Test
  void aPartialFileFillsWhatItGivesAndLeavesTheRestToBeConfirmed() throws Exception {
    // The date written 2026-06-18 is shown as a committee writes it; a blank value is not given;
    // a list of wards is joined; key_decision: false is "No".
    Paper p =
        load(
            "meeting: Cabinet\n"
                + "date: 2026-06-18\n"
                + "portfolio:\n"
                + "wards: [Billingham East, Norton North]\n"
                + "key_decision: false\n");
    Map<String, String> r = rows(p);
    assertThat(r)
        .containsEntry("Meeting", "Cabinet")
        .containsEntry("Date of meeting", "18 June 2026")
        .containsEntry("Portfolio", "To be confirmed")
        .containsEntry("Wards affected", "Billingham East, Norton North")
        .containsEntry("Key decision", "No")
        .containsEntry("Lead officer", "To be confirmed");
    assertThat(p.has("council")).isFalse();
  }

  @Test
  void theTemplateReadsAsAFullCoverSheet() throws Exception {
    Paper p = load(Paper.TEMPLATE);
    assertThat(p.values().keySet()).containsExactlyElementsOf(Paper.KEYS);
    assertThat(p.get("council")).isEqualTo("Stockton-on-Tees Borough Council");
    assertThat(p.get("agenda_item")).isEqualTo("7");
  }

  @Test
  void anUnknownKeyIsRefusedNamingTheFileLineAndKey() {
    assertThatThrownBy(() -> load("meeting: Cabinet\n# a comment\nmetting: Scrutiny\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "paper.yaml:3: unknown key 'metting'; the keys allowed are council,")
        .hasMessageContaining("key_decision");
  }

  @Test
  void aKeyGivenTwiceOrAValueThatIsNotPlainTextIsRefused() {
    assertThatThrownBy(() -> load("meeting: Cabinet\nmeeting: Scrutiny\n"))
        .hasMessage("paper.yaml:2: key 'meeting' is given twice");
    assertThatThrownBy(() -> load("contact:\n  name: Jane\n"))
        .hasMessage("paper.yaml:2: contact: expected plain text");
  }

  /** A cover sheet with values a spreadsheet or a browser would take as a formula or markup. */
  private static final String HOSTILE =
      "meeting: \"=1+1\"\nportfolio: \"<b>x</b>\"\ncontact: \"@SUM(A1) & <script>alert(1)</script>\"\n";

  @Test
  void formulaAndMarkupLikeValuesAreKeptAsTextAndShownLiterally() throws Exception {
    Paper p = load(HOSTILE);
    assertThat(p.get("meeting")).isEqualTo("=1+1");
    assertThat(p.get("portfolio")).isEqualTo("<b>x</b>");
    ReportSpec spec =
        ReportSpec.of("808", ReportingPeriod.parse("2025-26-Q4"), Audience.CABINET, true)
            .withPaper(p);
    String title = ReportBuilder.title(spec.period());
    Document doc =
        new Document(
            title,
            ReportBuilder.cover(spec, title, "Stockton-on-Tees"),
            new Document.Running("<i>Council</i> \"A\"", title));
    // HTML: escaped, so the browser shows the characters and runs nothing.
    String html = Html.render(doc, false);
    assertThat(html)
        .contains("<td>=1+1</td>", "<td>&lt;b&gt;x&lt;/b&gt;</td>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<b>x</b>", "<script>", "<i>Council</i>");
    // Word: the same characters as text in the cells, no field or markup made of them.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Docx.render(doc, out);
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
      List<String> cells = new ArrayList<>();
      for (XWPFTableRow r : d.getTables().get(0).getRows()) {
        cells.add(r.getCell(1).getText());
      }
      assertThat(cells).contains("=1+1", "<b>x</b>", "@SUM(A1) & <script>alert(1)</script>");
      assertThat(d.getDocument().xmlText()).doesNotContain("<b>x</b>").doesNotContain("fldSimple");
    }
  }

  @Test
  void aValueOnSeveralLinesIsShownOnOne() throws Exception {
    Paper p = load("lead_officer: |\n  Director of\n  Children's Services\n");
    assertThat(p.get("lead_officer")).isEqualTo("Director of Children's Services");
  }

  @Test
  void thePapersTitleSaysThePeriodInWordsNeverItsLabel() {
    assertThat(ReportBuilder.title(ReportingPeriod.parse("2025-26-Q4")))
        .isEqualTo("Children's social care performance: quarter 4, 2025-26");
    assertThat(ReportBuilder.title(ReportingPeriod.parse("2024-25")))
        .isEqualTo("Children's social care performance: 2024-25");
    assertThat(ReportBuilder.title(ReportingPeriod.parse("2025-02")))
        .isEqualTo("Children's social care performance: February 2025");
    assertThat(ReportBuilder.title(ReportingPeriod.parse("R12:2025-02")))
        .isEqualTo("Children's social care performance: the 12 months to February 2025");
  }

  @Test
  void theCoverSheetNamesTheAudienceAndTheMonths() {
    ReportSpec spec =
        ReportSpec.of("808", ReportingPeriod.parse("2025-26-Q4"), Audience.SCRUTINY, true);
    List<Block> cover = ReportBuilder.cover(spec, ReportBuilder.title(spec.period()), "X");
    assertThat(cover)
        .contains(
            new Block.Paragraph(
                "A report to the scrutiny committee on quarter 4, 2025-26 (January to March"
                    + " 2026).",
                Block.Style.NORMAL));
  }
}
