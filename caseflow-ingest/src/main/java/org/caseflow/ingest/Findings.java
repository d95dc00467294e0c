package org.caseflow.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects findings with a cap per type, so that a file where every row trips a rule still reports
 * a count without filling memory. Not thread-safe: one per import.
 */
public final class Findings {
  /** How many findings of one type are kept in full; the rest are only counted. */
  public static final int KEPT_PER_TYPE = 1_000;

  private final List<Finding> kept = new ArrayList<>();
  private final Map<FindingType, Integer> counts = new EnumMap<>(FindingType.class);

  /** Records a finding. */
  public void add(Finding finding) {
    int n = counts.merge(finding.type(), 1, Integer::sum);
    if (n <= KEPT_PER_TYPE) {
      kept.add(finding);
    }
  }

  /** Records every finding of another collection. */
  public void addAll(Findings other) {
    for (Map.Entry<FindingType, Integer> e : other.counts.entrySet()) {
      counts.merge(e.getKey(), e.getValue(), Integer::sum);
    }
    for (Finding f : other.kept) {
      if (kept.stream().filter(k -> k.type() == f.type()).count() < KEPT_PER_TYPE) {
        kept.add(f);
      }
    }
  }

  /** The findings kept in full, in the order found. */
  public List<Finding> kept() {
    return Collections.unmodifiableList(kept);
  }

  /** How many findings of each type there were, including those not kept. */
  public Map<FindingType, Integer> counts() {
    return Collections.unmodifiableMap(counts);
  }

  /** How many findings of the type there were. */
  public int count(FindingType type) {
    return counts.getOrDefault(type, 0);
  }

  /** The total number of findings. */
  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
