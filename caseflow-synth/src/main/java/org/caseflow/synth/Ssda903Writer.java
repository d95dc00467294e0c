package org.caseflow.synth;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.domain.schema.Table;
import org.caseflow.synth.Ssda903.File;

/** Writes a year's SSDA903 as its CSV files and, on request, as one EXPSSDA903 XML file. */
final class Ssda903Writer {
  private Ssda903Writer() {}

  /** Writes the CSVs into dir and returns rows per file, in file order. */
  static Map<Path, Counts> writeCsv(Ssda903 r, Path dir) throws IOException {
    Files.createDirectories(dir);
    Map<Path, Counts> out = new LinkedHashMap<>();
    for (File f : File.values()) {
      if (!f.inYear(r.y.year)) {
        continue;
      }
      Path p = dir.resolve(f.fileName + ".csv");
      try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8);
          CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(w)) {
        csv.writeRecord(f.columns);
        for (String[] row : r.rows.get(f)) {
          csv.writeRecord(row);
        }
      }
      Counts c = new Counts();
      c.add(f.table, r.rows.get(f).size());
      out.put(p, c);
    }
    return out;
  }

  /**
   * Writes the XML form: EXPSSDA903 / CHILD (HEADER with child items and nested AREVIEW, AMISSING,
   * OC2, PERMANENCE, AD_PLACED; then EPISODE per episode).
   */
  static Counts writeXml(Ssda903 r, Path file) throws IOException {
    Counts c = new Counts();
    Map<String, Map<File, List<String[]>>> byChild = new LinkedHashMap<>();
    for (String[] h : r.rows.get(File.HEADER)) {
      byChild.put(h[0], new LinkedHashMap<>());
    }
    for (File f : File.values()) {
      for (String[] row : r.rows.get(f)) {
        byChild.get(row[0]).computeIfAbsent(f, x -> new ArrayList<>()).add(row);
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      Xml x = new Xml(w);
      x.open("EXPSSDA903");
      for (Map<File, List<String[]>> child : byChild.values()) {
        String[] h = child.get(File.HEADER).get(0);
        c.add(Table.CHILD);
        x.open("CHILD");
        x.open("HEADER");
        x.leaf("CHILDID", h[0]);
        x.leaf("UPN", h[4]);
        x.leaf("SEX", h[1]);
        x.leaf("DOB", h[2]);
        x.leaf("ETHNIC", h[3]);
        List<String[]> uasc = child.getOrDefault(File.UASC, List.of());
        if (!uasc.isEmpty()) {
          c.add(Table.UASC);
          x.leaf("DUC", uasc.get(0)[3]);
        }
        x.leaf("MOTHER", h[5]);
        x.leaf("MC_DOB", h[6]);
        for (String[] o : child.getOrDefault(File.OC3, List.of())) {
          c.add(Table.CARE_LEAVER);
          x.leaf("IN_TOUCH", o[2]);
          x.leaf("ACTIV", o[3]);
          x.leaf("ACCOM", o[4]);
        }
        for (String[] a : child.getOrDefault(File.AD1, List.of())) {
          c.add(Table.ADOPTION);
          x.leaf("DATE_INT", a[2]);
          x.leaf("DATE_MATCH", a[3]);
          x.leaf("FOSTER_CARE", a[4]);
          x.leaf("NB_ADOPTR", a[5]);
          x.leaf("SEX_ADOPTR", a[6]);
          x.leaf("LS_ADOPTR", a[7]);
        }
        nested(x, c, child, File.REVIEWS, "AREVIEW", 2);
        nested(x, c, child, File.MISSING, "AMISSING", 2);
        nested(x, c, child, File.OC2, "OC2", 2);
        nested(x, c, child, File.PREV_PERM, "PERMANENCE", 2);
        nested(x, c, child, File.PLACED_ADOPTION, "AD_PLACED", 2);
        x.close("HEADER");
        for (String[] e : child.getOrDefault(File.EPISODES, List.of())) {
          c.add(Table.CLA_EPISODE);
          x.open("EPISODE");
          x.leaf("DECOM", e[1]);
          x.leaf("RNE", e[2]);
          x.leaf("LS", e[3]);
          x.leaf("CIN", e[4]);
          x.leaf("PL", e[5]);
          x.leaf("PL_POST", e[11]);
          x.leaf("HOME_POST", e[10]);
          x.leaf("URN", e[12]);
          x.leaf("PLACE_PROVIDER", e[6]);
          x.leaf("DEC", e[7]);
          x.leaf("REC", e[8]);
          x.leaf("REASON_PLACE_CHANGE", e[9]);
          x.close("EPISODE");
        }
        x.close("CHILD");
      }
      x.close("EXPSSDA903");
    }
    return c;
  }

  private static void nested(
      Xml x, Counts c, Map<File, List<String[]>> child, File f, String tag, int from)
      throws IOException {
    for (String[] row : child.getOrDefault(f, List.of())) {
      c.add(f.table);
      x.open(tag);
      for (int i = from; i < row.length; i++) {
        x.leaf(f.columns.get(i), row[i]);
      }
      x.close(tag);
    }
  }
}
