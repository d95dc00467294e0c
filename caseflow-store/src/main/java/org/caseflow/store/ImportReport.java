package org.caseflow.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.Findings;

/**
 * What an import did.
 *
 * @param batches the batches stored, one per return
 * @param skipped files not imported, with the reason (already imported, not a return)
 * @param findings recoverable problems found, across all files
 * @param millis how long the import took
 */
public record ImportReport(
    List<Batch> batches, List<Skipped> skipped, Findings findings, long millis) {

  /**
   * One stored return.
   *
   * @param batchId its number in the store
   * @param la the council's code
   * @param kind the return
   * @param year the collection year
   * @param files the files' names
   * @param rows rows stored per table
   * @param referenceDate the day the return describes, or null for a return without one
   * @param notCounted the events dated after the reference date: kept, but counted in no figure
   */
  public record Batch(
      long batchId,
      String la,
      ReturnKind kind,
      CollectionYear year,
      List<String> files,
      Map<Table, Integer> rows,
      LocalDate referenceDate,
      int notCounted) {
    /** A batch without a reference date. */
    public Batch(
        long batchId,
        String la,
        ReturnKind kind,
        CollectionYear year,
        List<String> files,
        Map<Table, Integer> rows) {
      this(batchId, la, kind, year, files, rows, null, 0);
    }
  }

  /**
   * A file not imported.
   *
   * @param file the file's name
   * @param reason why
   */
  public record Skipped(String file, String reason) {}

  /** Total rows stored. */
  public int totalRows() {
    return batches.stream().flatMap(b -> b.rows().values().stream()).mapToInt(i -> i).sum();
  }
}
