package org.caseflow.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseflow.ingest.template.Template;

/** Recognises a file's format from its first bytes, never from its name. */
public final class FormatDetector {
  private static final int SNIFF_BYTES = 8192;
  private static final Pattern ROOT =
      Pattern.compile("<\\s*(?:[A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)[\\s>/]");
  private static final Pattern COLLECTION =
      Pattern.compile("<\\s*(?:[\\w.-]+:)?Collection\\s*>\\s*([A-Za-z]+)");

  private FormatDetector() {}

  /**
   * The format of the file.
   *
   * @throws InputException if the file is empty or not a format caseflow reads
   */
  public static Format detect(Path file) throws IOException, InputException {
    String name = file.getFileName().toString();
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF_BYTES);
    }
    if (head.length == 0) {
      throw new InputException(name, "the file", "-", "the file is empty", EXPECTED);
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return WorkbookKind.of(file);
    }
    String text = decodeHead(head);
    String trimmed = text.strip();
    if (trimmed.startsWith("<")) {
      String root = rootElement(trimmed);
      if ("EXPSSDA903".equalsIgnoreCase(root)) {
        return Format.SSDA903_XML;
      }
      if ("Message".equals(root)) {
        Matcher m = COLLECTION.matcher(trimmed);
        if (m.find() && m.group(1).equalsIgnoreCase("CIN")) {
          return Format.CIN_CENSUS_XML;
        }
        if (m.find(0) && m.group(1).equalsIgnoreCase("CSWW")) {
          return Format.CSWW_XML;
        }
        String collection = m.find(0) ? m.group(1) : "none";
        throw new InputException(
            name,
            "element <Collection>",
            "Collection",
            "the XML message is for collection '" + collection + "'",
            "CIN (the CIN census), CSWW (the workforce census) or an EXPSSDA903 return");
      }
      throw new InputException(
          name,
          "the root element",
          "-",
          "an XML file whose root element is <" + root + ">",
          "<Message> (CIN census or CSWW census) or <EXPSSDA903> (SSDA903)");
    }
    String firstLine = trimmed.lines().findFirst().orElse("");
    for (String column : firstLine.split(",", -1)) {
      if (column.strip().replace("\"", "").equalsIgnoreCase("CHILD")) {
        return Format.SSDA903_CSV;
      }
    }
    var template = Template.recognise(List.of(firstLine.split(",", -1)));
    if (template.isPresent()) {
      return template.get().format();
    }
    throw new InputException(
        name, "line 1", "-", "the file is not a return caseflow reads", EXPECTED);
  }

  private static final String EXPECTED =
      "a CIN census XML file, an SSDA903 CSV table (with a CHILD column) or XML file, an Annex A"
          + " workbook (.xlsx), an Ofsted provider list (.xlsx), a CSWW census XML file or a caseflow template CSV (see"
          + " docs/templates.md)";

  private static String decodeHead(byte[] head) {
    // UTF-16 files start with a BOM; UTF-8 with or without one. Only the structure matters here.
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return new String(head, StandardCharsets.UTF_16BE);
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return new String(head, StandardCharsets.UTF_16LE);
    }
    String s = new String(head, StandardCharsets.ISO_8859_1);
    return s.startsWith("\u00EF\u00BB\u00BF") ? s.substring(3) : s;
  }

  private static String rootElement(String xml) {
    int i = 0;
    while (i < xml.length()) {
      int lt = xml.indexOf('<', i);
      if (lt < 0) {
        break;
      }
      if (xml.startsWith("<?", lt)) {
        i = endOf(xml, "?>", lt);
      } else if (xml.startsWith("<!--", lt)) {
        i = endOf(xml, "-->", lt);
      } else if (xml.startsWith("<!", lt)) {
        i = endOf(xml, ">", lt);
      } else {
        Matcher m = ROOT.matcher(xml);
        if (m.find(lt) && m.start() == lt) {
          return m.group(1);
        }
        break;
      }
    }
    return "?";
  }

  private static int endOf(String xml, String end, int from) {
    int e = xml.indexOf(end, from);
    return e < 0 ? xml.length() : e + end.length();
  }
}
