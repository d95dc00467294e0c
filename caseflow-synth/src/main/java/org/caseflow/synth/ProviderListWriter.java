package org.caseflow.synth;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.caseflow.domain.schema.Table;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the synthetic council's providers as an Ofsted provider list: the combined layout of
 * Ofsted's management information on children's social care providers and places, one sheet, its
 * title ("... as at 31 March YYYY") above the headings.
 */
final class ProviderListWriter {
  static final List<String> HEADINGS =
      List.of(
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
          "Postcode");

  private ProviderListWriter() {}

  /** The file's name for the list as at 31 March of the collection year ending in {@code year}. */
  static String fileName(int year) {
    return "ofsted_providers_" + year + ".xlsx";
  }

  static Counts write(List<Providers.Provider> providers, LocalDate asAt, Path file)
      throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream raw = Files.newOutputStream(tmp)) {
      Workbook wb = new Workbook(raw, "caseflow-synth", "1.0");
      Worksheet ws = wb.newWorksheet("Providers");
      ws.value(
          0,
          0,
          "Children's social care providers and places as at "
              + asAt.getDayOfMonth()
              + " "
              + asAt.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
              + " "
              + asAt.getYear());
      ws.value(1, 0, "Synthetic: made by caseflow synth, not Ofsted's data");
      int row = 3;
      for (int c = 0; c < HEADINGS.size(); c++) {
        ws.value(row, c, HEADINGS.get(c));
      }
      for (Providers.Provider p : providers) {
        row++;
        ws.value(row, 0, p.type());
        ws.value(row, 2, p.urn());
        ws.value(row, 3, p.name());
        ws.value(row, 4, p.sector());
        ws.value(row, 5, "Active");
        ws.value(row, 6, Years.uk(p.registered()));
        if (p.places() != null) {
          ws.value(row, 7, p.places());
        }
        ws.value(row, 8, Providers.councilName(p.la()));
        String region = Providers.region(p.la());
        if (region != null) {
          ws.value(row, 9, region);
        }
        ws.value(
            row,
            10,
            p.sector().equals("Local authority")
                ? Providers.councilName(p.la()) + " Council"
                : p.name() + " Ltd");
        ws.value(row, 11, p.postcode());
      }
      wb.finish();
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      AnnexAWriter.normalise(tmp, asAt, out);
    } finally {
      Files.delete(tmp);
    }
    Counts c = new Counts();
    c.add(Table.OFSTED_PROVIDER, providers.size());
    return c;
  }
}
