package org.caseflow.report;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.store.Store;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** The small council's report for 2025-26 Q4, built and written once per test run. */
final class Rendered {
  static final ReportingPeriod Q4 = ReportingPeriod.parse("2025-26-Q4");
  static final Path DIR = Path.of("target/report-test");
  private static Rendered full;
  private static Rendered pub;
  private static Rendered cabinet;
  private static Rendered scrutiny;

  /**
   * The local targets the Cabinet report is given: PR06 has no LAIT code, so only this shows it.
   */
  static final String CABINET_TARGETS = "PR06: {target: 40, tolerance: 4}\n";

  final ReportSpec spec;
  final Document doc;
  final String html;
  final Path htmlFile;
  final Path pdfFile;
  final Path docxFile;

  private Rendered(ReportSpec spec, Document doc, List<Path> files) throws Exception {
    this.spec = spec;
    this.doc = doc;
    this.htmlFile = files.get(0);
    this.pdfFile = files.get(1);
    this.docxFile = files.get(2);
    this.html = Files.readString(htmlFile, StandardCharsets.UTF_8);
  }

  static synchronized Rendered full() throws Exception {
    if (full == null) {
      full = make(false);
    }
    return full;
  }

  static synchronized Rendered pub() throws Exception {
    if (pub == null) {
      pub = make(true);
    }
    return pub;
  }

  /** The concise Cabinet version, with a local target for PR06. */
  static synchronized Rendered cabinet() throws Exception {
    if (cabinet == null) {
      Files.createDirectories(DIR);
      Path targets = DIR.resolve("cabinet-targets.yaml");
      Files.writeString(targets, CABINET_TARGETS, StandardCharsets.UTF_8);
      ReportSpec base = ReportSpec.of(SmallCouncil.LA, Q4, Audience.CABINET, true);
      cabinet =
          make(
              new ReportSpec(
                  base.la(),
                  base.period(),
                  base.audience(),
                  true,
                  org.caseflow.compare.Targets.load(targets),
                  base.comparer(),
                  base.population(),
                  List.of()));
    }
    return cabinet;
  }

  /** The concise scrutiny version, with no local targets. */
  static synchronized Rendered scrutiny() throws Exception {
    if (scrutiny == null) {
      scrutiny = make(ReportSpec.of(SmallCouncil.LA, Q4, Audience.SCRUTINY, true));
    }
    return scrutiny;
  }

  private static Rendered make(boolean isPublic) throws Exception {
    return make(ReportSpec.of(SmallCouncil.LA, Q4, Audience.CLINIC, isPublic));
  }

  private static Rendered make(ReportSpec spec) throws Exception {
    try (Store store = Store.open(SmallCouncil.location())) {
      Document doc = Reports.build(store, spec);
      List<Path> files =
          Reports.write(doc, EnumSet.allOf(Format.class), DIR, Reports.baseName(spec));
      return new Rendered(spec, doc, files);
    }
  }

  /** The HTML parsed as XML (it must be well-formed), with DTDs off. */
  org.w3c.dom.Document dom() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
  }

  /** Every text node's text, trimmed, skipping the style sheet. */
  static List<String> texts(Node n) {
    List<String> out = new ArrayList<>();
    collect(n, out, false);
    return out;
  }

  /**
   * The text nodes the PDF holds as text: without the charts, whose words the PDF draws as shapes
   * (the HTML's chart text is checked as text nodes).
   */
  static List<String> printedTexts(Node n) {
    List<String> out = new ArrayList<>();
    collect(n, out, true);
    return out;
  }

  private static void collect(Node n, List<String> out, boolean printed) {
    if (n instanceof Element e
        && (e.getLocalName().equals("style")
            || printed && "http://www.w3.org/2000/svg".equals(e.getNamespaceURI()))) {
      return;
    }
    if (n.getNodeType() == Node.TEXT_NODE) {
      String t = n.getTextContent().strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      collect(c, out, printed);
    }
  }
}
