package org.caseflow.ingest;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.Table;

/**
 * What a reader learnt about one file besides its rows.
 *
 * @param format the format read
 * @param la the council's 3-digit code from the file, or from the context, or null if neither
 * @param year the collection year from the file (e.g. the CIN census ReferenceDate), or from the
 *     context, or null if neither
 * @param tables the canonical tables the file delivers, even where it has no rows for them: a
 *     delivered table supersedes the same table of earlier returns
 * @param rows the number of rows written per table
 * @param latestDate the latest event date read, used to infer the year when nothing names it; null
 *     if there were no dates
 * @param referenceDate the last day whose events the return describes (the CIN census's
 *     ReferenceDate, or the end of its collection year when the ReferenceDate is later); null when
 *     the file does not say (the store then takes the end of the collection year for the statutory
 *     returns)
 */
public record ReadResult(
    Format format,
    String la,
    CollectionYear year,
    Set<Table> tables,
    Map<Table, Integer> rows,
    LocalDate latestDate,
    LocalDate referenceDate) {
  public ReadResult {
    tables = Set.copyOf(tables);
    rows = Map.copyOf(rows);
  }

  /** What a file that names no reference date said about itself. */
  public ReadResult(
      Format format,
      String la,
      CollectionYear year,
      Set<Table> tables,
      Map<Table, Integer> rows,
      LocalDate latestDate) {
    this(format, la, year, tables, rows, latestDate, null);
  }
}
