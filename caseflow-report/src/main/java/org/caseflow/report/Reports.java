package org.caseflow.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.caseflow.store.Store;

/** Builds the committee report once and writes it in the formats asked for. */
public final class Reports {
  private Reports() {}

  /** The report's content for a council and period, from the store. */
  public static Document build(Store store, ReportSpec spec) throws SQLException {
    return new ReportBuilder(store, spec).build();
  }

  /**
   * The file name, without extension, of a report: {@code report-808-2025-26-Q4[-public]}, and
   * {@code -public-cabinet} or {@code -public-scrutiny} for the concise versions.
   */
  public static String baseName(ReportSpec spec) {
    return "report-"
        + spec.la()
        + "-"
        + spec.period().label().replaceAll("[^A-Za-z0-9-]", "")
        + (spec.publicVersion() ? "-public" : "")
        + (spec.audience().concise()
            ? "-" + spec.audience().name().toLowerCase(java.util.Locale.ROOT)
            : "");
  }

  /**
   * Writes the report in each format into the folder, the formats side by side (the PDF and the
   * Word charts are most of the work), returning the files written in the order HTML, PDF, Word.
   */
  public static List<Path> write(Document doc, Set<Format> formats, Path dir, String baseName)
      throws IOException {
    org.caseflow.store.OwnerOnly.createDirectories(dir);
    List<Format> chosen = new ArrayList<>();
    for (Format f : Format.values()) {
      if (formats.contains(f)) {
        chosen.add(f);
      }
    }
    if (chosen.size() == 1) {
      return List.of(writeOne(doc, chosen.get(0), dir, baseName));
    }
    ExecutorService pool = Executors.newFixedThreadPool(chosen.size());
    try {
      List<Future<Path>> work = new ArrayList<>();
      for (Format f : chosen) {
        work.add(pool.submit(() -> writeOne(doc, f, dir, baseName)));
      }
      List<Path> written = new ArrayList<>();
      for (Future<Path> w : work) {
        try {
          written.add(w.get());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while writing the report", e);
        } catch (ExecutionException e) {
          if (e.getCause() instanceof IOException io) {
            throw io;
          }
          throw new IllegalStateException("writing the report failed", e.getCause());
        }
      }
      return written;
    } finally {
      pool.shutdown();
    }
  }

  private static Path writeOne(Document doc, Format f, Path dir, String baseName)
      throws IOException {
    Path file = dir.resolve(baseName + "." + f.extension());
    try (OutputStream out = org.caseflow.store.OwnerOnly.newOutputStream(file)) {
      write(doc, f, out);
    }
    return file;
  }

  /** Writes the report in one format to a stream (a download, say); the stream is left open. */
  public static void write(Document doc, Format f, OutputStream out) throws IOException {
    switch (f) {
      case HTML -> out.write(Html.render(doc, false).getBytes(StandardCharsets.UTF_8));
      case PDF -> Pdf.render(Html.render(doc, true), out);
      case DOCX -> Docx.render(doc, out);
    }
  }

  /** The report's HTML text. */
  public static String html(Document doc) {
    return Html.render(doc, false);
  }
}
