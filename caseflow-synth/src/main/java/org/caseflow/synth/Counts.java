package org.caseflow.synth;

import java.util.EnumMap;
import java.util.Map;
import org.caseflow.domain.schema.Table;

/** Rows written per canonical table. */
final class Counts {
  private final EnumMap<Table, Integer> rows = new EnumMap<>(Table.class);

  void add(Table t) {
    add(t, 1);
  }

  void add(Table t, int n) {
    if (n > 0) {
      rows.merge(t, n, Integer::sum);
    }
  }

  Map<Table, Integer> map() {
    return rows;
  }
}
