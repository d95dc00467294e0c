package org.caseflow.synth;

import java.util.EnumMap;
import java.util.Map;
import org.caseflow.domain.schema.Table;

/** Rows written per canonical table for one file. */
final class Counts {
  final Map<Table, Integer> rows = new EnumMap<>(Table.class);

  void add(Table t) {
    rows.merge(t, 1, Integer::sum);
  }

  void declare(Table... tables) {
    for (Table t : tables) {
      rows.putIfAbsent(t, 0);
    }
  }
}
