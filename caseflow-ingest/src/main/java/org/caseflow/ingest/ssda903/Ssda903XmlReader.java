package org.caseflow.ingest.ssda903;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.caseflow.domain.schema.Column;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.Format;
import org.caseflow.ingest.InputException;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.ReadResult;
import org.caseflow.ingest.ReturnReader;
import org.caseflow.ingest.RowSink;

/**
 * Reads the SSDA903 return in its XML form ({@code EXPSSDA903}): each {@code CHILD} holds a {@code
 * HEADER} (with the child's UASC, OC3 and AD1 items and nested {@code AREVIEW}, {@code AMISSING},
 * {@code OC2}, {@code PERMANENCE} and {@code AD_PLACED} blocks) and its {@code EPISODE}s. Element
 * names follow the CSV columns, except {@code CHILDID} for CHILD and {@code PL} for PLACE. DTDs and
 * external entities are refused.
 */
public final class Ssda903XmlReader implements ReturnReader {
  private static final Map<String, Ssda903Table> BLOCKS =
      Map.of(
          "AREVIEW", Ssda903Table.REVIEWS,
          "AMISSING", Ssda903Table.MISSING,
          "OC2", Ssda903Table.OC2,
          "PERMANENCE", Ssda903Table.PREV_PERM,
          "AD_PLACED", Ssda903Table.PLACED_ADOPTION,
          "EPISODE", Ssda903Table.EPISODES,
          "SWEPISODE", Ssda903Table.SW_EPISODES,
          "DOLO", Ssda903Table.DOLO);

  private static final List<Ssda903Table> FROM_HEADER =
      List.of(Ssda903Table.HEADER, Ssda903Table.UASC, Ssda903Table.OC3, Ssda903Table.AD1);

  @Override
  public Format format() {
    return Format.SSDA903_XML;
  }

  @Override
  public ReadResult read(Path file, ReadContext context, RowSink sink, Findings findings)
      throws InputException, IOException {
    String name = file.getFileName().toString();
    XMLInputFactory f =
        XMLInputFactory.newDefaultFactory(); // the JDK's own, not one found on the class path
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    Ssda903Values values = new Ssda903Values(name, findings);
    Map<Table, Integer> rows = new EnumMap<>(Table.class);
    for (Ssda903Table t : Ssda903Table.values()) {
      rows.put(t.table, 0);
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      XMLStreamReader r = f.createXMLStreamReader(in);
      String childId = null;
      Map<String, String> header = new HashMap<>();
      List<Object[]> blocks = new ArrayList<>();
      Ssda903Table block = null;
      Map<String, String> fields = null;
      String blockLine = null;
      String childLine = null;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.DTD) {
          throw new InputException(
              name, line(r), "-", "the file declares a DTD, which is not allowed", "no DOCTYPE");
        }
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String el = r.getLocalName().toUpperCase(Locale.ROOT);
          if (el.equals("CHILD")) {
            header = new HashMap<>();
            blocks = new ArrayList<>();
            childLine = line(r);
          } else if (BLOCKS.containsKey(el)) {
            block = BLOCKS.get(el);
            fields = new HashMap<>();
            blockLine = line(r);
          } else if (!el.equals("HEADER") && !el.equals("EXPSSDA903")) {
            String text = r.getElementText();
            String key = el.equals("CHILDID") ? "CHILD" : el.equals("PL") ? "PLACE" : el;
            (block != null ? fields : header).put(key, text);
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String el = r.getLocalName().toUpperCase(Locale.ROOT);
          if (block != null && BLOCKS.containsKey(el)) {
            blocks.add(new Object[] {block, fields, blockLine});
            block = null;
          } else if (el.equals("CHILD")) {
            childId = header.get("CHILD");
            if (childId == null || childId.isBlank()) {
              throw new InputException(
                  name,
                  childLine,
                  "CHILDID",
                  "a CHILD has no CHILDID",
                  "every CHILD to carry its CHILDID");
            }
            for (Ssda903Table t : FROM_HEADER) {
              if (t == Ssda903Table.HEADER || present(header, t)) {
                emit(t, header, childLine, name, values, sink, rows);
              }
            }
            for (Object[] b : blocks) {
              @SuppressWarnings("unchecked")
              Map<String, String> m = (Map<String, String>) b[1];
              m.putIfAbsent("CHILD", childId);
              emit((Ssda903Table) b[0], m, (String) b[2], name, values, sink, rows);
            }
          }
        }
      }
      r.close();
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
      throw new InputException(
          name,
          line > 0 ? "line " + line : "the file",
          "-",
          "the XML cannot be read",
          "well-formed XML",
          e);
    }
    Set<Table> tables = EnumSet.noneOf(Table.class);
    for (Ssda903Table t : Ssda903Table.values()) {
      tables.add(t.table);
    }
    return new ReadResult(
        Format.SSDA903_XML, context.la(), context.year(), tables, rows, values.latest);
  }

  private static boolean present(Map<String, String> fields, Ssda903Table t) {
    for (String req : t.required) {
      if (!req.equals("CHILD") && fields.getOrDefault(req, "").isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static void emit(
      Ssda903Table t,
      Map<String, String> fields,
      String where,
      String file,
      Ssda903Values values,
      RowSink sink,
      Map<Table, Integer> rows)
      throws InputException {
    Object[] row = new Object[t.table.columns().size()];
    if (t.table == Table.CHILD) {
      row[0] = "SSDA903";
    }
    for (String[] c : t.columns) {
      int idx = t.table.indexOf(c[1]);
      Column col = t.table.columns().get(idx);
      row[idx] = values.value(t.table, col, c[0], fields.get(c[0]), where);
    }
    sink.row(t.table, row);
    rows.merge(t.table, 1, Integer::sum);
  }

  private static String line(XMLStreamReader r) {
    return "line " + (r.getLocation() == null ? "?" : r.getLocation().getLineNumber());
  }
}
