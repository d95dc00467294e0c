package org.caseflow.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the XHTML as an A4 PDF/UA-1 file: tagged (headings, tables with header cells, each chart a
 * figure with its text), language and title from the XHTML, embedded DejaVu Sans, headings as
 * bookmarks, vector charts; page furniture (the footer) is marked as an artifact.
 */
final class Pdf {
  private Pdf() {}

  static void render(String xhtml, OutputStream out) throws IOException {
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessbility(true);
    builder.withProducer("caseflow");
    builder.useFont(
        () -> Fonts.open(Fonts.REGULAR),
        "DejaVu Sans",
        400,
        BaseRendererBuilder.FontStyle.NORMAL,
        true);
    builder.useFont(
        () -> Fonts.open(Fonts.BOLD),
        "DejaVu Sans",
        700,
        BaseRendererBuilder.FontStyle.NORMAL,
        true);
    builder.useSVGDrawer(new BatikSVGDrawer());
    builder.withHtmlContent(xhtml, null);
    builder.toStream(out);
    builder.run();
  }
}
