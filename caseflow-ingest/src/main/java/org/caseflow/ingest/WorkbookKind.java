package org.caseflow.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.caseflow.ingest.annexa.AnnexAHeaders;
import org.caseflow.ingest.provider.ProviderHeader;
import org.caseflow.ingest.provider.ProviderListReader;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Tells an Annex A workbook from an Ofsted provider list by the header rows of its sheets: each
 * sheet's first row (of its first 30) that is a header of either counts for the one that reads more
 * of its cells as columns (Annex A on a tie).
 */
final class WorkbookKind {
  private WorkbookKind() {}

  /**
   * The workbook's format. A workbook that cannot be opened is left to the Annex A reader, whose
   * message says why.
   *
   * @throws InputException when the workbook is neither, or both
   */
  static Format of(Path file) throws IOException, InputException {
    String name = file.getFileName().toString();
    List<String> annexA = new ArrayList<>();
    List<String> providers = new ArrayList<>();
    try {
      Limits.checkWorkbook(file);
    } catch (InputException e) {
      return Format.ANNEX_A_XLSX; // its reader checks again and says which limit was passed
    }
    try (InputStream in = Files.newInputStream(file);
        ReadableWorkbook workbook = new ReadableWorkbook(in)) {
      for (Sheet sheet : workbook.getSheets().toList()) {
        try (Stream<Row> rows = sheet.openStream()) {
          for (Row row : (Iterable<Row>) rows.limit(AnnexAHeaders.SEARCHED_ROWS)::iterator) {
            List<String> cells = texts(row);
            int a = AnnexAHeaders.columnsRecognised(cells);
            ProviderHeader p = ProviderHeader.recognise(cells);
            int b = p == null ? 0 : p.columns().size();
            if (a > 0 || b > 0) {
              (b > a ? providers : annexA).add(sheet.getName());
              break;
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return Format.ANNEX_A_XLSX;
    }
    if (!annexA.isEmpty() && !providers.isEmpty()) {
      throw new InputException(
          name,
          "the workbook",
          "-",
          "the workbook holds both Annex A lists (sheets "
              + annexA
              + ") and an Ofsted provider list (sheets "
              + providers
              + ")",
          "an Annex A workbook or an Ofsted provider list, each in its own file");
    }
    if (!providers.isEmpty()) {
      return Format.OFSTED_PROVIDERS_XLSX;
    }
    if (!annexA.isEmpty()) {
      return Format.ANNEX_A_XLSX;
    }
    throw new InputException(
        name,
        "the workbook",
        "-",
        "an Excel workbook that is neither an Annex A workbook nor an Ofsted provider list (no"
            + " sheet has the header row of either in its first "
            + ProviderListReader.SEARCHED_ROWS
            + " rows)",
        "an Annex A workbook (lists 1 to 11, with Ofsted's headings) or an Ofsted list of"
            + " children's homes or social care providers (with a URN column)");
  }

  private static List<String> texts(Row row) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < row.getCellCount(); i++) {
      out.add(org.caseflow.ingest.annexa.CellValue.of(row.getCell(i)).text());
    }
    return out;
  }
}
