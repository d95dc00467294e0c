package org.caseflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.caseflow.domain.golden.Golden;
import org.junit.jupiter.api.Test;

/**
 * The paper's length per audience, read from the PDF: Cabinet and scrutiny at most 25 pages with
 * the appendices, the clinic's full version keeping everything; and the technical wording of the
 * catalogue (return codes, formulas) only in the appendices.
 */
class PaperLengthTest {
  /** The most pages a paper for Cabinet or scrutiny may run to, appendices included. */
  static final int MAX_COMMITTEE_PAGES = 25;

  private static final Path GOLDEN = Path.of("src/test/resources/golden/report-pages.txt");

  private static int pages(Rendered r) throws Exception {
    try (PDDocument pdf = Loader.loadPDF(r.pdfFile.toFile())) {
      return pdf.getNumberOfPages();
    }
  }

  @Test
  void cabinetAndScrutinyPapersAreAtMostTwentyFivePagesAndTheClinicsKeepsEverything()
      throws Exception {
    int cabinet = pages(Rendered.cabinet());
    int scrutiny = pages(Rendered.scrutiny());
    int full = pages(Rendered.full());
    int pub = pages(Rendered.pub());
    assertThat(cabinet).isLessThanOrEqualTo(MAX_COMMITTEE_PAGES);
    assertThat(scrutiny).isLessThanOrEqualTo(MAX_COMMITTEE_PAGES);
    assertThat(full).isGreaterThan(2 * cabinet);
    // The page counts are golden: a layout change that moves them is seen and reviewed.
    Golden.check(
        GOLDEN,
        "small council 808, 2025-26 Q4, PDF pages\n"
            + "cabinet (public, concise): "
            + cabinet
            + "\nscrutiny (public, concise): "
            + scrutiny
            + "\nclinic (full): "
            + full
            + "\nclinic (public): "
            + pub
            + "\n");
  }

  /** Wording from the catalogue's technical fields: return codes and formulas. */
  private static final List<String> TECHNICAL = List.of("REC in (", "x contract weeks x 5");

  @Test
  void theCataloguesTechnicalWordingIsOnlyInTheAppendices() throws Exception {
    for (Rendered r : List.of(Rendered.full(), Rendered.cabinet())) {
      List<String> before = new ArrayList<>();
      boolean appendix = false;
      int technical = 0;
      for (Block b : r.doc.blocks()) {
        if (b instanceof Block.Heading h && h.level() == 2) {
          appendix = h.text().startsWith("Appendix");
        }
        String text = text(b);
        for (String t : TECHNICAL) {
          if (text.contains(t)) {
            if (appendix) {
              technical++;
            } else {
              before.add(text);
            }
          }
        }
      }
      assertThat(before).as(r.spec.audience().name()).isEmpty();
      if (!r.spec.audience().concise()) {
        assertThat(technical).as("the full report's technical notes").isPositive();
      }
    }
  }

  private static String text(Block b) {
    if (b instanceof Block.Paragraph p) {
      return p.text();
    }
    if (b instanceof Block.Table t) {
      StringBuilder s = new StringBuilder(t.caption()).append(' ').append(t.header());
      for (List<Block.Cell> row : t.rows()) {
        for (Block.Cell c : row) {
          s.append(' ').append(c.text());
        }
      }
      return s.toString();
    }
    if (b instanceof Block.Heading h) {
      return h.text();
    }
    return "";
  }
}
