package org.caseflow.store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.RowSink;

/** Holds a file's rows in memory until the whole import has been read without error. */
final class BufferingSink implements RowSink {
  private final Map<Table, List<Object[]>> rows = new EnumMap<>(Table.class);

  @Override
  public void row(Table table, Object[] values) {
    rows.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
  }

  /**
   * Keeps the unreadable fields one place after the row's own values, where {@link RowWriter} finds
   * them, written as {@code ;DEC;MC_DOB;}.
   */
  @Override
  public void row(Table table, Object[] values, java.util.Set<String> unreadable) {
    if (unreadable.isEmpty()) {
      row(table, values);
      return;
    }
    Object[] withUnreadable = java.util.Arrays.copyOf(values, table.columns().size() + 1);
    withUnreadable[table.columns().size()] =
        ";" + String.join(";", new java.util.TreeSet<>(unreadable)) + ";";
    row(table, withUnreadable);
  }

  List<Object[]> rows(Table table) {
    return rows.getOrDefault(table, List.of());
  }
}
