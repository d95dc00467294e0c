package org.caseflow.ingest.provider;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Builds small provider-list workbooks for tests: sheets of rows, each cell a string, a number, a
 * date (written as an Excel date cell) or null (left empty).
 */
public final class ProviderWorkbook {
  private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
  private List<List<Object>> current;

  /** A new workbook. */
  public static ProviderWorkbook workbook() {
    return new ProviderWorkbook();
  }

  /** Starts a sheet; the rows that follow go into it. */
  public ProviderWorkbook sheet(String name) {
    current = new ArrayList<>();
    sheets.put(name, current);
    return this;
  }

  /** Adds a row to the current sheet. */
  public ProviderWorkbook row(Object... cells) {
    current.add(java.util.Arrays.asList(cells));
    return this;
  }

  /** Writes the workbook into the folder. */
  public Path write(Path dir, String fileName) throws IOException {
    Path file = dir.resolve(fileName);
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "caseflow-test", "1.0");
      for (Map.Entry<String, List<List<Object>>> s : sheets.entrySet()) {
        Worksheet ws = wb.newWorksheet(s.getKey());
        int r = 0;
        for (List<Object> row : s.getValue()) {
          for (int c = 0; c < row.size(); c++) {
            Object v = row.get(c);
            if (v instanceof LocalDate d) {
              ws.value(r, c, d);
              ws.style(r, c).format("dd/mm/yyyy").set();
            } else if (v instanceof Number n) {
              ws.value(r, c, n);
            } else if (v != null) {
              ws.value(r, c, v.toString());
            }
          }
          r++;
        }
      }
      wb.finish();
    }
    return file;
  }

  /** Ofsted's children's homes list (the separate layout), as at 31 March 2025, two homes. */
  public static ProviderWorkbook childrensHomes() {
    return workbook()
        .sheet("Children's homes")
        .row("Children's homes as at 31 March 2025")
        .row()
        .row(
            "URN",
            "Provider type",
            "Places",
            "Registration date",
            "Provider status",
            "Local authority",
            "Postcode",
            "Ownership")
        .row(
            "SC000001",
            "Children's home",
            4,
            LocalDate.of(2015, 1, 5),
            "Active",
            "Leeds",
            "ls1 4ab",
            "Private")
        .row(
            "SC000002",
            "Children's home",
            2,
            "12/03/2019",
            "Active",
            "Bristol, City of",
            "BS1  5TR",
            "Local Authority");
  }

  /** Ofsted's list of other social care providers (the separate layout), as at 31 March 2025. */
  public static ProviderWorkbook socialCareProviders() {
    return workbook()
        .sheet("Social care providers")
        .row("Social care providers (excluding children's homes) as at 31 March 2025")
        .row(
            "URN",
            "Provider type",
            "Registration date",
            "Date closed",
            "Local authority",
            "Postcode",
            "Ownership")
        .row(
            "SC100001",
            "Independent fostering agency",
            LocalDate.of(2010, 4, 1),
            null,
            "Kent",
            "ME14 1XX",
            "Private")
        .row(
            "SC100002",
            "Voluntary adoption agency",
            LocalDate.of(2008, 9, 1),
            LocalDate.of(2024, 12, 31),
            "Camden",
            "NW1 2AA",
            "Voluntary")
        .row(
            1234567,
            "Supported accommodation",
            LocalDate.of(2024, 4, 28),
            null,
            "Birmingham",
            "B1 1AA",
            "Private")
        .row(
            "SC100004",
            "Secure children's home",
            LocalDate.of(2001, 1, 1),
            null,
            "St Helens",
            "WA10 1AA",
            "Local Authority")
        .row(
            "SC100005",
            "Residential special school",
            LocalDate.of(1999, 9, 1),
            null,
            "Herefordshire, County of",
            "HR1 1AA",
            "Voluntary");
  }

  /**
   * The combined layout of Ofsted's management information (2023 to 2026): a cover sheet with the
   * title and date, and the providers on a sheet of their own.
   */
  public static ProviderWorkbook combined() {
    return workbook()
        .sheet("Cover")
        .row("Management information: children's social care providers and places")
        .row("Data as at 31 August 2025")
        .row("Published 30 September 2025")
        .sheet("Providers")
        .row(
            "Provider type",
            "Provider subtype",
            "URN",
            "Provider name",
            "Sector",
            "Registration status",
            "Registration date",
            "Places",
            "Local authority",
            "Region",
            "Organisation which owns the provider",
            "Postcode")
        .row(
            "Children's home",
            "Short break only",
            "2000001",
            "Oak House",
            "Local authority",
            "Active",
            LocalDate.of(2023, 11, 20),
            3,
            "County Durham",
            "North East",
            "Durham County Council",
            "DH1 5ZZ")
        .row(
            "Independent fostering agency",
            null,
            "SC200002",
            "Example Fostering",
            "Private",
            "Active",
            LocalDate.of(2012, 2, 1),
            null,
            "Manchester",
            "North West",
            "Example Care Ltd",
            "M1 1AA");
  }
}
