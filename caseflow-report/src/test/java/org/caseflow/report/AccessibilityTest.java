package org.caseflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every PDF is PDF/UA-1 by veraPDF's rules, and the HTML report has no WCAG 2.2 A or AA violation
 * by axe-core in Chromium: the full, public and Cabinet versions of the small council's report.
 */
class AccessibilityTest {
  @TempDir Path scratch;

  @Test
  void theFullReportsPdfBreaksNoPdfUaRule() throws Exception {
    assertThat(pdfUaFailures(Rendered.full().pdfFile)).isEmpty();
  }

  @Test
  void thePublicReportsPdfBreaksNoPdfUaRule() throws Exception {
    assertThat(pdfUaFailures(Rendered.pub().pdfFile)).isEmpty();
  }

  @Test
  void theCabinetReportsPdfBreaksNoPdfUaRule() throws Exception {
    assertThat(pdfUaFailures(Rendered.cabinet().pdfFile)).isEmpty();
  }

  @Test
  void theHtmlReportsHaveNoWcag22AaViolation() throws Exception {
    try (Axe axe = Axe.start(scratch)) {
      assertThat(axe.violations(Rendered.full().htmlFile)).as("full").isEmpty();
      assertThat(axe.violations(Rendered.cabinet().htmlFile)).as("cabinet").isEmpty();
    }
  }

  @Test
  void axeFindsAViolationInAPageWithoutLanguageOrAlternativeText() throws Exception {
    // The check itself can fail: a page with no lang and an image with no alt breaks two rules.
    Path page = scratch.resolve("bad.html");
    java.nio.file.Files.writeString(
        page,
        "<!DOCTYPE html><html><head><title>x</title></head><body><img src=\"a.png\"></body></html>");
    try (Axe axe = Axe.start(scratch)) {
      assertThat(axe.violations(page))
          .anySatisfy(v -> assertThat(v).startsWith("html-has-lang"))
          .anySatisfy(v -> assertThat(v).startsWith("image-alt"));
    }
  }

  @Test
  void veraPdfFailsAPdfWrittenWithoutTheAccessibilityMode() throws Exception {
    // The check itself can fail: the same renderer without PDF/UA mode writes no tags.
    Path pdf = scratch.resolve("untagged.pdf");
    try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(pdf)) {
      com.openhtmltopdf.pdfboxout.PdfRendererBuilder b =
          new com.openhtmltopdf.pdfboxout.PdfRendererBuilder();
      b.useFastMode();
      b.withHtmlContent(
          "<html lang=\"en-GB\"><head><title>x</title></head><body><p>x</p></body></html>", null);
      b.toStream(out);
      b.run();
    }
    assertThat(pdfUaFailures(pdf)).isNotEmpty();
  }

  /** veraPDF's failed PDF/UA-1 rules, one line each with how often and an example context. */
  static List<String> pdfUaFailures(Path pdf) throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    List<String> out = new ArrayList<>();
    try (InputStream in = new FileInputStream(pdf.toFile());
        PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFUA_1)) {
      PDFAValidator validator =
          Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false);
      ValidationResult result = validator.validate(parser);
      java.util.Map<String, List<TestAssertion>> byRule = new java.util.TreeMap<>();
      for (TestAssertion a : result.getTestAssertions()) {
        if (a.getStatus() == TestAssertion.Status.FAILED) {
          byRule.computeIfAbsent(a.getRuleId().toString(), k -> new ArrayList<>()).add(a);
        }
      }
      byRule.forEach(
          (rule, list) ->
              out.add(
                  rule
                      + " x"
                      + list.size()
                      + ": "
                      + list.get(0).getMessage()
                      + " at "
                      + list.get(0).getLocation().getContext()));
      if (out.isEmpty() && !result.isCompliant()) {
        out.add("not compliant, no failed assertion listed");
      }
    }
    return out;
  }
}
