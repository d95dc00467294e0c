package org.caseflow.synth;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.caseflow.domain.schema.Table;

/**
 * The files a run wrote, in the order written, each with the number of rows it holds per canonical
 * table: what an import of that file should produce.
 *
 * <p>Counting rules: a CIN census file holds one {@link Table#CHILD} row per {@code Child}; an
 * SSDA903 {@code Header.csv} (or XML {@code CHILD}) one per child; each other 903 CSV the rows of
 * its table; an Annex A workbook one row per list row in the {@code AA_*} tables (it reports no
 * {@link Table#CHILD} rows).
 *
 * @param files the files written
 */
public record SynthResult(List<FileRows> files) {
  public SynthResult {
    files = List.copyOf(files);
  }

  /**
   * One file and its rows per table.
   *
   * @param path where it was written
   * @param year the collection year it belongs to
   * @param rows rows per canonical table, tables without rows left out
   */
  public record FileRows(Path path, int year, Map<Table, Integer> rows) {
    public FileRows {
      EnumMap<Table, Integer> copy = new EnumMap<>(Table.class);
      copy.putAll(rows);
      rows = Collections.unmodifiableMap(copy);
    }

    /** Rows of one table in this file (0 if none). */
    public int rows(Table t) {
      return rows.getOrDefault(t, 0);
    }
  }

  /** Rows of a table over all files of a collection year. */
  public int rows(int year, Table t) {
    return files.stream().filter(f -> f.year() == year).mapToInt(f -> f.rows(t)).sum();
  }

  /** The file whose name ends with the given text (e.g. {@code ssda903_2025/Episodes.csv}). */
  public FileRows file(String endsWith) {
    return files.stream()
        .filter(f -> f.path().toString().replace('\\', '/').endsWith(endsWith))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no file " + endsWith));
  }
}
