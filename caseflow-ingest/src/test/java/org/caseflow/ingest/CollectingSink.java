package org.caseflow.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseflow.domain.schema.ColumnType;
import org.caseflow.domain.schema.Table;

/**
 * A sink for reader tests: keeps every row in memory, checks each value's type against the schema,
 * and gives rows back as column-name maps for readable assertions.
 */
public final class CollectingSink implements RowSink {
  private final Map<Table, List<Object[]>> rows = new EnumMap<>(Table.class);
  private final Map<Table, List<Set<String>>> unreadable = new EnumMap<>(Table.class);

  @Override
  public void row(Table table, Object[] values, Set<String> fields) {
    row(table, values);
    List<Set<String>> marks = unreadable.computeIfAbsent(table, t -> new ArrayList<>());
    while (marks.size() < count(table) - 1) {
      marks.add(Set.of());
    }
    marks.add(Set.copyOf(fields));
  }

  /**
   * The fields each row of the table held in a form that could not be read, in the order written
   * (empty for a row with none).
   */
  public List<Set<String>> unreadable(Table table) {
    List<Set<String>> out = new ArrayList<>(unreadable.getOrDefault(table, List.of()));
    while (out.size() < count(table)) {
      out.add(Set.of());
    }
    return out;
  }

  @Override
  public void row(Table table, Object[] values) {
    if (values.length != table.columns().size()) {
      throw new AssertionError(
          table.sqlName()
              + ": expected "
              + table.columns().size()
              + " values, got "
              + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      ColumnType type = table.columns().get(i).type();
      if (values[i] != null && !type.javaType().isInstance(values[i])) {
        throw new AssertionError(
            table.sqlName()
                + "."
                + table.columns().get(i).name()
                + ": expected "
                + type.javaType().getSimpleName()
                + ", got "
                + values[i].getClass().getSimpleName());
      }
    }
    rows.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
  }

  /** The rows of a table as column-name maps, in the order written. */
  public List<Map<String, Object>> rows(Table table) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object[] values : rows.getOrDefault(table, List.of())) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < values.length; i++) {
        m.put(table.columns().get(i).name(), values[i]);
      }
      out.add(m);
    }
    return out;
  }

  /** How many rows were written to the table. */
  public int count(Table table) {
    return rows.getOrDefault(table, List.of()).size();
  }
}
