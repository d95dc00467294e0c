package org.caseflow.ingest.annexa;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.domain.schema.Column;
import org.caseflow.domain.schema.ColumnType;
import org.caseflow.domain.schema.Table;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Builds Annex A workbooks for tests, with sensible defaults: {@code list(1)} is a sheet named
 * "List 1" with Ofsted's headers and one row of plausible values, which a test then changes.
 */
final class AnnexAWorkbook {
  /** The default child, on every default row. */
  static final String CHILD = "CH001";

  /** The date every default event date has. */
  static final LocalDate EVENT = LocalDate.of(2024, 5, 1);

  /** The default date of birth. */
  static final LocalDate BORN = LocalDate.of(2015, 6, 1);

  private final List<ListSheet> sheets = new ArrayList<>();

  static AnnexAWorkbook workbook() {
    return new AnnexAWorkbook();
  }

  /** A sheet of list n with Ofsted's headers and one default row. */
  static ListSheet list(int n) {
    return new ListSheet(n);
  }

  /** A sheet with arbitrary headers and no rows. */
  static ListSheet sheet(String name, String... headers) {
    ListSheet s = new ListSheet(name);
    s.headers.addAll(List.of(headers));
    return s;
  }

  AnnexAWorkbook with(ListSheet... more) {
    sheets.addAll(List.of(more));
    return this;
  }

  /** Writes the workbook as an .xlsx file into the folder. */
  Path write(Path dir, String fileName) throws IOException {
    Path file = dir.resolve(fileName);
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "caseflow-test", "1.0");
      for (ListSheet s : sheets) {
        s.writeTo(wb.newWorksheet(s.name));
      }
      wb.finish();
    }
    return file;
  }

  Path write(Path dir) throws IOException {
    return write(dir, "annex_a.xlsx");
  }

  /** The canonical table of list n (1 to 11). */
  static Table table(int n) {
    return Table.valueOf(
        List.of(
                "AA_CONTACT",
                "AA_EARLY_HELP",
                "AA_REFERRAL",
                "AA_ASSESSMENT",
                "AA_SECTION47",
                "AA_CHILD_IN_NEED",
                "AA_CHILD_PROTECTION",
                "AA_CHILD_IN_CARE",
                "AA_CARE_LEAVER",
                "AA_ADOPTION",
                "AA_ADOPTER")
            .get(n - 1));
  }

  /** The header Ofsted's template gives a canonical column. */
  static String ofstedHeader(Table table, Column column) {
    if (table == Table.AA_ADOPTER && column.name().equals("has_disability")) {
      return "Disability";
    }
    return switch (column.name()) {
      case "child_id" -> "Child Unique ID";
      case "sex" -> "Gender";
      case "ethnicity" -> "Ethnicity";
      case "birth_date" -> "Date of Birth";
      case "has_disability" -> "Does the Child have a Disability";
      case "allocated_team" -> "Allocated Team";
      case "allocated_worker" -> "Allocated Worker";
      default -> column.source();
    };
  }

  /** The value a default row has in a canonical column, as written into the sheet. */
  static Object defaultCell(Column column) {
    return switch (column.name()) {
      case "child_id" -> CHILD;
      case "adopter_id" -> "AD01";
      case "family_id" -> "FAM1";
      case "sex" -> "M";
      case "ethnicity" -> "WBRI";
      case "birth_date" -> BORN;
      case "contact_source", "referral_source" -> "6";
      case "primary_need", "category_of_need" -> "N1";
      case "reason_for_closure" -> "RC1";
      case "initial_category", "latest_category" -> "NEG";
      case "legal_status" -> "C2";
      case "reason_ceased" -> "E11";
      case "placement_type" -> "U1";
      case "placement_location" -> "IN";
      case "reason_reversed" -> "RD1";
      case "activity" -> "F2";
      case "accommodation_suitable" -> "Suitable";
      default -> defaultOfType(column.type());
    };
  }

  private static Object defaultOfType(ColumnType type) {
    return switch (type) {
      case DATE -> EVENT;
      case BOOLEAN -> "Yes";
      case INTEGER -> 2;
      case DECIMAL -> 1.5;
      case TEXT -> "text";
    };
  }

  /** The canonical value the reader makes of a default cell. */
  static Object defaultValue(Column column) {
    Object cell = defaultCell(column);
    if ("Yes".equals(cell) || "Suitable".equals(cell)) {
      return true;
    }
    return cell;
  }

  /** One sheet: optional title rows, a header row, data rows. */
  static final class ListSheet {
    private String name;
    private final List<String> titles = new ArrayList<>();
    private final List<String> headers = new ArrayList<>();
    private final List<Map<String, Object>> rows = new ArrayList<>();

    private ListSheet(String name) {
      this.name = name;
    }

    private ListSheet(int n) {
      this("List " + n);
      Map<String, Object> row = new LinkedHashMap<>();
      for (Column c : table(n).columns()) {
        headers.add(ofstedHeader(table(n), c));
        row.put(ofstedHeader(table(n), c), defaultCell(c));
        if (c.name().equals("birth_date")) {
          headers.add("Age of Child (Years)");
          row.put("Age of Child (Years)", 8);
        }
      }
      rows.add(row);
    }

    /** Renames the sheet. */
    ListSheet named(String newName) {
      this.name = newName;
      return this;
    }

    /** Adds a title row above the header (and above earlier titles' successors). */
    ListSheet titled(String title) {
      titles.add(title);
      return this;
    }

    /** Renames a column's header. */
    ListSheet header(String old, String renamed) {
      int i = headers.indexOf(old);
      if (i < 0) {
        throw new IllegalArgumentException("no header " + old);
      }
      headers.set(i, renamed);
      for (Map<String, Object> row : rows) {
        row.put(renamed, row.remove(old));
      }
      return this;
    }

    /** Drops a column. */
    ListSheet without(String header) {
      headers.remove(header);
      rows.forEach(r -> r.remove(header));
      return this;
    }

    /** Adds a column with a value in each row. */
    ListSheet column(String header, Object value) {
      headers.add(header);
      rows.forEach(r -> r.put(header, value));
      return this;
    }

    /** Sets a cell of the first row (null leaves it blank). */
    ListSheet set(String header, Object value) {
      rows.get(0).put(header, value);
      return this;
    }

    /** Adds rows copied from the first, each with the header's cell set to one of the values. */
    ListSheet rowsWith(String header, Object... values) {
      Map<String, Object> template = rows.get(0);
      rows.clear();
      for (Object v : values) {
        Map<String, Object> row = new LinkedHashMap<>(template);
        row.put(header, v);
        rows.add(row);
      }
      return this;
    }

    /** Adds a row with no values. */
    ListSheet blankRow() {
      rows.add(new LinkedHashMap<>());
      return this;
    }

    /** Adds a copy of the first row. */
    ListSheet copyRow() {
      rows.add(new LinkedHashMap<>(rows.get(0)));
      return this;
    }

    /** No data rows: the header only. */
    ListSheet empty() {
      rows.clear();
      return this;
    }

    private void writeTo(Worksheet ws) {
      int r = 0;
      for (String title : titles) {
        ws.value(r++, 0, title);
      }
      if (!titles.isEmpty()) {
        r++; // a blank row between the titles and the header
      }
      for (int c = 0; c < headers.size(); c++) {
        ws.value(r, c, headers.get(c));
      }
      for (Map<String, Object> row : rows) {
        r++;
        for (int c = 0; c < headers.size(); c++) {
          Object v = row.get(headers.get(c));
          if (v instanceof LocalDate d) {
            ws.value(r, c, d);
            ws.style(r, c).format("dd/mm/yyyy").set();
          } else if (v instanceof Number n) {
            ws.value(r, c, n);
          } else if (v instanceof Boolean b) {
            ws.value(r, c, b);
          } else if (v != null) {
            ws.value(r, c, v.toString());
          }
        }
      }
    }
  }

  private AnnexAWorkbook() {}
}
