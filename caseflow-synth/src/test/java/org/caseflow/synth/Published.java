package org.caseflow.synth;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Measures a generated year the way DfE counts it, from the files alone. */
final class Published {
  private Published() {}

  record Measures(
      int referrals,
      double rereferralPct,
      int cinAt31,
      int cpStarts,
      int cpAt31,
      int claAt31,
      int claStarts) {}

  static Measures measure(Path dir, int year) throws IOException, XMLStreamException {
    Map<String, List<LocalDate>> refs = new HashMap<>();
    int[] cin = new int[5];
    for (int y = year - 1; y <= year; y++) {
      Path f = dir.resolve("cin_census_" + y + ".xml");
      if (Files.exists(f)) {
        readCin(f, y == year, refs, cin);
      }
    }
    LocalDate start = LocalDate.of(year - 1, 4, 1);
    LocalDate end = LocalDate.of(year, 3, 31);
    int referrals = 0;
    int re = 0;
    for (List<LocalDate> ds : refs.values()) {
      List<LocalDate> sorted = new ArrayList<>(new HashSet<>(ds));
      sorted.sort(null);
      for (int i = 0; i < sorted.size(); i++) {
        LocalDate d = sorted.get(i);
        if (d.isBefore(start) || d.isAfter(end)) {
          continue;
        }
        referrals++;
        if (i > 0 && !sorted.get(i - 1).isBefore(d.minusMonths(12))) {
          re++;
        }
      }
    }
    Set<String> claNow = new HashSet<>();
    Set<String> starters = new HashSet<>();
    for (NamedCsvRecord r : csv(dir.resolve("ssda903_" + year + "/Episodes.csv"))) {
      String ls = r.getField("LS");
      if (ls.equals("V3") || ls.equals("V4")) {
        continue;
      }
      if (r.getField("DEC").isEmpty()) {
        claNow.add(r.getField("CHILD"));
      }
      if (r.getField("RNE").equals("S")) {
        LocalDate d = uk(r.getField("DECOM"));
        if (!d.isBefore(start)) {
          starters.add(r.getField("CHILD"));
        }
      }
    }
    return new Measures(
        referrals,
        referrals == 0 ? 0 : 100.0 * re / referrals,
        cin[0],
        cin[1],
        cin[2],
        claNow.size(),
        starters.size());
  }

  static LocalDate uk(String s) {
    return LocalDate.of(
        Integer.parseInt(s.substring(6)),
        Integer.parseInt(s.substring(3, 5)),
        Integer.parseInt(s.substring(0, 2)));
  }

  static List<NamedCsvRecord> csv(Path p) throws IOException {
    List<NamedCsvRecord> out = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> r = CsvReader.builder().ofNamedCsvRecord(p)) {
      r.forEach(out::add);
    }
    return out;
  }

  /** counts: [0] CIN open at 31 March, [1] CP starts in year, [2] CP open at 31 March. */
  private static void readCin(Path f, boolean current, Map<String, List<LocalDate>> refs, int[] c)
      throws IOException, XMLStreamException {
    try (InputStream in = Files.newInputStream(f)) {
      XMLStreamReader x = XMLInputFactory.newFactory().createXMLStreamReader(in, "UTF-8");
      String child = null;
      String refDate = null;
      boolean closed = false;
      boolean nfa = false;
      boolean inCpp = false;
      boolean cppEnded = false;
      int year = 0;
      String text = "";
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          text = "";
          switch (x.getLocalName()) {
            case "CINdetails" -> {
              closed = false;
              nfa = false;
            }
            case "ChildProtectionPlans" -> {
              inCpp = true;
              cppEnded = false;
            }
            default -> {}
          }
        } else if (ev == XMLStreamConstants.CHARACTERS) {
          text += x.getText();
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String n = x.getLocalName();
          switch (n) {
            case "Year" -> year = Integer.parseInt(text.trim());
            case "LAchildID" -> child = text.trim();
            case "CINreferralDate" -> refDate = text.trim();
            case "CINclosureDate" -> closed = true;
            case "ReferralNFA" -> nfa = text.trim().equals("1") || text.trim().equals("true");
            case "CPPendDate" -> cppEnded = true;
            case "CPPstartDate" -> {
              LocalDate d = LocalDate.parse(text.trim());
              if (current && !d.isBefore(LocalDate.of(year - 1, 4, 1))) {
                c[1]++;
              }
            }
            case "ChildProtectionPlans" -> {
              if (current && !cppEnded) {
                c[2]++;
              }
              inCpp = false;
            }
            case "CINdetails" -> {
              refs.computeIfAbsent(child, k -> new ArrayList<>()).add(LocalDate.parse(refDate));
              if (current && !closed && !nfa) {
                c[0]++;
              }
            }
            default -> {}
          }
        }
      }
      if (inCpp) {
        throw new IllegalStateException("unclosed plan");
      }
    }
  }

  static String resource(String name) throws IOException {
    try (InputStream in = Published.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
