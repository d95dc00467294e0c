package org.caseflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.caseflow.domain.golden.Golden;
import org.junit.jupiter.api.Test;

/**
 * The PDF's layout as pictures: a few pages rendered at 40 dpi in grey and compared with golden
 * images, so that a layout regression (a chart moved to the next page, text reflowed, a chart's
 * size or labels changed) is seen. Regenerate on purpose with {@code -Dcaseflow.regenerate=true}
 * and look at the images in {@code src/test/resources/org/caseflow/report/pages/}.
 */
class PageImagesTest {
  static final Path GOLDEN = Path.of("src/test/resources/org/caseflow/report/pages");

  /** The share of pixels that may differ by more than a fifth of the grey scale. */
  static final double TOLERANCE = 0.005;

  @Test
  void theFullReportsFirstPageAndFirstIndicatorPageLookAsBefore() throws Exception {
    Rendered r = Rendered.full();
    try (PDDocument pdf = Loader.loadPDF(r.pdfFile.toFile())) {
      compare(pdf, 0, "full-first.png");
      compare(pdf, pageWith(pdf, firstIndicator(r.doc)), "full-indicator.png");
    }
  }

  @Test
  void theCabinetReportsFirstIndicatorPageLooksAsBefore() throws Exception {
    Rendered r = Rendered.cabinet();
    try (PDDocument pdf = Loader.loadPDF(r.pdfFile.toFile())) {
      compare(pdf, pageWith(pdf, firstIndicator(r.doc)), "cabinet-indicator.png");
    }
  }

  @Test
  void aPageThatChangedIsSeen() throws Exception {
    // The comparison itself can fail: the first page against the indicator page differs.
    Rendered r = Rendered.full();
    try (PDDocument pdf = Loader.loadPDF(r.pdfFile.toFile())) {
      PDFRenderer renderer = new PDFRenderer(pdf);
      BufferedImage a = renderer.renderImageWithDPI(0, 40, ImageType.GRAY);
      BufferedImage b =
          renderer.renderImageWithDPI(pageWith(pdf, firstIndicator(r.doc)), 40, ImageType.GRAY);
      assertThat(differing(a, b)).isGreaterThan(TOLERANCE);
    }
  }

  private static void compare(PDDocument pdf, int page, String name) throws Exception {
    BufferedImage actual = new PDFRenderer(pdf).renderImageWithDPI(page, 40, ImageType.GRAY);
    Path golden = GOLDEN.resolve(name);
    if (Golden.regenerating()) {
      Files.createDirectories(GOLDEN);
      ImageIO.write(actual, "png", golden.toFile());
    }
    assertThat(Files.exists(golden))
        .as("%s is missing: run mvn test -D%s=true and look at it", golden, Golden.REGENERATE)
        .isTrue();
    BufferedImage expected = ImageIO.read(golden.toFile());
    Path seen = Rendered.DIR.resolve("pages").resolve(name);
    Files.createDirectories(seen.getParent());
    ImageIO.write(actual, "png", seen.toFile());
    assertThat(differing(expected, actual))
        .as("page %d differs from %s (this run's page is %s)", page + 1, golden, seen)
        .isLessThanOrEqualTo(TOLERANCE);
  }

  /** The share of pixels differing by more than 51 of 255 grey levels; 1 if the sizes differ. */
  static double differing(BufferedImage a, BufferedImage b) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      return 1;
    }
    long off = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int ga = a.getRGB(x, y) & 0xff;
        int gb = b.getRGB(x, y) & 0xff;
        if (Math.abs(ga - gb) > 51) {
          off++;
        }
      }
    }
    return (double) off / ((long) a.getWidth() * a.getHeight());
  }

  private static String firstIndicator(Document doc) {
    return doc.blocks().stream()
        .filter(b -> b instanceof Block.Heading h && h.level() == 3)
        .map(b -> ((Block.Heading) b).text())
        .findFirst()
        .orElseThrow();
  }

  /** The index of the first page whose text holds the words. */
  private static int pageWith(PDDocument pdf, String words) throws Exception {
    PDFTextStripper text = new PDFTextStripper();
    String wanted = words.replaceAll("\\s+", " ");
    for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
      text.setStartPage(p);
      text.setEndPage(p);
      if (text.getText(pdf).replaceAll("\\s+", " ").contains(wanted)) {
        return p - 1;
      }
    }
    throw new AssertionError("no page has " + words);
  }
}
