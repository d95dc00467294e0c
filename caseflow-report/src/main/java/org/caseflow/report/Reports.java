package org.caseflow.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caseflow.store.Store;

/** Builds the committee report once and writes it in the formats asked for. */
public final class Reports {
  private Reports() {}

  /** The report's content for a council and period, from the store. */
  public static Document build(Store store, ReportSpec spec) throws SQLException {
    return new ReportBuilder(store, spec).build();
  }

  /** The file name, without extension, of a report: {@code report-808-2025-26-Q4[-public]}. */
  public static String baseName(ReportSpec spec) {
    return "report-"
        + spec.la()
        + "-"
        + spec.period().label().replaceAll("[^A-Za-z0-9-]", "")
        + (spec.publicVersion() ? "-public" : "");
  }

  /** Writes the report in each format into the folder, returning the files written. */
  public static List<Path> write(Document doc, Set<Format> formats, Path dir, String baseName)
      throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (Format f : Format.values()) {
      if (!formats.contains(f)) {
        continue;
      }
      Path file = dir.resolve(baseName + "." + f.extension());
      try (OutputStream out = Files.newOutputStream(file)) {
        switch (f) {
          case HTML -> out.write(Html.render(doc, false).getBytes(StandardCharsets.UTF_8));
          case PDF -> Pdf.render(Html.render(doc, true), out);
          case DOCX -> Docx.render(doc, out);
        }
      }
      written.add(file);
    }
    return written;
  }

  /** The report's HTML text. */
  public static String html(Document doc) {
    return Html.render(doc, false);
  }
}
