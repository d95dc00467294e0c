package org.caseflow.ingest;

import org.caseflow.domain.schema.Table;

/**
 * Where a reader puts the canonical rows it reads. The store's implementation writes them inside
 * the import's transaction; tests collect them in memory.
 */
public interface RowSink {
  /**
   * Accepts one row.
   *
   * @param table the canonical table
   * @param values one value per column of {@link Table#columns()}, in order, typed as the column's
   *     {@link org.caseflow.domain.schema.ColumnType#javaType()}, or null when absent. The sink may
   *     keep the array: pass a new one for each row.
   */
  void row(Table table, Object[] values);

  /**
   * Accepts one row in which some values were present in the file but could not be read as their
   * type: they are null in {@code values}, and the validation rules that check a field's form
   * report them.
   *
   * @param unreadable the fields as the return names them, e.g. {@code DEC}, or empty
   */
  default void row(Table table, Object[] values, java.util.Set<String> unreadable) {
    row(table, values);
  }
}
