package org.caseflow.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.Finding;
import org.caseflow.ingest.FindingType;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.Format;
import org.caseflow.ingest.FormatDetector;
import org.caseflow.ingest.InputException;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.ReadResult;
import org.caseflow.ingest.ReturnReader;

/**
 * Imports returns into a store: all of it or none.
 *
 * <p>Every file is read in full before anything is written, so a file that cannot be read leaves
 * the store untouched. The writing then happens in one transaction: rows, provenance (file name,
 * SHA-256, format, collection year, council, rows per table) and findings, followed by the
 * recomputation of which rows are current. A file whose SHA-256 the store already holds is skipped,
 * so importing the same file again changes nothing.
 */
public final class Importer {
  private final Store store;
  private final Function<Format, ReturnReader> readers;
  private final Clock clock;
  private final BatchStep afterWrite;

  /**
   * Work done on each batch after its rows are written and before the import commits, inside the
   * same transaction (validation: its results are kept with the batch, or nothing is).
   */
  @FunctionalInterface
  public interface BatchStep {
    /** Runs on one written batch; a failure rolls back the whole import. */
    void run(Connection connection, Dialect dialect, ImportReport.Batch batch) throws SQLException;
  }

  /**
   * @param store where to import
   * @param readers the reader for each format
   * @param clock for the provenance timestamp only
   */
  public Importer(Store store, Function<Format, ReturnReader> readers, Clock clock) {
    this(store, readers, clock, (c, d, b) -> {});
  }

  /**
   * @param store where to import
   * @param readers the reader for each format
   * @param clock for the provenance timestamp only
   * @param afterWrite run on each batch inside the import's transaction
   */
  public Importer(
      Store store, Function<Format, ReturnReader> readers, Clock clock, BatchStep afterWrite) {
    this.store = store;
    this.readers = readers;
    this.clock = clock;
    this.afterWrite = afterWrite;
  }

  /** A file read and waiting to be stored. */
  private record ReadFile(
      Path path,
      String sha256,
      long bytes,
      ReadResult result,
      BufferingSink rows,
      Findings findings,
      long millis) {
    String name() {
      return path.getFileName().toString();
    }
  }

  /**
   * A file to import: named on the command line, or found under a folder named there (a found file
   * that is not a return is skipped rather than refused).
   */
  private record Candidate(Path path, boolean found) {}

  /**
   * Files that make one return.
   *
   * @param referenceDate the day the return describes (null for a return without one): the earliest
   *     a file gives, never after the end of the collection year; for an SSDA903 return, the end of
   *     the collection year
   */
  private record Group(
      ReturnKind kind,
      String la,
      CollectionYear year,
      LocalDate referenceDate,
      List<ReadFile> files) {}

  /**
   * Imports the files, and the files found under the folders, given.
   *
   * @throws ImportException when a file cannot be read or the store refuses the write; nothing is
   *     stored
   */
  public ImportReport importPaths(List<Path> paths, ReadContext context) throws ImportException {
    return write(read(paths, context, this::batchHolding));
  }

  /**
   * Reads and bounds the files, and the files found under the folders, given, without touching the
   * store: a caller that serialises the store's use (the dashboard) can read a slow or hostile
   * upload before it takes the store, then {@link #importPrepared} it. Files already imported are
   * found, and skipped, when it is.
   *
   * @throws ImportException when a file cannot be read; nothing is stored
   */
  public Prepared prepare(List<Path> paths, ReadContext context) throws ImportException {
    return read(paths, context, sha -> null);
  }

  /**
   * Stores files {@linkplain #prepare read before}, as {@link #importPaths} would have: a file
   * already imported (by content) is skipped.
   *
   * @throws ImportException when the store refuses the write; nothing is stored
   */
  public ImportReport importPrepared(Prepared prepared) throws ImportException {
    List<ReadFile> fresh = new ArrayList<>();
    List<ImportReport.Skipped> skipped = new ArrayList<>(prepared.skipped);
    for (ReadFile f : prepared.read) {
      Long earlier = batchHolding(f.sha256());
      if (earlier != null) {
        skipped.add(
            new ImportReport.Skipped(f.name(), "already imported, unchanged, in batch " + earlier));
      } else {
        fresh.add(f);
      }
    }
    return write(new Prepared(fresh, skipped, prepared.context, prepared.started));
  }

  /** Files read and bounded, not yet stored. */
  public static final class Prepared {
    private final List<ReadFile> read;
    private final List<ImportReport.Skipped> skipped;
    private final ReadContext context;
    private final long started;

    private Prepared(
        List<ReadFile> read,
        List<ImportReport.Skipped> skipped,
        ReadContext context,
        long started) {
      this.read = List.copyOf(read);
      this.skipped = List.copyOf(skipped);
      this.context = context;
      this.started = started;
    }

    /** How many files were read. */
    public int files() {
      return read.size();
    }
  }

  /** Which batch holds a file already, by its SHA-256; null when none does. */
  private interface Held {
    Long batchOf(String sha256) throws ImportException;
  }

  /** The free space an import always asks of the store's disk, beyond its files' share. */
  public static final long MIN_FREE_BYTES = 64L * 1024 * 1024;

  /** How many times the files' size an import asks of the store's disk, beyond the minimum. */
  public static final int FREE_PER_FILE_BYTE = 4;

  /**
   * Refuses an import that the store's disk has no room for, before anything is written: at least
   * {@link #MIN_FREE_BYTES} and {@link #FREE_PER_FILE_BYTE} times the files' size must be free (the
   * rows are written to the write-ahead log, then to the file). Nothing is checked when the free
   * space cannot be told (-1: PostgreSQL, whose server reports its own full disk).
   *
   * @param usable the bytes free on the store's disk, or -1
   * @param fileBytes the size of the files to import
   */
  static void checkSpace(long usable, long fileBytes) throws ImportException {
    if (usable < 0) {
      return;
    }
    long needed = MIN_FREE_BYTES + FREE_PER_FILE_BYTE * fileBytes;
    if (usable < needed) {
      throw new ImportException(
          "the disk holding the store is full: "
              + mebibytes(usable)
              + " free, and an import of these files needs at least "
              + mebibytes(needed)
              + " (64 MB and "
              + FREE_PER_FILE_BYTE
              + " times their size); free some space and try again. Nothing was imported: the"
              + " store is unchanged.");
    }
  }

  private static String mebibytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
  }

  private ImportReport write(Prepared p) throws ImportException {
    if (!p.read.isEmpty()) {
      checkSpace(store.usableSpace(), p.read.stream().mapToLong(ReadFile::bytes).sum());
    }
    Findings findings = new Findings();
    List<Group> groups = group(p.read, p.context);
    List<ImportReport.Batch> batches = write(groups, findings);
    return new ImportReport(
        batches, p.skipped, findings, (System.nanoTime() - p.started) / 1_000_000);
  }

  private Prepared read(List<Path> paths, ReadContext context, Held held) throws ImportException {
    long t0 = System.nanoTime();
    List<ImportReport.Skipped> skipped = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    List<ReadFile> read = new ArrayList<>();
    for (Candidate candidate : expand(paths)) {
      Path file = candidate.path();
      String name = file.getFileName().toString();
      long r0 = System.nanoTime();
      Format format;
      try {
        format = FormatDetector.detect(file);
      } catch (IOException | InputException e) {
        if (candidate.found()) {
          skipped.add(
              new ImportReport.Skipped(
                  name,
                  e instanceof InputException ie && ie.problem().startsWith("an Excel workbook")
                      ? "not a return caseflow reads: " + ie.problem()
                      : "not a return caseflow reads"));
          continue;
        }
        if (e instanceof InputException ie) {
          throw new ImportException(
              ie.getMessage() + ". Nothing was imported: the store is unchanged.", ie);
        }
        throw new ImportException(
            name + ": cannot be read (" + reason(e) + "). Nothing was imported.", e);
      }
      String sha;
      long bytes;
      try {
        sha = sha256(file);
        bytes = Files.size(file);
      } catch (IOException e) {
        throw new ImportException(
            name + ": cannot be read (" + e.getClass().getSimpleName() + ")", e);
      }
      if (!seen.add(sha)) {
        skipped.add(new ImportReport.Skipped(name, "the same file is named twice"));
        continue;
      }
      Long earlier = held.batchOf(sha);
      if (earlier != null) {
        skipped.add(
            new ImportReport.Skipped(name, "already imported, unchanged, in batch " + earlier));
        continue;
      }
      try {
        BufferingSink sink = new BufferingSink();
        Findings fileFindings = new Findings();
        ReadResult result = readers.apply(format).read(file, context, sink, fileFindings);
        read.add(
            new ReadFile(
                file,
                sha,
                bytes,
                result,
                sink,
                fileFindings,
                (System.nanoTime() - r0) / 1_000_000));
      } catch (InputException e) {
        throw new ImportException(
            e.getMessage() + ". Nothing was imported: the store is unchanged.", e);
      } catch (IOException e) {
        throw new ImportException(
            name + ": cannot be read (" + reason(e) + "). Nothing was imported.", e);
      } catch (RuntimeException e) {
        // A fault in caseflow itself, not in the file: say so, without the file's content.
        throw new ImportException(
            name
                + ": caseflow failed while reading it ("
                + e.getClass().getSimpleName()
                + "); please report this. Nothing was imported.",
            e);
      }
    }
    return new Prepared(read, skipped, context, t0);
  }

  private static List<Candidate> expand(List<Path> paths) throws ImportException {
    List<Candidate> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        // A folder that is, or holds, a link to a folder is followed (a loop of links is refused).
        try (Stream<Path> walk =
            Files.walk(p, Integer.MAX_VALUE, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(f -> out.add(new Candidate(f, true)));
        } catch (java.io.UncheckedIOException e) {
          throw new ImportException(
              p + ": cannot list the folder (" + reason(e.getCause()) + "). Nothing was imported.",
              e);
        } catch (IOException e) {
          throw new ImportException(
              p + ": cannot list the folder (" + reason(e) + "). Nothing was imported.", e);
        }
      } else if (Files.isRegularFile(p)) {
        out.add(new Candidate(p, false));
      } else {
        throw new ImportException(p + ": no such file or folder. Nothing was imported.");
      }
    }
    return out;
  }

  private Long batchHolding(String sha) throws ImportException {
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement("SELECT min(batch_id) FROM import_file WHERE sha256 = ?")) {
      ps.setString(1, sha);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        long b = rs.getLong(1);
        return rs.wasNull() ? null : b;
      }
    } catch (SQLException e) {
      throw new ImportException("the store could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * One return per CIN census or Annex A file or SSDA903 XML file or Ofsted provider list; the
   * SSDA903 CSV tables in one folder make one return.
   */
  private static List<Group> group(List<ReadFile> read, ReadContext context)
      throws ImportException {
    Map<String, List<ReadFile>> byKey = new LinkedHashMap<>();
    for (ReadFile f : read) {
      String key =
          f.result().format() == Format.SSDA903_CSV
              ? "903csv:" + f.path().toAbsolutePath().getParent()
              : "file:" + f.path().toAbsolutePath();
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    String council = council(read, context);
    List<Group> groups = new ArrayList<>();
    for (List<ReadFile> files : byKey.values()) {
      ReadFile first = files.get(0);
      ReturnKind kind = first.result().format().kind();
      String names = files.stream().map(ReadFile::name).collect(Collectors.joining(", "));
      if (council == null && kind == ReturnKind.OFSTED_PROVIDERS) {
        throw new ImportException(
            names
                + ": an Ofsted provider list is national and names no council; it is kept with"
                + " the council that imports it: give its 3-digit DfE code with --la (e.g."
                + " --la 808). Nothing was imported.");
      }
      if (council == null) {
        throw new ImportException(
            names
                + ": "
                + kind.label()
                + " files do not name their council, nor does any other file of the import; give"
                + " its 3-digit DfE code with --la (e.g. --la 808). Nothing was imported.");
      }
      String la = council;
      if (!la.matches("\\d{3}")) {
        throw new ImportException(
            names + ": council code '" + la + "' is not a 3-digit DfE code. Nothing was imported.");
      }
      CollectionYear year = context.year();
      for (ReadFile f : files) {
        if (f.result().year() != null) {
          if (year != null && !year.equals(f.result().year())) {
            throw new ImportException(
                f.name()
                    + ": the file is for "
                    + f.result().year()
                    + " but "
                    + year
                    + " was expected. Nothing was imported.");
          }
          year = f.result().year();
        }
      }
      if (year == null) {
        LocalDate latest =
            files.stream()
                .map(f -> f.result().latestDate())
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(null);
        if (latest == null) {
          throw new ImportException(
              names
                  + ": the collection year cannot be told from these files; give it with --year"
                  + " (e.g. --year 2024-25). Nothing was imported.");
        }
        year = CollectionYear.containing(latest);
      }
      groups.add(new Group(kind, la, year, referenceDate(kind, year, files), files));
    }
    return groups;
  }

  /**
   * The council of the whole import: the one given, or else the one the files that name a council
   * name (a CIN census names it in its header), so that files which do not (SSDA903 tables, an
   * Ofsted provider list) are filed under it; null when nothing names one.
   *
   * @throws ImportException when the files, or the files and the one given, name different councils
   */
  private static String council(List<ReadFile> read, ReadContext context) throws ImportException {
    Map<String, List<String>> named = new java.util.TreeMap<>();
    if (context.la() != null) {
      named.computeIfAbsent(context.la(), k -> new ArrayList<>()).add("--la");
    }
    for (ReadFile f : read) {
      String la = f.result().la();
      if (la != null) {
        named.computeIfAbsent(la, k -> new ArrayList<>()).add(f.name());
      }
    }
    if (named.size() > 1) {
      throw new ImportException(
          "the files name different councils: "
              + named.entrySet().stream()
                  .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                  .collect(Collectors.joining(", "))
              + "; an import is for one council: import each council's files on their own."
              + " Nothing was imported.");
    }
    return named.isEmpty() ? null : named.keySet().iterator().next();
  }

  /**
   * The day a return describes: the earliest reference date its files give, or the end of the
   * collection year for a statutory return whose files give none (SSDA903), and never after the end
   * of the collection year; null for the other returns.
   */
  private static LocalDate referenceDate(
      ReturnKind kind, CollectionYear year, List<ReadFile> files) {
    LocalDate given =
        files.stream()
            .map(f -> f.result().referenceDate())
            .filter(Objects::nonNull)
            .min(LocalDate::compareTo)
            .orElse(null);
    if (given == null) {
      return kind == ReturnKind.CIN_CENSUS || kind == ReturnKind.SSDA903 ? year.end() : null;
    }
    return given.isAfter(year.end()) ? year.end() : given;
  }

  private List<ImportReport.Batch> write(List<Group> groups, Findings findings)
      throws ImportException {
    if (groups.isEmpty()) {
      return List.of();
    }
    Connection c = store.connection();
    List<ImportReport.Batch> out = new ArrayList<>();
    try {
      c.setAutoCommit(false);
      long batchId = nextBatchId(c);
      Map<String, Set<Table>> touched = new LinkedHashMap<>();
      for (Group g : groups) {
        out.add(writeGroup(c, g, batchId, findings));
        touched
            .computeIfAbsent(g.la(), k -> new TreeSet<>())
            .addAll(out.get(out.size() - 1).rows().keySet());
        batchId++;
      }
      for (Map.Entry<String, Set<Table>> e : touched.entrySet()) {
        // CIN_EPISODE first: the tables that follow an episode read its new state.
        for (Table t : e.getValue()) {
          if (t == Table.CIN_EPISODE) {
            Supersession.recompute(c, t, e.getKey());
          }
        }
        for (Table t : e.getValue()) {
          if (t != Table.CIN_EPISODE) {
            Supersession.recompute(c, t, e.getKey());
          }
        }
      }
      for (ImportReport.Batch b : out) {
        afterWrite.run(c, store.dialect(), b);
      }
      c.commit();
      return out;
    } catch (SQLException | RuntimeException e) {
      try {
        c.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      StoreFault fault = StoreFault.of(e);
      if (fault != null) {
        throw new ImportException(
            fault.advice() + ". Nothing was imported: the store is unchanged.", e);
      }
      throw new ImportException(
          "the store refused the import ("
              + reason(e)
              + "). Nothing was imported: the store is unchanged.",
          e);
    } finally {
      try {
        c.setAutoCommit(true);
      } catch (SQLException ignored) {
        // the connection is unusable anyway; the caller closes it
      }
    }
  }

  /**
   * Why a file or the store failed, without the underlying message: a database's or a parser's
   * message may quote a value (a child's identifier, a date of birth). A file-system failure says
   * which file and why, which is safe.
   */
  static String reason(Exception e) {
    if (e instanceof java.nio.file.FileSystemException fs) {
      return e.getClass().getSimpleName() + (fs.getReason() == null ? "" : ": " + fs.getReason());
    }
    if (e instanceof SQLException sql && sql.getSQLState() != null) {
      return e.getClass().getSimpleName() + ", SQL state " + sql.getSQLState();
    }
    return e.getClass().getSimpleName();
  }

  private static long nextBatchId(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("SELECT coalesce(max(batch_id), 0) + 1 FROM import_batch");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private ImportReport.Batch writeGroup(Connection c, Group g, long batchId, Findings findings)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO import_batch (batch_id, la, return_kind, collection_year, period_start,"
                + " period_end, imported_at, reference_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, batchId);
      ps.setString(2, g.la());
      ps.setString(3, g.kind().name());
      ps.setInt(4, g.year().endYear());
      ps.setDate(5, Date.valueOf(g.year().start()));
      ps.setDate(6, Date.valueOf(g.year().end()));
      ps.setTimestamp(7, Timestamp.valueOf(LocalDateTime.now(clock)));
      ps.setDate(8, g.referenceDate() == null ? null : Date.valueOf(g.referenceDate()));
      ps.executeUpdate();
    }
    Map<Table, Integer> rows = new EnumMap<>(Table.class);
    Map<Table, String> fileOf = new EnumMap<>(Table.class);
    Findings notCounted = new Findings();
    int late = 0;
    for (ReadFile f : g.files()) {
      Map<Table, Integer> fileRows = new EnumMap<>(Table.class);
      for (Table t : f.result().tables()) {
        List<Object[]> r = f.rows().rows(t);
        if (t == Table.CLA_EPISODE) {
          PlacementGeography.derive(r, g.la(), f.name(), rows.getOrDefault(t, 0), f.findings());
        }
        RowWriter.write(
            c, store.dialect(), t, g.la(), batchId, g.year().endYear(), r, rows.getOrDefault(t, 0));
        late +=
            LateEvents.record(
                t, r, rows.getOrDefault(t, 0), g.referenceDate(), f.name(), notCounted);
        rows.merge(t, r.size(), Integer::sum);
        fileRows.put(t, r.size());
        fileOf.put(t, f.name());
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO import_file (batch_id, file_name, sha256, format, bytes, table_rows,"
                  + " read_millis) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        ps.setLong(1, batchId);
        ps.setString(2, f.name());
        ps.setString(3, f.sha256());
        ps.setString(4, f.result().format().name());
        ps.setLong(5, f.bytes());
        ps.setString(
            6,
            fileRows.entrySet().stream()
                .map(e -> e.getKey().sqlName() + "=" + e.getValue())
                .collect(Collectors.joining(" ")));
        ps.setLong(7, f.millis());
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO import_table (batch_id, table_name, row_count) VALUES (?, ?, ?)")) {
      for (Map.Entry<Table, Integer> e : rows.entrySet()) {
        ps.setLong(1, batchId);
        ps.setString(2, e.getKey().sqlName());
        ps.setInt(3, e.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    Findings batchFindings = new Findings();
    if (g.kind() == ReturnKind.SSDA903 && rows.containsKey(Table.CHILD)) {
      childrenNotInHeader(c, batchId, rows.keySet(), fileOf, batchFindings);
    }
    for (ReadFile f : g.files()) {
      batchFindings.addAll(f.findings());
    }
    batchFindings.addAll(notCounted);
    storeFindings(c, batchId, batchFindings);
    findings.addAll(batchFindings);
    return new ImportReport.Batch(
        batchId,
        g.la(),
        g.kind(),
        g.year(),
        g.files().stream().map(ReadFile::name).toList(),
        rows,
        g.referenceDate(),
        late);
  }

  /** SSDA903 tables that name a child the Header does not hold. */
  private static void childrenNotInHeader(
      Connection c, long batchId, Set<Table> tables, Map<Table, String> fileOf, Findings out)
      throws SQLException {
    for (Table t : tables) {
      if (t == Table.CHILD || t.kind() != ReturnKind.SSDA903) {
        continue;
      }
      String sql =
          "SELECT count(*) FROM "
              + t.sqlName()
              + " x WHERE x.batch_id = ? AND NOT EXISTS (SELECT 1 FROM child h WHERE h.batch_id ="
              + " x.batch_id AND h.child_id = x.child_id)";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setLong(1, batchId);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          int n = rs.getInt(1);
          if (n > 0) {
            out.add(
                new Finding(
                    FindingType.CHILD_NOT_IN_HEADER,
                    fileOf.getOrDefault(t, t.sqlName()),
                    n + (n == 1 ? " row" : " rows"),
                    "CHILD",
                    null,
                    "the child is not in the Header table of the same return"));
          }
        }
      }
    }
  }

  private static void storeFindings(Connection c, long batchId, Findings batchFindings)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO import_finding (batch_id, code, severity, file_name, location, field,"
                + " value, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Finding f : batchFindings.kept()) {
        ps.setLong(1, batchId);
        ps.setString(2, f.type().code());
        ps.setString(3, f.type().severity().name());
        ps.setString(4, f.file());
        ps.setString(5, f.location());
        ps.setString(6, f.field());
        ps.setString(7, f.value());
        ps.setString(8, f.detail());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO import_finding_count (batch_id, code, finding_count) VALUES (?, ?, ?)")) {
      for (Map.Entry<FindingType, Integer> e : batchFindings.counts().entrySet()) {
        ps.setLong(1, batchId);
        ps.setString(2, e.getKey().code());
        ps.setInt(3, e.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static String sha256(Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
