package org.caseflow.web.imports;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.caseflow.compare.Formats;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.caseflow.store.ImportException;
import org.caseflow.store.ImportReport;
import org.caseflow.store.Importer;
import org.caseflow.store.Store;
import org.caseflow.store.StoreFault;
import org.caseflow.validate.Validator;
import org.caseflow.web.Area;
import org.caseflow.web.Frame;
import org.caseflow.web.Halt;
import org.caseflow.web.Routes;
import org.caseflow.web.UploadLimit;
import org.caseflow.web.Views;
import org.caseflow.web.Web;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Uploading returns (all or nothing), and the provenance of what the store holds. */
public final class ImportPage {
  private static final Logger LOG = LoggerFactory.getLogger(ImportPage.class);

  /**
   * A batch in the store.
   *
   * @param batch its id
   * @param kind the return
   * @param year the collection year
   * @param imported when it was imported
   * @param files its files' names
   * @param bytes their size
   */
  record Batch(
      String batch, String kind, String year, String imported, String files, String bytes) {}

  /** A finding code's count in a batch. */
  record Finding(String batch, String code, String count) {}

  /**
   * The page.
   *
   * @param frame the frame
   * @param batches the batches, newest first
   * @param findings the findings per batch
   * @param report what the upload imported, or null
   * @param error why the upload imported nothing, or null
   */
  record Page(
      Frame frame, List<Batch> batches, List<Finding> findings, ImportReport report, String error) {
    String rows() {
      return Formats.count((double) report.totalRows());
    }
  }

  /** The longest file name an upload may give (most file systems' limit). */
  static final int MAX_NAME_CHARS = 255;

  private final Web web;
  private final long maxUploadBytes;

  private ImportPage(Web web, long maxUploadBytes) {
    this.web = web;
    this.maxUploadBytes = maxUploadBytes;
  }

  /**
   * Adds the imports' routes.
   *
   * @param maxUploadBytes the largest upload (all its files) accepted; a larger one is answered 413
   */
  public static void routes(Routes r, Web web, long maxUploadBytes) {
    ImportPage p = new ImportPage(web, maxUploadBytes);
    r.get(Area.IMPORTS, "/imports", ctx -> p.show(ctx, null, null));
    r.post(Area.IMPORTS, "/imports", p::upload);
  }

  private void show(Context ctx, ImportReport report, String error) throws SQLException {
    List<Batch> batches = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    web.db()
        .with(
            st -> {
              provenance(st, batches, findings);
              return null;
            });
    Views.page(
        ctx,
        "imports/page.jte",
        new Page(Web.frame(ctx, "Imports"), batches, findings, report, error));
  }

  private void provenance(Store st, List<Batch> batches, List<Finding> findings)
      throws SQLException {
    try (PreparedStatement ps =
        st.connection()
            .prepareStatement(
                "SELECT b.batch_id, b.return_kind, b.collection_year, b.imported_at,"
                    + " string_agg(f.file_name, ', '), sum(f.bytes)"
                    + " FROM import_batch b LEFT JOIN import_file f ON f.batch_id = b.batch_id"
                    + " WHERE b.la = ?"
                    + " GROUP BY b.batch_id, b.return_kind, b.collection_year, b.imported_at"
                    + " ORDER BY b.batch_id DESC")) {
      ps.setString(1, web.la());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          batches.add(
              new Batch(
                  rs.getString(1),
                  rs.getString(2),
                  new CollectionYear(rs.getInt(3)).label(),
                  String.valueOf(rs.getTimestamp(4).toLocalDateTime()).replace('T', ' '),
                  Optional.ofNullable(rs.getString(5)).orElse(""),
                  Formats.count(rs.getDouble(6))));
        }
      }
    }
    try (PreparedStatement ps =
        st.connection()
            .prepareStatement(
                "SELECT c.batch_id, c.code, c.finding_count FROM import_finding_count c"
                    + " JOIN import_batch b ON b.batch_id = c.batch_id WHERE b.la = ?"
                    + " ORDER BY c.batch_id DESC, c.finding_count DESC, c.code")) {
      ps.setString(1, web.la());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          findings.add(new Finding(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
      }
    }
  }

  private void upload(Context ctx) throws Exception {
    // Refused before the body is read when its length is declared; else as Jetty reads it.
    UploadLimit limit = new UploadLimit(maxUploadBytes);
    if (limit.over(ctx.req().getContentLengthLong())) {
      throw limit.refusal();
    }
    List<UploadedFile> files;
    try {
      files = ctx.uploadedFiles("files");
    } catch (RuntimeException e) {
      if (UploadLimit.refusedBySize(e)) {
        throw limit.refusal();
      }
      LOG.warn("an upload could not be read as a form: {}", e.getClass().getName());
      throw UploadLimit.unreadable();
    }
    if (files.isEmpty()) {
      throw Halt.status(400, "Choose one or more files to upload.");
    }
    long total = 0;
    for (UploadedFile f : files) {
      checkName(f.filename());
      total += f.size();
    }
    if (limit.over(total)) {
      throw limit.refusal();
    }
    String yearText = Optional.ofNullable(ctx.formParam("year")).orElse("").strip();
    CollectionYear year = null;
    if (!yearText.isEmpty()) {
      try {
        year =
            ReportingPeriod.parse(yearText).kind() == ReportingPeriod.Kind.FINANCIAL_YEAR
                ? CollectionYear.containing(ReportingPeriod.parse(yearText).end())
                : null;
      } catch (IllegalArgumentException e) {
        year = null;
      }
      if (year == null) {
        throw Halt.status(400, "The collection year must be written like 2024-25.");
      }
    }
    Path dir = Files.createTempDirectory("caseflow-upload");
    try {
      List<Path> paths = copy(files, dir);
      ReadContext context = new ReadContext(web.la(), year);
      Importer.BatchStep validate = Validator.bundled().asImportStep();
      // Read and bound the files first, holding nothing of the store: a slow or hostile file
      // keeps no one waiting. Only the write below takes the store's import connection.
      Importer.Prepared prepared;
      try {
        prepared =
            new Importer(null, Readers::forFormat, web.clock(), validate).prepare(paths, context);
      } catch (ImportException e) {
        ctx.status(422);
        show(ctx, null, e.getMessage());
        return;
      }
      ImportReport report;
      try {
        report =
            web.db()
                .importing(
                    st -> {
                      try {
                        return new Importer(st, Readers::forFormat, web.clock(), validate)
                            .importPrepared(prepared);
                      } catch (ImportException e) {
                        throw new SQLException(e.getMessage(), "IMPORT", e);
                      }
                    });
      } catch (SQLException e) {
        if (e.getCause() instanceof ImportException ie) {
          ctx.status(422);
          show(ctx, null, ie.getMessage());
          return;
        }
        throw e;
      }
      LOG.info(
          "import through the dashboard: {} batches, {} rows",
          report.batches().size(),
          report.totalRows());
      web.invalidate();
      show(ctx, report, null);
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The uploaded files, written to a folder under safe names of their own. */
  private static List<Path> copy(List<UploadedFile> files, Path dir) throws IOException {
    List<Path> paths = new ArrayList<>();
    for (UploadedFile f : files) {
      String name = Optional.ofNullable(f.filename()).orElse("").replace('\\', '/');
      name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
      if (name.isEmpty() || name.startsWith(".")) {
        name = "upload" + paths.size();
      }
      Path p = dir.resolve(name);
      if (Files.exists(p)) {
        // Two files of the same name (from two folders): both kept.
        p = dir.resolve(paths.size() + "-" + name);
      }
      try (InputStream in = f.content()) {
        Files.copy(in, p);
      } catch (IOException e) {
        if (StoreFault.of(e) == StoreFault.DISK_FULL) {
          throw Halt.status(
              507,
              "The disk holding the server's temporary files is full, so the upload could not be"
                  + " kept; free some space and try again. Nothing was imported.");
        }
        throw e;
      }
      paths.add(p);
    }
    return paths;
  }

  /**
   * Refuses a file name a file system cannot hold or a log could be misled by: one with a NUL or
   * another control character, or longer than {@link #MAX_NAME_CHARS}. The name is not repeated.
   */
  static void checkName(String name) {
    if (name == null) {
      return;
    }
    if (name.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f || (ch >= 0x80 && ch < 0xa0))) {
      throw Halt.status(
          400,
          "A file's name holds a control character (such as NUL), which caseflow does not"
              + " accept; rename the file and upload it again. Nothing was imported.");
    }
    if (name.length() > MAX_NAME_CHARS) {
      throw Halt.status(
          400,
          "A file's name is longer than "
              + MAX_NAME_CHARS
              + " characters; rename the file and upload it again. Nothing was imported.");
    }
  }
}
