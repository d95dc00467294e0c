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
}
