package org.caseflow.ingest.ssda903;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.Finding;
import org.caseflow.ingest.FindingType;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.Format;
import org.caseflow.ingest.InputException;
import org.caseflow.ingest.Limits;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.ReadResult;
import org.caseflow.ingest.ReturnReader;
import org.caseflow.ingest.RowSink;

/**
 * Reads the SSDA903 return as XML: {@code EXPSSDA903} holding one {@code CHILD} per child, each
 * with a {@code HEADER} (the child's details, UASC, OC3 and AD1 items, and nested {@code AREVIEW},
 * {@code AMISSING}, {@code OC2}, {@code PERMANENCE} and {@code AD_PLACED} records) and its {@code
 * EPISODE}s. Element {@code CHILDID} is the CSV column CHILD and {@code PL} is PLACE. Dates may be
 * yyyy-mm-dd or dd/mm/yyyy. Documents with a DTD are refused, so no entity is ever expanded.
 */
public final class Ssda903XmlReader implements ReturnReader {
  private static final String ROOT = "EXPSSDA903";

  /** Record elements and the table each row goes to. */
  private static final Map<String, Layout> RECORDS =
      Map.of(
          "EPISODE", Layout.EPISODES,
          "AREVIEW", Layout.REVIEWS,
          "AMISSING", Layout.MISSING,
          "OC2", Layout.OC2,
          "PERMANENCE", Layout.PREV_PERM,
          "AD_PLACED", Layout.PLACED_ADOPTION);

  /** The tables an XML return delivers. */
  private static final Set<Table> TABLES =
      EnumSet.of(
          Table.CHILD,
          Table.CLA_EPISODE,
          Table.CLA_REVIEW,
          Table.UASC,
          Table.HEALTH_OUTCOME,
          Table.CARE_LEAVER,
          Table.ADOPTION,
          Table.PLACED_FOR_ADOPTION,
          Table.PREVIOUS_PERMANENCE,
          Table.MISSING_EPISODE);

  /** The leaf elements a HEADER may hold directly. */
  private static final Set<String> HEADER_ITEMS = new HashSet<>();

  static {
    for (Layout l : List.of(Layout.HEADER, Layout.UASC, Layout.OC3, Layout.AD1)) {
      l.fields().forEach(f -> HEADER_ITEMS.add(f.source()));
    }
    HEADER_ITEMS.add("UASC");
  }

  @Override
  public Format format() {
    return Format.SSDA903_XML;
  }

  /** One record element read inside a child. */
  private record Rec(Layout layout, String location, Map<String, String> values) {}

  @Override
  public ReadResult read(Path file, ReadContext context, RowSink sink, Findings findings)
      throws InputException, IOException {
    String name = file.getFileName().toString();
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    Converter converter = new Converter(name, true, context, sink, findings);
    Set<String> ignored = new HashSet<>();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader x = factory.createXMLStreamReader(in);
      try {
        new Walk(name, x, converter, findings, ignored).document();
      } finally {
        x.close();
      }
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      throw new InputException(
          name,
          at == null || at.getLineNumber() < 0 ? "the file" : "line " + at.getLineNumber(),
          "-",
          "the XML is not well-formed or ends early",
          "a complete, well-formed EXPSSDA903 XML file",
          e);
    }
    return converter.finish(Format.SSDA903_XML, TABLES);
  }

  /** One pass over the document. */
  private static final class Walk {
    private final String file;
    private final XMLStreamReader x;
    private final Converter converter;
    private final Findings findings;
    private final Set<String> ignored;
    private int childNo;

    Walk(
        String file,
        XMLStreamReader x,
        Converter converter,
        Findings findings,
        Set<String> ignored) {
      this.file = file;
      this.x = x;
      this.converter = converter;
      this.findings = findings;
      this.ignored = ignored;
    }

    void document() throws XMLStreamException, InputException {
      while (x.hasNext()) {
        int event = x.next();
        if (event == XMLStreamConstants.DTD) {
          throw new InputException(
              file,
              "line " + x.getLocation().getLineNumber(),
              "-",
              "the file has a document type declaration (DOCTYPE): DTDs are not allowed",
              "an EXPSSDA903 XML file without a DOCTYPE");
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          String root = name();
          if (!ROOT.equals(root)) {
            throw new InputException(
                file,
                "the root element",
                "-",
                "an XML file whose root element is <" + x.getLocalName() + ">",
                "<" + ROOT + ">");
          }
          root();
        }
      }
    }

    private void root() throws XMLStreamException, InputException {
      while (true) {
        int event = x.nextTag();
        if (event == XMLStreamConstants.END_ELEMENT) {
          return;
        }
        if ("CHILD".equals(name())) {
          child(++childNo);
        } else {
          ignore(ROOT, "an element of " + ROOT + " that caseflow does not read");
        }
      }
    }

    private void child(int no) throws XMLStreamException, InputException {
      String where = "CHILD " + no;
      Map<String, String> header = new HashMap<>();
      List<Rec> records = new ArrayList<>();
      Map<String, Integer> counts = new HashMap<>();
      while (true) {
        int event = x.nextTag();
        if (event == XMLStreamConstants.END_ELEMENT) {
          break;
        }
        String element = name();
        if ("HEADER".equals(element)) {
          header(where, header, records, counts);
        } else if ("EPISODE".equals(element)) {
          records.add(record(where, Layout.EPISODES, element, counts));
        } else {
          ignore("CHILD", "an element of CHILD that caseflow does not read");
        }
      }
      emit(where, header, records);
    }

    private void header(
        String where, Map<String, String> header, List<Rec> records, Map<String, Integer> counts)
        throws XMLStreamException, InputException {
      while (true) {
        int event = x.nextTag();
        if (event == XMLStreamConstants.END_ELEMENT) {
          return;
        }
        String element = name();
        Layout layout = RECORDS.get(element);
        if (layout != null && !"EPISODE".equals(element)) {
          records.add(record(where, layout, element, counts));
        } else if (HEADER_ITEMS.contains(element)) {
          String text = leaf("HEADER");
          if (text != null) {
            header.put(element, text);
          }
        } else {
          ignore("HEADER", "an element of HEADER that caseflow does not read");
        }
      }
    }

    private Rec record(String where, Layout layout, String element, Map<String, Integer> counts)
        throws XMLStreamException, InputException {
      int n = counts.merge(element, 1, Integer::sum);
      Map<String, String> values = new HashMap<>();
      while (true) {
        int event = x.nextTag();
        if (event == XMLStreamConstants.END_ELEMENT) {
          break;
        }
        String item = name();
        if (layout.indexOf(item) >= 0) {
          String text = leaf(element);
          if (text != null) {
            values.put(item, text);
          }
        } else {
          ignore(element, "an element of " + element + " that caseflow does not read");
        }
      }
      return new Rec(layout, where + " / " + element + " " + n, values);
    }

    private void emit(String where, Map<String, String> header, List<Rec> records)
        throws InputException {
      String at = where + " / HEADER";
      converter.row(Layout.HEADER, raw(Layout.HEADER, header, header), at);
      String uasc = header.get("UASC");
      if ("1".equals(uasc == null ? null : uasc.strip()) || header.containsKey("DUC")) {
        converter.row(Layout.UASC, raw(Layout.UASC, header, header), at);
      }
      if (any(header, Layout.OC3)) {
        converter.row(Layout.OC3, raw(Layout.OC3, header, header), at);
      }
      if (any(header, Layout.AD1)) {
        converter.row(Layout.AD1, raw(Layout.AD1, header, header), at);
      }
      for (Rec r : records) {
        converter.row(r.layout(), raw(r.layout(), r.values(), header), r.location());
      }
    }

    private static boolean any(Map<String, String> header, Layout layout) {
      for (Field f : layout.fields()) {
        if (f.kind() != Field.Kind.ID
            && f.kind() != Field.Kind.UNUSED
            && !header.getOrDefault(f.source(), "").isBlank()) {
          return true;
        }
      }
      return false;
    }

    private static String[] raw(
        Layout layout, Map<String, String> values, Map<String, String> header) {
      List<Field> fields = layout.fields();
      String[] raw = new String[fields.size()];
      for (int i = 0; i < raw.length; i++) {
        String s = fields.get(i).source();
        String v = values.get(s);
        raw[i] = v != null ? v : header.get(s);
      }
      return raw;
    }

    /** The current element's name, upper case, with the XML tags renamed to the CSV columns. */
    private String name() {
      String n = x.getLocalName().toUpperCase(Locale.ROOT);
      return switch (n) {
        case "CHILDID" -> "CHILD";
        case "PL" -> "PLACE";
        default -> n;
      };
    }

    /**
     * The text of the current element, which should hold text only; an element with elements inside
     * is skipped with a finding and gives null.
     */
    private String leaf(String parent) throws XMLStreamException, InputException {
      String element = x.getLocalName();
      StringBuilder text = new StringBuilder();
      while (true) {
        int event = x.next();
        switch (event) {
          case XMLStreamConstants.CHARACTERS,
              XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE -> {
            text.append(x.getText());
            if (text.length() > Limits.MAX_XML_TEXT_CHARS) {
              throw Limits.tooLong(
                  file,
                  "line " + x.getLocation().getLineNumber(),
                  "<" + element + ">",
                  text.length());
            }
          }
          case XMLStreamConstants.START_ELEMENT -> {
            skip(); // the nested element
            skip(); // the rest of this one
            reportIgnored(parent, element, "an element holding elements where text was expected");
            return null;
          }
          case XMLStreamConstants.END_ELEMENT -> {
            return text.toString();
          }
          default -> {}
        }
      }
    }

    private void ignore(String parent, String detail) throws XMLStreamException {
      String element = x.getLocalName();
      skip();
      reportIgnored(parent, element, detail);
    }

    private void reportIgnored(String parent, String element, String detail) {
      if (ignored.add(parent + "/" + element)) {
        findings.add(
            new Finding(
                FindingType.IGNORED_FIELD,
                file,
                "CHILD " + Math.max(childNo, 1) + " / " + parent + " (first of any)",
                element,
                null,
                detail));
      }
    }

    /** Skips to the end of the element whose start was just read, and everything inside it. */
    private void skip() throws XMLStreamException {
      int depth = 1;
      while (depth > 0) {
        int event = x.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    }
  }
}
